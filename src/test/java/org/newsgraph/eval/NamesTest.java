package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void normalizationFoldsCaseAndDropsPunctuationAndCollapsesSpaces() {
        assertEquals("st amsel harbor council", Names.normalize("  St. Amsel\u00A0Harbor   COUNCIL! "));
        assertEquals("us", Names.normalize("U.S."));
        assertEquals("alhashimi", Names.normalize("al-Hashimi"));
    }

    @Test
    void curlyAndStraightApostrophesAreBothDropped() {
        assertEquals("kelvars minister", Names.normalize("Kelvar’s minister"));
        assertEquals("kelvars minister", Names.normalize("Kelvar's minister"));
        assertEquals("kelvars minister", Names.normalize("Kelvarʼs minister"));
    }

    @Test
    void diacriticsAreKept() {
        assertEquals("renée castel", Names.normalize("RENÉE Castel"));
    }

    @Test
    void formsLeaveOutNamesThatAreOnlyPunctuation() {
        assertEquals(Set.of("ilse marwood", "marwood"), Names.forms("Ilse Marwood", List.of("Marwood", "“…”", "MARWOOD")));
    }

    @Test
    void contentWordsAreDistinctAndLeaveOutStopWords() {
        assertEquals(List.of("reopening", "northern", "ferry", "route", "port", "amsel"),
                List.copyOf(Names.contentWords("The reopening of the northern ferry route to the Port Amsel ferry")));
    }

    @Test
    void aContentOfOnlyStopWordsKeepsAllItsWords() {
        assertEquals(Set.of("to", "do", "so"), Names.contentWords("to do so"));
    }

    @Test
    void negationsAndUsAreNotStopWords() {
        assertTrue(Names.isStopWord("the"));
        assertTrue(Names.isStopWord("It’s"));
        assertFalse(Names.isStopWord("not"));
        assertFalse(Names.isStopWord("U.S."));
    }
}
