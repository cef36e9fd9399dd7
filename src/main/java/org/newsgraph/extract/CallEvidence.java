package org.newsgraph.extract;

import java.util.List;

/**
 * What all the candidates of an article say of one call together: a call told twice with some doubt ("X urges
 * ceasefire" in the headline, "X urged a cease-fire" in the body) is likelier than either telling alone, as a
 * meeting is ({@link PairEvidence}). Two candidates tell the same call when they have the same agent and the
 * same content ({@link CueRules#sameContent}); read as independent evidence (noisy-or).
 */
final class CallEvidence {

    /** A call candidate with the link model's probability and the content its trigger governs (null if none). */
    record Told(Extractor.CallCandidate candidate, double probability, String content) {
    }

    private final List<Told> told;

    CallEvidence(List<Told> told) {
        this.told = told;
    }

    /** The probability that at least one telling of {@code k}'s call holds; its own if it has no content. */
    double any(Told k) {
        if (k.content() == null) {
            return k.probability();
        }
        double noneHolds = 1;
        for (Told other : told) {
            if (other.candidate().agent() == k.candidate().agent() && other.content() != null
                    && CueRules.sameContent(other.content(), k.content())) {
                noneHolds *= 1 - other.probability();
            }
        }
        return 1 - noneHolds;
    }
}
