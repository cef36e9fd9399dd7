package org.newsgraph.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.nlp.Sentence;

/**
 * Names an article declares with an acronym in brackets, "Meat Traders of Erewhon (MTE)": the capitalised words
 * whose initials spell the acronym are one name, whatever the model made of them (nothing, or a place inside).
 */
final class DeclaredAcronyms {

    /** Words a name's acronym skips ("Bureau of Fisheries and Forests (BFF)"). */
    private static final Set<String> SKIPPED = Set.of("of", "the", "and", "for", "on", "in", "&");
    private static final int MAX_WORDS = 8;
    private static final double CONFIDENCE = 0.8;

    private DeclaredAcronyms() {
    }

    static void find(Sentence s, Gazetteer gazetteer, List<Candidate> out) {
        for (int open = 2; open + 2 < s.size(); open++) {
            String acronym = s.token(open + 1).text();
            if (!s.token(open).norm().equals("(") || !s.token(open + 2).norm().equals(")")
                    || !acronym.chars().allMatch(Character::isUpperCase) || acronym.length() < 2) {
                continue;
            }
            int first = start(s, open, acronym);
            if (first < 0 || gazetteer.lookup(span(s, first, open)) != null || isTitle(s, first, open, gazetteer)) {
                continue;
            }
            int from = first;
            int to = open;
            if (out.stream().anyMatch(c -> c.sentence() == s.index() && c.first() == from && c.end() == to)
                    || out.stream().anyMatch(c -> c.overlaps(s.index(), from, to) && (c.first() < from || c.end() > to))) {
                continue; // the model's own name, or one that crosses this one
            }
            out.removeIf(c -> c.overlaps(s.index(), from, to));
            String last = s.token(open - 1).norm();
            if (gazetteer.isEventWord(last)) {
                continue; // "Lagoon Bay Declaration (LBD)": a document, no entity
            }
            EntityType type = gazetteer.isPlaceWord(last) || gazetteer.isVenueWord(last)
                    ? EntityType.LOCATION : EntityType.ORGANIZATION;
            out.add(new Candidate(s.index(), first, open, type, CONFIDENCE, null, -1));
        }
    }

    /** "Prime Minister (PM)", "Chief Justice of Erewhon (CJE)": a title with no organization word is no body. */
    private static boolean isTitle(Sentence s, int from, int to, Gazetteer gazetteer) {
        if (!gazetteer.isTitleWord(s.token(from).norm())) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (gazetteer.isOrgWord(s.token(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /** The first token of the capitalised words before {@code open} whose initials spell the acronym, or -1. */
    private static int start(Sentence s, int open, String acronym) {
        String wanted = acronym.toLowerCase(Locale.ROOT);
        StringBuilder initials = new StringBuilder();
        for (int k = open - 1, words = 0; k >= 0 && words < MAX_WORDS; k--, words++) {
            String w = s.token(k).text();
            if (SKIPPED.contains(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.codePointAt(0)) || !Character.isLetter(w.codePointAt(0))) {
                return -1;
            }
            initials.insert(0, Character.toLowerCase(w.charAt(0)));
            if (initials.toString().equals(wanted)) {
                return k;
            }
            if (!wanted.endsWith(initials.toString())) {
                return -1;
            }
        }
        return -1;
    }

    private static String span(Sentence s, int from, int to) {
        return s.text().substring(s.token(from).start() - s.start(), s.token(to - 1).end() - s.start());
    }
}
