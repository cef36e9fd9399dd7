package org.newsgraph.learn;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.newsgraph.eval.EvaluationReport.Counts;

/**
 * How much a cross-validated F1 owes to which articles happened to be in the set: the articles are drawn again
 * with replacement many times (bootstrap) and the micro-averaged F1 is read off each draw. A change whose
 * interval of differences holds zero is noise, however it moved the single figure.
 */
final class Bootstrap {

    /** Draws per estimate: each end of a 95% interval then rests on the 50 draws beyond it. */
    static final int DRAWS = 2000;
    /** A fixed seed: the same counts always give the same interval. */
    private static final long SEED = 17;
    private static final double LOWER = 0.025;
    private static final double UPPER = 0.975;

    private Bootstrap() {
    }

    /** The 95% interval {lower, upper} of the micro-averaged F1 of the articles' counts. */
    static double[] interval(List<Counts> articles) {
        double[] f1 = new double[DRAWS];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int d = 0; d < DRAWS; d++) {
            f1[d] = sum(articles, picks(random, articles.size())).f1();
        }
        return percentiles(f1);
    }

    /**
     * The paired difference {@code after - before} of the micro-averaged F1 of the same articles' counts: the
     * difference on all of them, the 95% interval {lower, upper} over draws, and the share of draws in which
     * {@code after} is better.
     */
    static double[] difference(List<Counts> before, List<Counts> after) {
        if (before.size() != after.size()) {
            throw new IllegalArgumentException("paired counts of different lengths: " + before.size()
                    + " and " + after.size());
        }
        double[] delta = new double[DRAWS];
        int better = 0;
        SplittableRandom random = new SplittableRandom(SEED);
        for (int d = 0; d < DRAWS; d++) {
            int[] picks = picks(random, before.size());
            delta[d] = sum(after, picks).f1() - sum(before, picks).f1();
            better += delta[d] > 0 ? 1 : 0;
        }
        double[] range = percentiles(delta);
        double all = total(after).f1() - total(before).f1();
        return new double[] {all, range[0], range[1], better / (double) DRAWS};
    }

    /** One draw: {@code n} article indexes with replacement, from a stream of its own. */
    private static int[] picks(SplittableRandom random, int n) {
        return random.split().ints(n, 0, n).toArray();
    }

    /** The sum of the counts at {@code picks}. */
    private static Counts sum(List<Counts> articles, int[] picks) {
        Counts total = Counts.ZERO;
        for (int i : picks) {
            total = total.plus(articles.get(i));
        }
        return total;
    }

    private static Counts total(List<Counts> articles) {
        return articles.stream().reduce(Counts.ZERO, Counts::plus);
    }

    private static double[] percentiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[(int) Math.floor(LOWER * (sorted.length - 1))],
                sorted[(int) Math.ceil(UPPER * (sorted.length - 1))]};
    }
}
