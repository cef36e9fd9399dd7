package org.newsgraph.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvaluationReport.Counts;

class ThresholdChoiceTest {

    /** One article with these held-out counts for the thresholds 0.2 … 0.8: every draw of articles is alike. */
    private static CrossValidation.Result result(Counts... meet) {
        return result(List.of(new CrossValidation.ArticleCounts("a", "train", meet, meet)));
    }

    private static CrossValidation.Result result(List<CrossValidation.ArticleCounts> articles) {
        return new CrossValidation.Result(5, new String[CrossValidation.THRESHOLDS.length], articles);
    }

    /** {@code n} articles with {@code below} at every threshold up to 0.7 and {@code at} at 0.8. */
    private static List<CrossValidation.ArticleCounts> articles(int n, Counts below, Counts at) {
        Counts[] counts = new Counts[CrossValidation.THRESHOLDS.length];
        java.util.Arrays.fill(counts, below);
        counts[counts.length - 1] = at;
        return Collections.nCopies(n, new CrossValidation.ArticleCounts("x", "train", counts, counts));
    }

    private static double chosen(CrossValidation.Result r) {
        return CrossValidation.THRESHOLDS[r.bestMeet()];
    }

    @Test
    void theBestF1AmongThresholdsPreciseEnoughShips() {
        CrossValidation.Result r = result(new Counts(60, 40, 40), new Counts(58, 30, 42), new Counts(55, 20, 45),
                new Counts(50, 12, 50), new Counts(45, 10, 55), new Counts(40, 8, 60), new Counts(30, 5, 70));

        // P: .60 .66 .73 .81 .82 .83 .86; F1 of the last four: .62 .59 .54 .44
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
    void aMorePreciseThresholdShipsWhenTheArticlesDoNotBearOutItsLowerF1() {
        // 0.8 mends 10 articles (a false alarm less) and costs 11 (a pair lost): F1 .571 -> .539, P .500 -> .596;
        // drawn again, the articles often favour 0.8
        List<CrossValidation.ArticleCounts> articles = new ArrayList<>();
        articles.addAll(articles(10, new Counts(2, 2, 1), new Counts(2, 1, 1)));
        articles.addAll(articles(11, new Counts(2, 2, 1), new Counts(1, 1, 2)));
        assertEquals(0.8, chosen(result(articles)));
    }

    @Test
    void aMorePreciseThresholdWhoseLowerF1TheArticlesBearOutDoesNotShip() {
        // 0.8 mends 4 articles and costs 17: F1 .571 -> .459, below in nearly every draw
        List<CrossValidation.ArticleCounts> articles = new ArrayList<>();
        articles.addAll(articles(4, new Counts(2, 2, 1), new Counts(2, 1, 1)));
        articles.addAll(articles(17, new Counts(2, 2, 1), new Counts(1, 1, 2)));
        assertEquals(0.2, chosen(result(articles)));
    }
}
