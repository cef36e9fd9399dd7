package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.resolve.ResolvedText;
import org.newsgraph.resolve.Resolver;

class OutletsTest {

    private static final Outlets OUTLETS = new Outlets(Cues.english());

    private static ResolvedText resolve(String text) {
        return new Resolver().resolve(NlpPipeline.shared().annotate(text));
    }

    private static int entity(ResolvedText r, String label) {
        for (int i = 0; i < r.entities().size(); i++) {
            if (r.entity(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label + " not among " + r.entities());
    }

    /** Whether the entity of that label is among the outlets the story only cites. */
    private static boolean citedOnly(ResolvedText r, String label) {
        return OUTLETS.citedOnly(r).contains(entity(r, label));
    }

    @Test
    void anOutletNamedOnlyInTheDatelinesBracketsOnlyFilesTheStory() {
        ResolvedText r = resolve("ACCRA, March 11 (GNX) - Ghanaian President Kofi Mensah on Monday received Kenyan"
                + " Trade Minister Amina Wanjiru.");
        assertTrue(citedOnly(r, "GNX"));
        assertFalse(citedOnly(r, "Kofi Mensah"));
    }

    @Test
    void anOutletBetweenSlashesOnlyFilesTheStoryToo() {
        ResolvedText r = resolve("ACCRA, March 11 /GNX/ - Ghanaian President Kofi Mensah on Monday received Kenyan"
                + " Trade Minister Amina Wanjiru.");
        assertTrue(citedOnly(r, "GNX"));
    }

    @Test
    void anOutletTheStoryAlsoNamesInItsBodyIsNoMereFiler() {
        ResolvedText r = resolve("ACCRA, March 11 (GNX) - Ghanaian President Kofi Mensah on Monday received Kenyan"
                + " Trade Minister Amina Wanjiru. Mensah later gave an interview to GNX.");
        assertFalse(citedOnly(r, "GNX"));
    }

    @Test
    void anOrganizationTheStoryOnlyCreditsForItsReportIsCitedOnly() {
        ResolvedText r = resolve("Ghanaian President Kofi Mensah called for calm on Monday, the Volta Courier reported."
                + " Mensah also urged the unions to return to talks, according to the Volta Courier.");
        assertTrue(citedOnly(r, "Volta Courier"));
        assertFalse(citedOnly(r, "Kofi Mensah"));
    }

    @Test
    void anOrganizationThatAlsoActsInTheStoryIsNotCitedOnly() {
        ResolvedText r = resolve("The Teachers Union of Ghana called for a pay rise, according to the Volta Courier."
                + " The Volta Courier also urged the government to settle the dispute.");
        assertFalse(citedOnly(r, "Volta Courier"));
    }

    @Test
    void aPersonSpokenToIsNoOutlet() {
        ResolvedText r = resolve("Ghanaian President Kofi Mensah told Amina Wanjiru to reopen the border.");
        assertFalse(citedOnly(r, "Amina Wanjiru"));
    }

    @Test
    void aPaperSomeoneWritesInIsCitedOnly() {
        ResolvedText r = resolve("Union leader Kofi Mensah, writing in the Daily Clarion, urged the government to"
                + " raise wages.");
        assertTrue(citedOnly(r, "Daily Clarion"));
        assertFalse(citedOnly(r, "Kofi Mensah"));
    }
}
