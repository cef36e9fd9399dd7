package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.ResolvedText;

/** Where a call's content ends, on hand-tagged sentences: no models involved. */
class CallContentTest {

    private final Lexicon lexicon = Lexicon.english();
    private final CallContent content = new CallContent(lexicon);

    /** The content that starts after the first {@code after} of the sentence (Tagged text has a space before each token). */
    private String contentAfter(String spec, String after) {
        ResolvedText r = Tagged.sentence(spec);
        SentenceView v = new SentenceView(r, 0, lexicon.cues());
        int t = 0;
        while (!v.word(t).equals(after)) {
            t++;
        }
        return content.content(v, t + 1);
    }

    /** The complement of the call verb {@code trigger} of the sentence. */
    private CallContent.Complement complementOf(String spec, String trigger) {
        SentenceView v = new SentenceView(Tagged.sentence(spec), 0, lexicon.cues());
        int t = 0;
        while (!v.word(t).equals(trigger)) {
            t++;
        }
        return content.complementOf(v, t);
    }

    @Test
    void asWellAsAfterACommaGoesOnWithMoreOfTheContent() {
        assertEquals("more aid , as well as help with repairs", contentAfter("[Ana Torres]PERSON called/VERB for/ADP"
                + " more/ADJ aid/NOUN ,/PUNCT as/ADV well/ADV as/ADP help/NOUN with/ADP repairs/NOUN ./PUNCT", "for"));
    }

    @Test
    void andBeforeASecondCallVerbEndsTheFirstCallsContent() {
        assertEquals("more aid", contentAfter("[Ana Torres]PERSON called/VERB for/ADP more/ADJ aid/NOUN and/CCONJ"
                + " also/ADV urged/VERB donors/NOUN to/PART act/VERB ./PUNCT", "for"));
    }

    @Test
    void aDayBetweenTheCallVerbAndItsForLeavesTheCallWhole() {
        CallContent.Complement c = complementOf("[Ana Torres]PERSON called/VERB on/ADP Friday/PROPN for/ADP an/DET"
                + " immediate/ADJ ceasefire/NOUN ./PUNCT", "called");
        assertEquals(List.of("an immediate ceasefire", -1), List.of(c.content(), c.addressee()));
    }

    @Test
    void aCommaBeforeAReportingParticipleEndsTheContent() {
        assertEquals("more aid", contentAfter("[Ana Torres]PERSON called/VERB for/ADP more/ADJ aid/NOUN ,/PUNCT"
                + " adding/VERB that/SCONJ time/NOUN was/AUX short/ADJ ./PUNCT", "for"));
    }

    @Test
    void aCallToDoOneThingAndToDoAnotherKeepsBoth() {
        CallContent.Complement c = complementOf("[Ana Torres]PERSON issued/VERB a/DET statement/NOUN calling/VERB"
                + " to/PART release/VERB the/DET ministers/NOUN and/CCONJ to/PART restore/VERB the/DET government/NOUN"
                + " ./PUNCT", "calling");
        assertEquals(List.of("release the ministers and to restore the government", -1),
                List.of(c.content(), c.addressee()));
    }

    @Test
    void aSplitInfinitiveStillNamesWhatWasCalledFor() {
        CallContent.Complement c = complementOf("[Ana Torres]PERSON called/VERB on/ADP the/DET rebels/NOUN to/ADP"
                + " immediately/ADV withdraw/VERB from/ADP the/DET town/NOUN ./PUNCT", "called");
        assertEquals("immediately withdraw from the town", c.content());
    }

    @Test
    void aNegatedSplitInfinitiveIsTheWholeCall() {
        CallContent.Complement c = complementOf("[Ana Torres]PERSON urged/VERB donors/NOUN to/PART not/PART"
                + " quietly/ADV return/VERB refugees/NOUN likely/ADJ to/PART be/AUX harmed/VERB ./PUNCT", "urged");
        assertEquals("not quietly return refugees likely to be harmed", c.content());
    }

    @Test
    void aCallToBeSomethingNamesWhatWasCalledFor() {
        CallContent.Complement c = complementOf("[Ana Torres]PERSON urged/VERB the/DET council/NOUN to/PART be/AUX"
                + " transparent/ADJ ./PUNCT", "urged");
        assertEquals("be transparent", c.content());
    }

    @Test
    void pressingSomeoneToDoSomethingIsACallWhateverTheTaggerCallsTheVerb() {
        CallContent.Complement c = complementOf("[Ana Torres]PERSON pressed/VERB the/DET [Senate]ORGANIZATION to/ADP"
                + " reinstate/NOUN the/DET grants/NOUN ./PUNCT", "pressed");
        assertEquals("reinstate the grants", c.content());
    }

    @Test
    void pressingAheadWithAPlanIsNoCall() {
        assertEquals(null, complementOf("[Ana Torres]PERSON pressed/VERB ahead/ADV with/ADP plans/NOUN to/PART"
                + " build/VERB a/DET plant/NOUN ./PUNCT", "pressed"));
    }

    @Test
    void aVerbTheTaggerTookForANounStillOpensTheInfinitiveOfACall() {
        CallContent.Complement c = complementOf("[Ana Torres]PERSON urged/VERB the/DET [Senate]ORGANIZATION to/ADP"
                + " reinstate/NOUN the/DET grants/NOUN ./PUNCT", "urged");
        assertEquals("reinstate the grants", c.content());
    }

    @Test
    void pleadingGuiltyOrNotGuiltyInCourtIsNoCall() {
        assertEquals(null, complementOf("[Ana Torres]PERSON pleaded/VERB guilty/ADJ to/ADP fraud/NOUN ./PUNCT",
                "pleaded"));
        assertEquals(null, complementOf("[Ana Torres]PERSON pleaded/VERB not/PART guilty/ADJ to/ADP all/DET"
                + " charges/NOUN ./PUNCT", "pleaded"));
        assertEquals("release the prisoners", complementOf("[Ana Torres]PERSON pleaded/VERB with/ADP the/DET"
                + " rebels/NOUN to/PART release/VERB the/DET prisoners/NOUN ./PUNCT", "pleaded").content());
    }
}
