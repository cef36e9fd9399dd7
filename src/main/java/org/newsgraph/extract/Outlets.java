package org.newsgraph.extract;

import java.util.HashSet;
import java.util.Set;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.resolve.EntityMention;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedText;

/**
 * The outlets a story only cites: one that filed it ("ABUJA, March 11 (NAN) --", "ULAANBAATAR, March 18 /MNA/
 * --") or that it credits for what it reports ("…, Quds Press reported.", "according to Reuters", "told The
 * Courier"). An organization the article names in no other way takes part in none of the meetings and calls
 * the story tells, however near their triggers it stands.
 */
final class Outlets {

    /** Most tokens before the bracket of a dateline ("SAN JOSE, Costa Rica, March 11 ("). */
    private static final int DATELINE_TOKENS = 10;

    private final Cues cues;

    Outlets(Cues cues) {
        this.cues = cues;
    }

    /** The entities every mention of which is an outlet's name in a dateline or a credit, in one pass. */
    Set<Integer> citedOnly(ResolvedText resolved) {
        Set<Integer> cited = new HashSet<>();
        Set<Integer> elsewhere = new HashSet<>();
        for (EntityMention m : resolved.mentions()) {
            (inDateline(resolved, m) || credited(resolved, m) ? cited : elsewhere).add(m.entity());
        }
        cited.removeAll(elsewhere);
        return cited;
    }

    private static boolean inDateline(ResolvedText resolved, EntityMention m) {
        Sentence s = resolved.annotated().sentences().get(m.sentence());
        if (m.firstToken() == 0 || m.firstToken() > DATELINE_TOKENS || m.endToken() >= s.size()) {
            return false;
        }
        String open = s.token(m.firstToken() - 1).text();
        String close = s.token(m.endToken()).text();
        return open.equals("(") && close.equals(")") || open.equals("/") && close.equals("/");
    }

    /**
     * An organization named as the source of a report: after "according to", "told" or "reported by", or before
     * "reported" (past "news agency" and the like: "Xinhua news agency reported"). A person so named is
     * someone spoken to, who may be the addressee of a call.
     */
    private boolean credited(ResolvedText resolved, EntityMention m) {
        if (resolved.entity(m.entity()).type() != EntityType.ORGANIZATION) {
            return false;
        }
        Sentence s = resolved.annotated().sentences().get(m.sentence());
        int before = m.firstToken() - 1;
        if (before >= 0 && word(s, before).equals("the")) {
            before--;
        }
        for (String phrase : cues.get("credit.before")) {
            String[] words = phrase.split(" ");
            int from = before - words.length + 1;
            if (from >= 0 && matches(s, from, words)) {
                return true;
            }
        }
        int after = m.endToken();
        while (after < s.size() && cues.is("credit.outlet_nouns", word(s, after))) {
            after++;
        }
        return after < s.size() && cues.is("credit.after", word(s, after));
    }

    private static boolean matches(Sentence s, int from, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!word(s, from + k).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static String word(Sentence s, int i) {
        return s.token(i).norm().toLowerCase(java.util.Locale.ROOT);
    }
}
