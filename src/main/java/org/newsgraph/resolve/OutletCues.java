package org.newsgraph.resolve;

import java.util.List;

import org.newsgraph.nlp.Sentence;

/**
 * Outlets named only in running text: "told Vestnik.", "told The Courier:", "according to Radio Kestrel,". A name the
 * model did not find right after such a cue (outlet-cues.txt), ending the clause, is the outlet.
 */
final class OutletCues {

    private static final int MAX_WORDS = 4;
    /** Above the person vote that "told X." alone gives a name (CandidateFinder.personContext). */
    private static final double CONFIDENCE = 0.8;

    private OutletCues() {
    }

    static void find(Sentence s, Gazetteer gazetteer, List<Candidate> out) {
        for (int i = 0; i < s.size(); i++) {
            int first = CuePhrases.after(s, i, gazetteer.outletCues());
            if (first < 0) {
                continue;
            }
            boolean the = s.token(first).text().equals("The");
            int end = the ? first + 1 : first;
            while (end < s.size() && end - first < MAX_WORDS && startsName(s.token(end).text())
                    && !gazetteer.isNameEdge(s.token(end).norm())) {
                end++;
            }
            int from = first;
            int to = end;
            if (to == from + (the ? 1 : 0) || !endsClause(s, to, gazetteer) || gazetteer.lookup(span(s, from, to)) != null
                    || !the && to - from >= 2 && looksLikePerson(s, from, to, gazetteer)
                    || out.stream().anyMatch(c -> c.overlaps(s.index(), from, to))) {
                continue;
            }
            out.add(new Candidate(s.index(), from, to, EntityType.ORGANIZATION, CONFIDENCE, null, -1));
        }
    }

    private static boolean startsName(String w) {
        return Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))
                && w.chars().anyMatch(Character::isUpperCase);
    }

    /** The clause ends after the name: punctuation, a day, or "on" / "in" before when or where it was said. */
    private static boolean endsClause(Sentence s, int k, Gazetteer gazetteer) {
        if (k >= s.size()) {
            return true;
        }
        String w = s.token(k).norm();
        return ".,:;\"".contains(w) || w.equals("on") || w.equals("in") || gazetteer.isNameEdge(w);
    }

    /** Plain capitalised words with no organization or place word: as likely a person's name as an outlet's. */
    private static boolean looksLikePerson(Sentence s, int from, int to, Gazetteer gazetteer) {
        for (int k = from; k < to; k++) {
            String w = s.token(k).norm();
            if (gazetteer.isOrgWord(w) || w.chars().allMatch(ch -> !Character.isLowerCase(ch))
                    || gazetteer.lookup(w) != null) {
                return false;
            }
        }
        return true;
    }

    private static String span(Sentence s, int from, int to) {
        return s.text().substring(s.token(from).start() - s.start(), s.token(to - 1).end() - s.start());
    }
}
