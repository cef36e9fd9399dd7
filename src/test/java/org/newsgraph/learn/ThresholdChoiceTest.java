package org.newsgraph.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvaluationReport.Counts;

class ThresholdChoiceTest {

    /** Held-out counts for the thresholds 0.2 … 0.8, the precision rising and the recall falling. */
    private static CrossValidation.Result result(Counts... meet) {
        return new CrossValidation.Result(5, meet, meet, new String[meet.length]);
    }

    @Test
    void theBestF1AmongThresholdsPreciseEnoughShips() {
        CrossValidation.Result r = result(new Counts(60, 40, 40), new Counts(58, 30, 42), new Counts(55, 20, 45),
                new Counts(50, 12, 50), new Counts(45, 10, 55), new Counts(40, 8, 60), new Counts(30, 5, 70));

        // P: .60 .66 .73 .81 .82 .83 .86; F1 of the last four: .62 .59 .54 .44
        assertEquals(0.5, CrossValidation.THRESHOLDS[r.best(r.meet())]);
    }

    @Test
    void whenNoThresholdIsPreciseEnoughTheBestF1ShipsNotTheMostPrecise() {
        CrossValidation.Result r = result(new Counts(60, 40, 40), new Counts(58, 36, 42), new Counts(55, 30, 45),
                new Counts(50, 26, 50), new Counts(45, 22, 55), new Counts(40, 19, 60), new Counts(30, 14, 70));

        // P: .60 .62 .65 .66 .67 .68 .68 (none reaches .80); F1: .600 .598 .59 .57 .54 .50 .39
        assertEquals(0.2, CrossValidation.THRESHOLDS[r.best(r.meet())]);
    }
}
