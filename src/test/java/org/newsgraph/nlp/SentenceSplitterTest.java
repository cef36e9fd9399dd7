package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static SentenceModel model;

    @BeforeAll
    static void loadModel() throws IOException {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
            model = new SentenceModel(in);
        }
    }

    private static List<String> sentences(SentenceSplitter splitter, String text) {
        return splitter.split(text).stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
    }

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

    @Test
    void anAbbreviatedTitleBeforeANameDoesNotEndTheSentence() {
        SentenceSplitter splitter = new SentenceSplitter(model, Set.of("Gov.", "Gen."), Set.of(), Set.of());
        String text = "The talks were led by Oregon Gov. Tara Lindqvist and Gen. Omar Feld. They ended at noon.";

        assertEquals(List.of("The talks were led by Oregon Gov. Tara Lindqvist and Gen. Omar Feld.", "They ended at noon."),
                sentences(splitter, text));
    }

    @Test
    void aSentenceEndingInAnAbbreviationNotListedIsLeftToTheModel() {
        SentenceSplitter splitter = new SentenceSplitter(model, Set.of(), Set.of("They"), Set.of());
        String text = "The talks were led by Oregon Gov. Tara Lindqvist. They ended at noon.";

        assertEquals(List.of("The talks were led by Oregon Gov.", "Tara Lindqvist.", "They ended at noon."),
                sentences(splitter, text));
    }

    @Test
    void anInitialismBeforeATitleDoesNotEndTheSentence() {
        SentenceSplitter splitter = new SentenceSplitter(model, Set.of(), Set.of("The"), Set.of());
        String text = "Kenyan President Amina Wanjiru and U.S. President Tom Hale met on Friday. They ended at noon.";

        assertEquals(List.of("Kenyan President Amina Wanjiru and U.S. President Tom Hale met on Friday.",
                "They ended at noon."), sentences(splitter, text));
    }

    @Test
    void aNamesSingleInitialDoesNotEndTheSentence() {
        SentenceSplitter splitter = new SentenceSplitter(model, Set.of(), Set.of("The"), Set.of());
        String text = "Foreign Minister R. Venkatesan held talks with his counterpart on Monday. The talks ended at noon.";

        assertEquals(List.of("Foreign Minister R. Venkatesan held talks with his counterpart on Monday.",
                "The talks ended at noon."), sentences(splitter, text));
    }

    @Test
    void anAbbreviatedMonthBeforeItsDayDoesNotEndTheSentence() {
        SentenceSplitter splitter = new SentenceSplitter(model, Set.of(), Set.of(), Set.of("Feb.", "Nov."));
        String text = "NAIROBI, Feb. 20 (KNX) - Trade Minister Amina Wanjiru met her Ghanaian counterpart. Prices rose"
                + " in Nov. The talks ended at noon.";

        assertEquals(List.of("NAIROBI, Feb. 20 (KNX) - Trade Minister Amina Wanjiru met her Ghanaian counterpart.",
                "Prices rose in Nov.", "The talks ended at noon."), sentences(splitter, text));
    }

    @Test
    void anInitialismBeforeASentenceOpenerEndsTheSentence() {
        SentenceSplitter splitter = new SentenceSplitter(model, Set.of(), Set.of("They"), Set.of());
        String text = "The ministers met at the U.N. They agreed on a truce.";

        assertEquals(List.of("The ministers met at the U.N.", "They agreed on a truce."),
                sentences(splitter, text));
    }

    @Test
    void theShippedListHoldsTheUsualTitles() {
        Set<String> titles = SentenceSplitter.englishTitleAbbreviations();

        assertTrue(titles.containsAll(Set.of("Gov.", "Mrs.", "Gen.", "Dr.", "Sen.")), titles.toString());
        assertFalse(titles.contains("U.S."), "an initialism may end a sentence");
    }
}
