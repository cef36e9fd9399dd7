package org.newsgraph.resolve;

import java.util.List;

import org.newsgraph.nlp.Sentence;

/**
 * "urged the government to", "called on the Egyptian authorities to": a body named by a lower-case head noun is an
 * organization where a call is made of it (GUIDELINES.md), named as written without the article. The cues and heads
 * are a word list (addressed-bodies.txt); up to two modifiers stand between ("the interim government"), and a
 * capitalised name among them ("the Kamau government") stays its own name, the body starting after it.
 */
final class AddressedBodies {

    private static final int MAX_MODIFIERS = 2;
    private static final double CONFIDENCE = 0.7;

    private AddressedBodies() {
    }

    static void find(Sentence s, Gazetteer gazetteer, List<Candidate> out) {
        for (int i = 0; i < s.size(); i++) {
            int k = CuePhrases.after(s, i, gazetteer.addressedBodyCues());
            if (k < 0) {
                continue;
            }
            if (k < s.size() && s.token(k).norm().equalsIgnoreCase("the")) {
                k++;
            }
            int first = k;
            int head = -1;
            for (int j = k; j < s.size() && j <= k + MAX_MODIFIERS; j++) {
                String w = s.token(j).text();
                if (gazetteer.isAddressedBodyHead(w.toLowerCase(java.util.Locale.ROOT))
                        && (Character.isLowerCase(w.codePointAt(0)) || j == k)) {
                    head = j;
                    break;
                }
                if (!Character.isLetter(w.codePointAt(0))) {
                    break;
                }
                if (Character.isUpperCase(w.codePointAt(0)) && gazetteer.countryOfDemonym(w) == null) {
                    first = j + 1; // "the Kamau government": the person is no part of the body's name
                }
            }
            int from = first;
            int to = head + 1;
            if (head < 0 || from > head || out.stream().anyMatch(c -> c.overlaps(s.index(), from, to))) {
                continue;
            }
            out.add(new Candidate(s.index(), from, to, EntityType.ORGANIZATION, CONFIDENCE, null, -1));
            i = head;
        }
    }
}
