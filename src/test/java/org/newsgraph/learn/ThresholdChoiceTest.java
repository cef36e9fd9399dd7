package org.newsgraph.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvaluationReport.Counts;

class ThresholdChoiceTest {

    /** One article with these held-out counts for the thresholds 0.2 … 0.8. */
    private static CrossValidation.Result result(Counts... meet) {
        return result(List.of(new CrossValidation.ArticleCounts("a", "train", meet, meet)));
    }

    private static CrossValidation.Result result(List<CrossValidation.ArticleCounts> articles) {
        return new CrossValidation.Result(5, new String[CrossValidation.THRESHOLDS.length], articles);
    }

    private static double chosen(CrossValidation.Result r) {
        return CrossValidation.THRESHOLDS[r.bestMeet()];
    }

    @Test
    void theBestF1AmongThresholdsWithAMarginOverThePrecisionBarShips() {
        CrossValidation.Result r = result(new Counts(60, 40, 40), new Counts(58, 30, 42), new Counts(55, 20, 45),
                new Counts(50, 12, 50), new Counts(48, 8, 52), new Counts(45, 7, 55), new Counts(30, 4, 70));

        // P: .600 .659 .733 .806 .857 .865 .882; F1 of the last four: .617 .615 .592 .448
        assertEquals(0.6, chosen(r));
    }

    @Test
    void whenNoThresholdHasTheMarginTheBestF1AtTheBarShips() {
        CrossValidation.Result r = result(new Counts(60, 40, 40), new Counts(58, 30, 42), new Counts(55, 20, 45),
                new Counts(50, 12, 50), new Counts(45, 10, 55), new Counts(40, 8, 60), new Counts(30, 6, 70));

        // P: .600 .659 .733 .806 .818 .833 .833 (none reaches .85); F1 of the last four: .617 .581 .533 .441
        assertEquals(0.5, chosen(r));
    }

    @Test
    void whenNoThresholdIsPreciseEnoughTheBestF1ShipsNotTheMostPrecise() {
        CrossValidation.Result r = result(new Counts(60, 40, 40), new Counts(56, 36, 44), new Counts(52, 30, 48),
                new Counts(46, 26, 54), new Counts(40, 22, 60), new Counts(35, 19, 65), new Counts(25, 14, 75));

        // P: .600 .609 .634 .639 .645 .648 .641 (none reaches .80); F1: .600 .583 .571 .535 .494 .455 .360
        assertEquals(0.2, chosen(r));
    }

    @Test
    void ofTwoThresholdsWhoseF1sTieTheMorePreciseShips() {
        CrossValidation.Result r = result(new Counts(60, 40, 40), new Counts(58, 30, 42), new Counts(55, 20, 45),
                new Counts(50, 12, 50), new Counts(48, 8, 52), new Counts(47, 6, 53), new Counts(30, 4, 70));

        // P: .600 .659 .733 .806 .857 .887 .882; F1 at 0.60 and 0.70: .615 .614 (a tie); 0.80: .448
        assertEquals(0.7, chosen(r));
    }
}
