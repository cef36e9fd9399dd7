package org.newsgraph.resolve;

import java.util.List;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Person evidence from elsewhere in the article: a name the model typed as a body or place ("Ama Owusu" as an
 * organization) whose last word, standing alone, is followed by "said" or "himself" ("Owusu said", "Owusu
 * himself") is a person's. The model types each mention on its own; a surname alone is often the one that says so.
 */
final class SurnameCues {

    private SurnameCues() {
    }

    /** The candidates with a person cue added where the article's lone uses of their last word give one. */
    static List<Candidate> mark(AnnotatedText text, Gazetteer gazetteer, List<Candidate> candidates) {
        return candidates.stream().map(c -> cued(text, gazetteer, c) ? c.withPersonCue() : c).toList();
    }

    private static boolean cued(AnnotatedText text, Gazetteer gazetteer, Candidate c) {
        if (c.type() == EntityType.PERSON || c.known() != null || c.personCue() || c.label() != null) {
            return false;
        }
        Sentence own = text.sentences().get(c.sentence());
        for (int k = c.first(); k < c.end(); k++) {
            String w = own.token(k).norm();
            if (!Character.isUpperCase(w.codePointAt(0)) || !Character.isLetter(w.codePointAt(0))
                    || w.chars().allMatch(Character::isUpperCase) || gazetteer.isOrgWord(w) || gazetteer.isPlaceWord(w)
                    || gazetteer.isVenueWord(w) || gazetteer.isTitleWord(w) || gazetteer.isNotAName(w)
                    || gazetteer.isEventWord(w) || gazetteer.lookup(w) != null) {
                return false; // "Northland Hydro", "UN", "Lakes Council": no person's name
            }
        }
        String surname = own.token(c.end() - 1).text();
        boolean oneWord = c.length() == 1;
        for (Sentence s : text.sentences()) {
            for (int i = 0; i + 1 < s.size(); i++) {
                if (!s.token(i).text().equals(surname)
                        || i > 1 && Character.isUpperCase(s.token(i - 1).text().codePointAt(0))) {
                    continue; // part of a longer name; a sentence's capitalised first word aside
                }
                String next = s.token(i + 1).norm();
                if (gazetteer.isSurnameCue("reflexive", next) || !oneWord && gazetteer.isSurnameCue("speech", next)) {
                    return true;
                }
            }
        }
        return false;
    }
}
