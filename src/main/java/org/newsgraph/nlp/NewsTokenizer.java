package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rule tokenizer that cuts text the way the name finder's training data (GMB, Penn Treebank style) is cut:
 * punctuation and clitics ({@code 's}, {@code n't}) split off, hyphenated words and abbreviations kept whole.
 * The UD statistical tokenizer disagrees with that data on exactly the tokens names are made of
 * ("Iran’s", "al-Abadi", "cross-border"), and a model must see the tokens it was trained on.
 */
final class NewsTokenizer {

    /** Marks split off the front of a word; "/" for datelines that set the agency in slashes ("/TASS/"). */
    private static final String LEADING = "\"'“‘«([{<—–-¿¡*#•/";
    private static final String TRAILING = "\"'”’»)]}>,;:!?…*/";
    private static final String DASHES = "—–";
    private static final List<String> CLITICS = List.of("n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve",
            "'ll", "’ll", "'d", "’d", "'m", "’m");
    /** Abbreviations whose final period belongs to the word. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "sen", "rep",
            "gov", "pres", "amb", "rev", "st", "jr", "sr", "messrs", "mt", "ft", "inc", "corp", "ltd", "co", "bros",
            "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
            "approx", "dept", "est", "fig", "govt", "hon", "min", "mln", "bln", "pct", "ave", "blvd");

    private NewsTokenizer() {
    }

    /** Token spans, as {start, end} character offsets, of {@code text} between {@code from} and {@code to}. */
    static List<int[]> tokenize(CharSequence text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < to && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j > i) {
                splitChunk(text, i, j, out);
            }
            i = j;
        }
        return out;
    }

    /** Splits one whitespace-free chunk: leading marks, trailing marks, clitics, inner dashes. */
    private static void splitChunk(CharSequence text, int start, int end, List<int[]> out) {
        while (start < end && LEADING.indexOf(text.charAt(start)) >= 0 && !isNumberSign(text, start, end)) {
            out.add(new int[] {start, start + 1});
            start++;
        }
        int glued = gluedTitleEnd(text, start, end);
        if (glued > start) {
            out.add(new int[] {start, glued});
            start = glued;
        }
        List<int[]> tail = new ArrayList<>();
        end = peelTrailing(text, start, end, tail);
        end = peelClitic(text, start, end, tail);
        splitDashes(text, start, end, out);
        for (int k = tail.size() - 1; k >= 0; k--) {
            out.add(tail.get(k));
        }
    }

    /**
     * Where an abbreviated title written without its space ends ("Dr.Osei", "Mr.Khan": some outlets set names so),
     * after its period; else {@code start}. The name after it must look like one (a capital, then a small letter),
     * so that initialisms ("U.S.A.") and codes stay whole.
     */
    private static int gluedTitleEnd(CharSequence text, int start, int end) {
        for (int k = start + 1; k + 2 < end; k++) {
            char c = text.charAt(k);
            if (c == '.') {
                boolean title = Character.isUpperCase(text.charAt(start))
                        && ABBREVIATIONS.contains(text.subSequence(start, k).toString().toLowerCase(Locale.ROOT));
                return title && Character.isUpperCase(text.charAt(k + 1)) && Character.isLowerCase(text.charAt(k + 2))
                        ? k + 1 : start;
            }
            if (!Character.isLetter(c)) {
                return start;
            }
        }
        return start;
    }

    /** A minus sign or hyphen directly before a digit starts a number ("-5"), not a token of its own. */
    private static boolean isNumberSign(CharSequence text, int at, int end) {
        char c = text.charAt(at);
        return (c == '-') && at + 1 < end && Character.isDigit(text.charAt(at + 1));
    }

    private static int peelTrailing(CharSequence text, int start, int end, List<int[]> tail) {
        while (end > start) {
            char c = text.charAt(end - 1);
            if (c == '.') {
                int dots = end;
                while (dots > start && text.charAt(dots - 1) == '.') {
                    dots--;
                }
                if (end - dots >= 2) { // an ellipsis "..."
                    tail.add(new int[] {dots, end});
                    end = dots;
                    continue;
                }
                if (keepsPeriod(text, start, end - 1)) {
                    return end;
                }
                tail.add(new int[] {end - 1, end});
                end--;
            } else if (TRAILING.indexOf(c) >= 0) {
                tail.add(new int[] {end - 1, end});
                end--;
            } else {
                return end;
            }
        }
        return end;
    }

    /** "U.S.", "Mr.", "J." keep their final period; a plain word before a period ends a sentence. */
    private static boolean keepsPeriod(CharSequence text, int start, int end) {
        if (end <= start) {
            return false;
        }
        String word = text.subSequence(start, end).toString();
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;
        }
        if (word.indexOf('.') > 0 && word.chars().allMatch(ch -> ch == '.' || Character.isLetter(ch))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static int peelClitic(CharSequence text, int start, int end, List<int[]> tail) {
        String chunk = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
        for (String clitic : CLITICS) {
            if (chunk.length() > clitic.length() && chunk.endsWith(clitic)) {
                tail.add(new int[] {end - clitic.length(), end});
                return end - clitic.length();
            }
        }
        return end;
    }

    /** En and em dashes between words separate them ("talks—and"); hyphens join ("al-Abadi"). */
    private static void splitDashes(CharSequence text, int start, int end, List<int[]> out) {
        int from = start;
        for (int k = start; k < end; k++) {
            if (DASHES.indexOf(text.charAt(k)) >= 0) {
                if (k > from) {
                    out.add(new int[] {from, k});
                }
                out.add(new int[] {k, k + 1});
                from = k + 1;
            }
        }
        if (end > from) {
            out.add(new int[] {from, end});
        }
    }

    /** The form the models see: typographic quotes, apostrophes and dashes folded to the ASCII of the training data. */
    static String normalize(String token) {
        StringBuilder b = null;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            char n = switch (c) {
                case '’', '‘', '´', '`' -> '\'';
                case '“', '”', '„', '«', '»' -> '"';
                case '–', '—' -> '-';
                default -> c;
            };
            if (n != c && b == null) {
                b = new StringBuilder(token);
            }
            if (b != null) {
                b.setCharAt(k, n);
            }
        }
        return b == null ? token : b.toString();
    }
}
