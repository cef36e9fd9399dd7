package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.ResolvedText;

/** Where a call's content ends, on hand-tagged sentences: no models involved. */
class CallContentTest {

    private final Lexicon lexicon = Lexicon.english();
    private final CallContent content = new CallContent(lexicon.cues());

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

    @Test
    void asWellAsAfterACommaGoesOnWithMoreOfTheContent() {
        assertEquals("more aid , as well as help with repairs", contentAfter("[Ana Torres]PERSON called/VERB for/ADP"
                + " more/ADJ aid/NOUN ,/PUNCT as/ADV well/ADV as/ADP help/NOUN with/ADP repairs/NOUN ./PUNCT", "for"));
    }

    @Test
    void aDayBetweenTheCallVerbAndItsForLeavesTheCallWhole() {
        ResolvedText r = Tagged.sentence("[Ana Torres]PERSON called/VERB on/ADP Friday/PROPN for/ADP an/DET"
                + " immediate/ADJ ceasefire/NOUN ./PUNCT");
        CallContent.Complement c = content.complementOf(new SentenceView(r, 0, lexicon.cues()), 2); // "called"
        assertEquals("an immediate ceasefire", c.content());
        assertEquals(-1, c.addressee());
    }

    @Test
    void aCommaBeforeAReportingParticipleEndsTheContent() {
        assertEquals("more aid", contentAfter("[Ana Torres]PERSON called/VERB for/ADP more/ADJ aid/NOUN ,/PUNCT"
                + " adding/VERB that/SCONJ time/NOUN was/AUX short/ADJ ./PUNCT", "for"));
    }

    @Test
    void aCallToDoOneThingAndToDoAnotherKeepsBoth() {
        ResolvedText r = Tagged.sentence("[Ana Torres]PERSON issued/VERB a/DET statement/NOUN calling/VERB to/PART"
                + " release/VERB the/DET ministers/NOUN and/CCONJ to/PART restore/VERB the/DET government/NOUN ./PUNCT");
        CallContent.Complement c = content.complementOf(new SentenceView(r, 0, lexicon.cues()), 4); // "calling"
        assertEquals("release the ministers and to restore the government", c.content());
        assertEquals(-1, c.addressee());
    }
}
