package org.newsgraph.resolve;

import org.newsgraph.nlp.Sentence;

/**
 * A name in the text before it is tied to an entity.
 *
 * @param sentence   sentence index
 * @param first      first token
 * @param end        token after the last
 * @param type       the type the model or gazetteer gave it (a vote, not yet the entity's type)
 * @param probability how sure that source is
 * @param known      the gazetteer's entry for the name, or null
 * @param titleStart first token of a title (or a word for a person, "activist") right before the name, or -1
 * @param personCue  the context says person ("X, who", "Mr. X"), whatever the model said
 * @param label      the name as written when it is only part of its tokens ("Ariz." in "D-Ariz"), else null
 */
record Candidate(int sentence, int first, int end, EntityType type, double probability, Gazetteer.Known known,
                 int titleStart, boolean personCue, String label) {

    Candidate(int sentence, int first, int end, EntityType type, double probability, Gazetteer.Known known,
              int titleStart, boolean personCue) {
        this(sentence, first, end, type, probability, known, titleStart, personCue, null);
    }

    Candidate(int sentence, int first, int end, EntityType type, double probability, Gazetteer.Known known,
              int titleStart) {
        this(sentence, first, end, type, probability, known, titleStart, false);
    }

    Candidate withTitleStart(int start) {
        return new Candidate(sentence, first, end, type, probability, known, start, personCue, label);
    }

    Candidate withPersonCue() {
        return new Candidate(sentence, first, end, type, probability, known, titleStart, true, label);
    }

    String text(Sentence s, String article) {
        return label != null ? label : article.substring(s.token(first).start(), s.token(end - 1).end());
    }

    int length() {
        return end - first;
    }

    boolean overlaps(int sentenceIndex, int from, int to) {
        return sentence == sentenceIndex && first < to && from < end;
    }
}
