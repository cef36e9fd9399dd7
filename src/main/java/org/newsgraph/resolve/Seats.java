package org.newsgraph.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Seats of government ("the Kremlin", "Downing Street", "Akorda", "La Moncloa", {@code seats.tsv}): GUIDELINES.md
 * makes a building that stands for an institution which acts an ORGANIZATION ("the Kremlin said", "according to
 * Akorda", "Wisma Putra, in a statement, said", "accused the Kremlin of") and a building visited a LOCATION
 * ("talks at La Moncloa", "toured the Kremlin"). One type per article: the institution wherever one of its mentions
 * acts, else the building.
 */
final class Seats {

    /** Locative words after which a seat is the building, whatever follows ("met him at the Kremlin, officials said"). */
    private static final Set<String> LOCATIVES = Set.of("at", "in", "inside", "outside", "into", "to", "near");
    /** Most tokens of an aside after a seat's name before the verb it governs: ", in a statement yesterday, said". */
    private static final int MAX_ASIDE = 8;

    private Seats() {
    }

    /** Gives every seat of government among the candidates the one type its mentions in the article call for. */
    static void type(AnnotatedText text, Gazetteer gazetteer, List<Candidate> out) {
        Set<String> acting = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Candidate c : out) {
            if (c.known() != null && gazetteer.isSeat(c.known().canonical())) {
                seen.add(c.known().canonical());
                if (acts(text.sentences().get(c.sentence()), c, gazetteer)) {
                    acting.add(c.known().canonical());
                }
            }
        }
        if (seen.isEmpty()) {
            return;
        }
        out.replaceAll(c -> c.known() == null || !seen.contains(c.known().canonical()) ? c
                : retyped(c, acting.contains(c.known().canonical()) ? EntityType.ORGANIZATION : EntityType.LOCATION));
    }

    private static Candidate retyped(Candidate c, EntityType type) {
        return new Candidate(c.sentence(), c.first(), c.end(), type, c.probability(),
                new Gazetteer.Known(c.known().canonical(), type, c.known().weak()), c.titleStart(), c.personCue(),
                c.label());
    }

    private static boolean acts(Sentence s, Candidate c, Gazetteer gazetteer) {
        int before = c.first() - 1;
        if (before >= 0 && word(s, before).equals("the")) {
            before--;
        }
        if (before >= 0 && CuePhrases.after(s, before, gazetteer.seatCites()) >= 0) {
            return true;
        }
        if (before >= 0 && LOCATIVES.contains(word(s, before))) {
            return false;
        }
        if (before >= 0 && s.token(before).isPos("VERB") && !gazetteer.seatVisits().contains(word(s, before))) {
            return true; // "accused the Kremlin of", "upset the White House": the institution acted on
        }
        int k = c.end();
        if (k < s.size() && word(s, k).equals("'s")) {
            k++; // "the Kremlin's spokesman"
        }
        if (k < s.size() && gazetteer.seatActs().contains(word(s, k))) {
            return true;
        }
        if (k >= s.size() || !word(s, k).equals(",")) {
            return false;
        }
        for (int j = k + 1; j < s.size() && j <= k + MAX_ASIDE; j++) { // ", in a statement yesterday, said"
            if (gazetteer.seatActs().contains(word(s, j))) {
                return true;
            }
            if (word(s, j).equals(",")) {
                return j + 1 < s.size() && gazetteer.seatActs().contains(word(s, j + 1));
            }
        }
        return false;
    }

    private static String word(Sentence s, int i) {
        return s.token(i).norm().toLowerCase(Locale.ROOT);
    }
}
