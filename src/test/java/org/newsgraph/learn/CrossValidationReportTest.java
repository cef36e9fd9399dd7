package org.newsgraph.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvaluationReport.Counts;

class CrossValidationReportTest {

    private static CrossValidation.ArticleCounts article(String id, String set, Counts meet, Counts call) {
        Counts[] m = new Counts[CrossValidation.THRESHOLDS.length];
        Counts[] c = new Counts[m.length];
        Arrays.fill(m, meet);
        Arrays.fill(c, call);
        return new CrossValidation.ArticleCounts(id, set, m, c);
    }

    @Test
    void theHeldOutFiguresAreGivenForEachSetApart() {
        List<CrossValidation.ArticleCounts> articles = List.of(
                article("t-one", "train", new Counts(1, 1, 0), new Counts(1, 0, 1)),
                article("d-one", "dev", new Counts(2, 0, 0), new Counts(0, 0, 0)),
                article("t-two", "train", new Counts(1, 0, 2), new Counts(1, 0, 1)));
        CrossValidation.Result r = new CrossValidation.Result(5, new String[CrossValidation.THRESHOLDS.length],
                articles);
        assertEquals("""
                held out, by set, at the shipped thresholds (P / R / F1):
                train    2 articles  met_with 0.667 / 0.500 / 0.571  called_for 1.000 / 0.500 / 0.667
                dev      1 articles  met_with 1.000 / 1.000 / 1.000  called_for 1.000 / 1.000 / 1.000
                """, r.bySet());
    }
}
