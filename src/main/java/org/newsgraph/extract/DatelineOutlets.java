package org.newsgraph.extract;

import java.util.HashSet;
import java.util.Set;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.resolve.EntityMention;
import org.newsgraph.resolve.ResolvedText;

/**
 * "ABUJA, March 11 (NAN) --", "ULAANBAATAR, March 18 /MNA/ --": an outlet the article names only in brackets or
 * between slashes at the start of a sentence filed the story; it takes part in none of the meetings and calls the
 * story tells, however near their triggers its dateline stands.
 */
final class DatelineOutlets {

    /** Most tokens before the bracket of a dateline ("SAN JOSE, Costa Rica, March 11 ("). */
    private static final int DATELINE_TOKENS = 10;

    private DatelineOutlets() {
    }

    /** The entities every mention of which is an outlet's name in a dateline, found in one pass over the mentions. */
    static Set<Integer> filers(ResolvedText resolved) {
        Set<Integer> inDateline = new HashSet<>();
        Set<Integer> elsewhere = new HashSet<>();
        for (EntityMention m : resolved.mentions()) {
            (inDateline(resolved, m) ? inDateline : elsewhere).add(m.entity());
        }
        inDateline.removeAll(elsewhere);
        return inDateline;
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
}
