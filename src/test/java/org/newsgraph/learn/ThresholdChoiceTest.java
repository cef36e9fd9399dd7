package org.newsgraph.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvaluationReport.Counts;

class ThresholdChoiceTest {

    /** Held-out counts for the thresholds 0.2 … 0.8, the precision rising and the recall falling. */
    private static CrossValidation.Result result(Counts... meet) {
        return new CrossValidation.Result(5, meet, meet, new String[meet.length], java.util.List.of());
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
        CrossValidation.Result r = result(new Counts(60, 40, 40), new Counts(56, 36, 44), new Counts(52, 30, 48),
                new Counts(46, 26, 54), new Counts(40, 22, 60), new Counts(35, 19, 65), new Counts(25, 14, 75));

        // P: .600 .609 .634 .639 .645 .648 .641 (none reaches .80); F1: .600 .583 .571 .535 .494 .455 .360
        assertEquals(0.2, CrossValidation.THRESHOLDS[r.best(r.meet())]);
    }

    @Test
    void ofThresholdsWithinATieOfTheBestF1TheMostPreciseShips() {
        CrossValidation.Result r = result(new Counts(60, 44, 40), new Counts(57, 38, 43), new Counts(55, 33, 45),
                new Counts(50, 29, 50), new Counts(44, 25, 56), new Counts(38, 21, 62), new Counts(25, 14, 75));

        // P: .577 .600 .625 .633 .638 .644 .641 (none reaches .80); F1: .588 .585 .585 .559 .521 .478 .360
        // within .01 of .588: 0.2, 0.3 and 0.4; the most precise of them is 0.4
        assertEquals(0.4, CrossValidation.THRESHOLDS[r.best(r.meet())]);
    }

    @Test
    void theTieIsMeasuredFromTheBestF1NotFromTheLastThresholdTaken() {
        CrossValidation.Result r = result(new Counts(65, 47, 49), new Counts(63, 43, 51), new Counts(60, 39, 54),
                new Counts(58, 36, 56), new Counts(56, 29, 57), new Counts(55, 26, 59), new Counts(53, 23, 61));

        // P: .580 .594 .606 .617 .659 .679 .697; F1: .575 .573 .563 .558 .566 .564 .558
        // within .01 of .575: 0.2, 0.3 and 0.6 (the most precise); stepping from tie to tie would reach 0.8
        assertEquals(0.6, CrossValidation.THRESHOLDS[r.best(r.meet())]);
    }
}
