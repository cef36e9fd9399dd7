package org.newsgraph.sparql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SPARQL syntax errors in one readable line. The parser's own message names the token it met in its grammar's
 * notation and then lists every token it would have taken, one a line (28 lines after a missing object); a
 * person needs what was found and where.
 */
public final class SyntaxErrors {

    /** {@code Encountered " "}" "} "" at line 1, column 18.}: the token's kind, then its text. */
    private static final Pattern UNEXPECTED = Pattern.compile(
        "Encountered \" (?:\"[^\"]*\"|<[^>]*>|\\S+) \"(.*?) \"\" at line (\\d+), column (\\d+)\\.", Pattern.DOTALL);
    private static final Pattern END = Pattern.compile("Encountered \"<EOF>\" at line (\\d+), column (\\d+)\\.");
    private static final Pattern LEXICAL = Pattern.compile(
        "Lexical error at line (\\d+), column (\\d+)\\.\\s+Encountered: (.*?),? after prefix \"(.*)\"", Pattern.DOTALL);

    private SyntaxErrors() {}

    /** The parser's message, said in one line. */
    public static String readable(String message) {
        Matcher m;
        if ((m = END.matcher(message)).lookingAt())
            return "The query ends too soon, at line " + m.group(1) + ", column " + m.group(2);
        if ((m = UNEXPECTED.matcher(message)).lookingAt())
            return "Unexpected \"" + m.group(1).strip() + "\" at line " + m.group(2) + ", column " + m.group(3);
        if ((m = LEXICAL.matcher(message)).lookingAt()) {
            String text = m.group(4).replace("\\\"", "\"").replace("\\\\", "\\"); // the parser escapes it
            String where = " at line " + m.group(1) + ", column " + m.group(2);
            return m.group(3).startsWith("<EOF>") ? "Unfinished: " + text + where
                : "Unknown word \"" + text + "\"" + where;
        }
        String first = message.strip().lines().findFirst().orElse("");
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }
}
