package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.ResolvedText;

/** The shipped link models deciding on hand-tagged sentences: the decision without the NER or POS models. */
class LearnedDecisionTest {

    private final Extractor extractor = new Extractor();

    private List<String> pairs(String spec) {
        ResolvedText r = Tagged.sentence(spec);
        return extractor.extract(r, null).meetings().stream().flatMap(m -> m.pairs().stream())
                .map(p -> r.entity(p.a()).label() + " = " + r.entity(p.b()).label()).toList();
    }

    private List<String> calls(String spec) {
        ResolvedText r = Tagged.sentence(spec);
        return extractor.extract(r, null).appeals().stream()
                .map(a -> r.entity(a.agents().get(0)).label() + " > " + a.content()).toList();
    }

    @Test
    void aPlainMeetingIsTaken() {
        assertEquals(List.of("Ana Torres = Carlos Ortega"), pairs("the/DET minister/NOUN ,/PUNCT [Ana Torres]PERSON"
                + " ,/PUNCT met/VERB with/ADP [Carlos Ortega]PERSON in/ADP Lima/PROPN on/ADP Monday/PROPN ./PUNCT"));
    }

    @Test
    void aPlannedMeetingIsNot() {
        assertEquals(List.of(), pairs("the/DET minister/NOUN ,/PUNCT [Ana Torres]PERSON ,/PUNCT will/AUX meet/VERB"
                + " [Carlos Ortega]PERSON in/ADP Lima/PROPN on/ADP Monday/PROPN ./PUNCT"));
    }

    @Test
    void aCallForSomethingIsTakenWithItsContent() {
        assertEquals(List.of("Ana Torres > an immediate ceasefire"), calls("the/DET minister/NOUN ,/PUNCT"
                + " [Ana Torres]PERSON ,/PUNCT called/VERB for/ADP an/DET immediate/ADJ ceasefire/NOUN ./PUNCT"));
    }
}
