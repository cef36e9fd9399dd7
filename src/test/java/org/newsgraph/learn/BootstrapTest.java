package org.newsgraph.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvaluationReport.Counts;

class BootstrapTest {

    @Test
    void articlesThatAllScoreAlikeHaveAnIntervalOfThatOneScore() {
        List<Counts> articles = Collections.nCopies(40, new Counts(1, 0, 1));
        assertArrayEquals(new double[] {2.0 / 3, 2.0 / 3}, Bootstrap.interval(articles), 1e-12);
    }

    @Test
    void articlesThatScoreApartGiveAnIntervalAroundTheirScore() {
        List<Counts> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            articles.add(new Counts(2, 0, 0));
            articles.add(new Counts(0, 1, 1));
        }
        double[] range = Bootstrap.interval(articles);
        assertEquals(List.of(true, true, true), List.of(range[0] < 2.0 / 3, range[1] > 2.0 / 3, range[1] - range[0] > 0.1));
    }

    @Test
    void aChangeThatMendsEveryArticleIsBetterInEveryDraw() {
        List<Counts> before = Collections.nCopies(30, new Counts(1, 1, 1));
        List<Counts> after = Collections.nCopies(30, new Counts(2, 0, 0));
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 1.0}, Bootstrap.difference(before, after), 1e-12);
    }

    @Test
    void theSameCountsDifferByNothing() {
        List<Counts> counts = List.of(new Counts(3, 1, 0), new Counts(0, 2, 2), new Counts(1, 0, 4));
        assertArrayEquals(new double[] {0, 0, 0, 0}, Bootstrap.difference(counts, counts), 1e-12);
    }
}
