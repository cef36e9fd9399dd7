package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.GoldArticle;
import org.newsgraph.nlp.NlpPipeline;

class SilverDataTest {

    private final SilverData silver = new SilverData(NlpPipeline.shared());

    private static GoldArticle.Entity entity(String name, String type, String... aliases) {
        return new GoldArticle.Entity(name, type, List.of(aliases), null, null);
    }

    @Test
    void everyOccurrenceOfANameOrAProperAliasIsTaggedWithItsType() {
        GoldArticle gold = new GoldArticle("x", List.of(
                entity("Amina Wanjiru", "PERSON", "Mr Wanjiru", "Wanjiru", "Kenya's foreign minister"),
                entity("Coastal Fishing Union", "ORGANIZATION", "CFU", "the union"),
                entity("Mombasa", "LOCATION")), null, null);
        String text = "Kenya's foreign minister Amina Wanjiru met the Coastal Fishing Union in Mombasa.\n"
                + "Mr Wanjiru said the CFU would meet again.";
        assertEquals("Kenya 's foreign minister <START:person> Amina Wanjiru <END> met the "
                        + "<START:organization> Coastal Fishing Union <END> in <START:location> Mombasa <END> .\n"
                        + "Mr <START:person> Wanjiru <END> said the <START:organization> CFU <END> would meet again .\n\n",
                silver.samples(new SilverData.Labelled(gold, text)));
    }

    @Test
    void descriptionsLowerCaseFormsAndBareTitlesAreNoNames() {
        assertEquals(List.of(), silver.nameTokens("Kenya's foreign minister", "person"));
        assertEquals(List.of(), silver.nameTokens("the union", "organization"));
        assertEquals(List.of(), silver.nameTokens("Foreign Minister", "person"));
        assertEquals(List.of("Wanjiru"), silver.nameTokens("Mr Wanjiru", "person"));
    }

    @Test
    void aCapitalisedDescriptionOfAPersonIsNoName() {
        assertEquals(List.of(), silver.nameTokens("Kenyan Foreign Minister", "person"));
        assertEquals(List.of(), silver.nameTokens("The Prime Minister", "person"));
        assertEquals(List.of(), silver.nameTokens("Ghana King", "person"));
        assertEquals(List.of("Kofi", "Bishop"), silver.nameTokens("Kofi Bishop", "person"));
        assertEquals(List.of("The", "Hague"), silver.nameTokens("The Hague", "location"));
    }

    @Test
    void aOneWordAliasTheArticleAlsoWritesInLowerCaseIsACommonWord() {
        SilverData.Form he = new SilverData.Form(List.of("He"), "person");
        assertTrue(SilverData.commonWord(he, "He said so, and he left."));
        assertFalse(SilverData.commonWord(new SilverData.Form(List.of("Wanjiru"), "person"), "Wanjiru said so."));
    }

    @Test
    void accentsAreFoldedForTheNameFinder() {
        assertEquals("Rasit", NlpPipeline.nameFinderForm("Raşit"));
        assertEquals("Iran", NlpPipeline.nameFinderForm("Iran"));
    }
}
