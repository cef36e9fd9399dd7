package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.resolve.ResolvedText;
import org.newsgraph.resolve.Resolver;

class DatelineOutletsTest {

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

    @Test
    void anOutletNamedOnlyInTheDatelinesBracketsOnlyFilesTheStory() {
        ResolvedText r = resolve("ACCRA, March 11 (GNX) - Ghanaian President Kofi Mensah on Monday received Kenyan"
                + " Trade Minister Amina Wanjiru.");
        assertTrue(DatelineOutlets.filers(r).contains(entity(r, "GNX")));
        assertFalse(DatelineOutlets.filers(r).contains(entity(r, "Kofi Mensah")));
    }

    @Test
    void anOutletBetweenSlashesOnlyFilesTheStoryToo() {
        ResolvedText r = resolve("ACCRA, March 11 /GNX/ - Ghanaian President Kofi Mensah on Monday received Kenyan"
                + " Trade Minister Amina Wanjiru.");
        assertTrue(DatelineOutlets.filers(r).contains(entity(r, "GNX")));
    }

    @Test
    void anOutletTheStoryAlsoNamesInItsBodyIsNoMereFiler() {
        ResolvedText r = resolve("ACCRA, March 11 (GNX) - Ghanaian President Kofi Mensah on Monday received Kenyan"
                + " Trade Minister Amina Wanjiru. Mensah later gave an interview to GNX.");
        assertFalse(DatelineOutlets.filers(r).contains(entity(r, "GNX")));
    }
}
