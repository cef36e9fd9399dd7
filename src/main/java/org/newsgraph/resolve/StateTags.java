package org.newsgraph.resolve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.nlp.Sentence;

/**
 * US politicians' party-state tags ("Ann Roe (D-Ariz.)", "Sen. Bo Lind, R-Maine, said"): one token that holds a
 * state, which is a place mentioned in the article. The model sees the whole tag as one odd name, or nothing.
 */
final class StateTags {

    private static final Pattern TAG = Pattern.compile("[RDI]-(\\p{Lu}[\\p{L}.]*)");
    private static final double CONFIDENCE = 0.9;

    private StateTags() {
    }

    /** Adds the state of every tag in the sentence as a place, in place of whatever the model made of the tag. */
    static void find(Sentence s, Gazetteer gazetteer, List<Candidate> out) {
        for (int i = 1; i < s.size(); i++) {
            String before = s.token(i - 1).norm();
            Matcher m = TAG.matcher(s.token(i).text());
            if (!(before.equals("(") || before.equals(",")) || !m.matches()) {
                continue;
            }
            String written = m.group(1);
            if (!written.endsWith(".") && i + 1 < s.size() && s.token(i + 1).text().equals(".")
                    && s.token(i + 1).start() == s.token(i).end()) {
                written += "."; // "D-Ariz" + "."
            }
            String state = gazetteer.stateOfTag(written);
            if (state == null) {
                continue;
            }
            int at = i;
            out.removeIf(c -> c.overlaps(s.index(), at, at + 1));
            out.add(new Candidate(s.index(), i, i + 1, EntityType.LOCATION, CONFIDENCE,
                    new Gazetteer.Known(state, EntityType.LOCATION, false), -1, false, written));
        }
    }
}
