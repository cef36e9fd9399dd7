package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CallEvidenceTest {

    private static CallEvidence.Told told(int sentence, int agent, double p, String content) {
        return new CallEvidence.Told(new Extractor.CallCandidate(sentence, 1, agent, new String[0]), p, content);
    }

    @Test
    void aCallToldInTheHeadlineAndTheBodyIsLikelierThanEitherTelling() {
        CallEvidence.Told headline = told(0, 3, 0.75, "ceasefire in Yemen");
        CallEvidence.Told body = told(1, 3, 0.6, "a cease-fire in Yemen");
        CallEvidence evidence = new CallEvidence(List.of(headline, body));
        assertEquals(0.9, evidence.any(headline), 1e-9);
        assertEquals(0.9, evidence.any(body), 1e-9);
    }

    @Test
    void anotherContentOrAnotherAgentAddsNoEvidence() {
        CallEvidence.Told call = told(1, 3, 0.6, "a cease-fire in Yemen");
        CallEvidence evidence = new CallEvidence(List.of(call, told(2, 3, 0.7, "talks with the rebels"),
                told(2, 4, 0.7, "a cease-fire in Yemen"), told(3, 3, 0.9, null)));
        assertEquals(0.6, evidence.any(call), 1e-9);
    }
}
