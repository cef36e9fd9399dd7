package org.newsgraph.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Acronyms an article declares right after a name: "Patriotic Union of Kurdistan (PUK)" or
 * "Economic Cooperation Organization, ECO,", and other names declared with "known as". Undeclared acronyms that
 * abbreviate a name are matched by the clusterer.
 */
final class Acronyms {

    private Acronyms() {
    }

    /**
     * Each declared acronym as written → name key of the name it abbreviates; likewise each name declared
     * with "known as" ("Mohammed Saleh, known as Abu Bakr").
     */
    static Map<String, String> declared(AnnotatedText text, List<Candidate> candidates) {
        Map<String, String> out = new HashMap<>();
        for (Candidate c : candidates) {
            Sentence s = text.sentences().get(c.sentence());
            Candidate other = knownAs(s, c, candidates);
            if (other != null) {
                out.putIfAbsent(other.text(s, text.text()), Names.key(c.text(s, text.text())));
            }
            if (c.type() == EntityType.PERSON) {
                continue;
            }
            int i = c.end();
            if (i + 1 < s.size() && isOpener(s.token(i).norm())
                    && isAcronym(s.token(i + 1).text())
                    && (i + 2 >= s.size() || isCloser(s.token(i + 2).norm()))
                    && !knownAsAnother(s.token(i + 1).text(), c)) {
                out.putIfAbsent(s.token(i + 1).text(), Names.key(c.text(s, text.text())));
            }
        }
        return out;
    }

    /**
     * "MOSCOW (AP)": brackets after a name that hold the known short name of something else (a news agency
     * after a dateline's city) declare no acronym of that name.
     */
    private static boolean knownAsAnother(String acronym, Candidate c) {
        Gazetteer.Known known = Gazetteer.shared().lookup(acronym);
        return known != null && (c.known() == null || !c.known().canonical().equals(known.canonical()));
    }

    /** The name right after "X, (also / better) known as": another name of X. */
    private static Candidate knownAs(Sentence s, Candidate c, List<Candidate> candidates) {
        int i = c.end();
        if (i < s.size() && s.token(i).norm().equals(",")) {
            i++;
        }
        if (i < s.size() && (s.token(i).norm().equalsIgnoreCase("also") || s.token(i).norm().equalsIgnoreCase("better"))) {
            i++;
        }
        if (i + 2 >= s.size() || !s.token(i).norm().equalsIgnoreCase("known") || !s.token(i + 1).norm().equals("as")) {
            return null;
        }
        int at = i + 2;
        return candidates.stream().filter(o -> o.sentence() == c.sentence() && o.first() == at).findFirst().orElse(null);
    }

    private static boolean isOpener(String norm) {
        return norm.equals("(") || norm.equals(",");
    }

    private static boolean isCloser(String norm) {
        return norm.equals(")") || norm.equals(",") || norm.equals(".");
    }

    static boolean isAcronym(String token) {
        if (token.length() < 2 || token.length() > 8) {
            return false;
        }
        int upper = 0;
        for (int k = 0; k < token.length(); k++) {
            char ch = token.charAt(k);
            if (Character.isUpperCase(ch)) {
                upper++;
            } else if (!Character.isDigit(ch) && ch != '.' && ch != '-' && !Character.isLowerCase(ch)) {
                return false;
            }
        }
        return upper >= 2 && Character.isUpperCase(token.charAt(0));
    }
}
