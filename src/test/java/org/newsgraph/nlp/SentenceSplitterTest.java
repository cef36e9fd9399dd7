package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> paragraphs(String text) {
        return SentenceSplitter.paragraphs(text).stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
    }

    @Test
    void aHeadlineOnItsOwnLineIsItsOwnParagraph() {
        assertEquals(List.of("Ministers Meet in Accra", "The ministers met on Friday."),
                paragraphs("Ministers Meet in Accra\n\nThe ministers met on Friday.\n"));
    }

    @Test
    void aLineThatContinuesInLowerCaseIsJoined() {
        assertEquals(List.of("The minister met the\nenvoy on Friday."),
                paragraphs("The minister met the\nenvoy on Friday."));
    }

    @Test
    void aCreditLineAfterTheLastSentenceStandsApart() {
        assertEquals(List.of("They met.", "Photo: Staff"), paragraphs("They met.\nPhoto: Staff"));
    }
}
