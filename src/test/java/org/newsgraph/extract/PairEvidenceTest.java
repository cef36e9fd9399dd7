package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairEvidenceTest {

    @Test
    void twoTellingsOfAPairWithDoubtAreLikelierThanEitherAlone() {
        PairEvidence e = new PairEvidence();
        e.add(Meeting.Pair.of(0, 1), 0.6);
        e.add(Meeting.Pair.of(1, 0), 0.5);

        assertEquals(0.8, e.any(Meeting.Pair.of(0, 1)), 1e-9);
        assertTrue(e.isTop(Meeting.Pair.of(0, 1), 0.6));
        assertFalse(e.isTop(Meeting.Pair.of(0, 1), 0.5));
    }

    @Test
    void aPairNoCandidateToldHasNoEvidence() {
        PairEvidence e = new PairEvidence();
        e.add(Meeting.Pair.of(0, 1), 0.9);

        assertEquals(0.0, e.any(Meeting.Pair.of(0, 2)), 1e-9);
        assertFalse(e.isTop(Meeting.Pair.of(0, 2), 0.9));
    }
}
