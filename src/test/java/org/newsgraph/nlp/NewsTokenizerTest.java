package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NewsTokenizerTest {

    private static List<String> tokens(String text) {
        return NewsTokenizer.tokenize(text, 0, text.length()).stream()
                .map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void possessivesAreSplitOffWithEitherApostrophe() {
        assertEquals(List.of("Kenya", "’s", "envoy", "and", "Chile", "'s", "minister"),
                tokens("Kenya’s envoy and Chile's minister"));
    }

    @Test
    void hyphenatedNamesStayWholeAsInTheTrainingData() {
        assertEquals(List.of("Hamid", "al-Masri", "signed", "a", "cross-border", "deal", "."),
                tokens("Hamid al-Masri signed a cross-border deal."));
    }

    @Test
    void abbreviationsKeepTheirPeriodButSentencesLoseIt() {
        assertEquals(List.of("The", "U.S.", "envoy", "met", "Mr.", "Okafor", "on", "Jan.", "5", "."),
                tokens("The U.S. envoy met Mr. Okafor on Jan. 5."));
    }

    @Test
    void aTitleWrittenWithoutItsSpaceIsCutFromTheNameAfterIt() {
        assertEquals(List.of("Dr.", "Amara", "Osei", "met", "Mr.", "Lindqvist", "in", "St.", "Louis", "."),
                tokens("Dr.Amara Osei met Mr.Lindqvist in St.Louis."));
    }

    @Test
    void initialismsAndAbbreviatedMonthsBeforeANumberStayWhole() {
        assertEquals(List.of("The", "U.S.A.", "team", "left", "on", "Jan.5", "for", "No.10", "."),
                tokens("The U.S.A. team left on Jan.5 for No.10."));
    }

    @Test
    void quotesAndBracketsAreTokensOfTheirOwn() {
        assertEquals(List.of("“", "We", "agree", ",", "”", "said", "the", "Union", "(", "AU", ")", "."),
                tokens("“We agree,” said the Union (AU)."));
    }

    @Test
    void slashesAroundAnAgencyAreTokensButNotInsideAWord() {
        assertEquals(List.of("LIMA", ",", "May", "5", ".", "/", "Andes", "Wire", "/", ".", "Trade", "and/or", "aid"),
                tokens("LIMA, May 5. /Andes Wire/. Trade and/or aid"));
    }

    @Test
    void dashesBetweenWordsSeparateThem() {
        assertEquals(List.of("NAIROBI", "–", "Talks", "resumed", "—", "briefly", "."),
                tokens("NAIROBI – Talks resumed—briefly."));
    }

    @Test
    void negationCliticsAreSplitLikeThePennTreebank() {
        assertEquals(List.of("They", "did", "n't", "meet", "."), tokens("They didn't meet."));
    }

    @Test
    void offsetsPointIntoTheWholeText() {
        String text = "Intro. Kofi spoke.";
        List<int[]> spans = NewsTokenizer.tokenize(text, 7, text.length());
        assertEquals(7, spans.get(0)[0]);
        assertEquals(11, spans.get(0)[1]);
        assertEquals(List.of("Kofi", "spoke", "."), spans.stream().map(s -> text.substring(s[0], s[1])).toList());
    }

    @Test
    void typographicQuotesAndDashesAreFoldedForTheModels() {
        assertEquals("Kenya's \"plan\" - now", NewsTokenizer.normalize("Kenya’s “plan” – now"));
    }
}
