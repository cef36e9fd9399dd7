package org.newsgraph.cli;

import java.util.Locale;

/** Counts as people write them: "1 article", "2 articles". */
final class Counted {

    private Counted() {}

    static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The slowest rate written as a number: below it, "0.0/s" would say nothing is happening. */
    private static final double SLOWEST_SHOWN = 0.1;

    /** A rate per second that never reads "0/s": one decimal below ten, whole numbers above. */
    static String rate(double perSecond) {
        if (perSecond < SLOWEST_SHOWN)
            return "under " + SLOWEST_SHOWN + "/s";
        return String.format(Locale.ROOT, perSecond < 10 ? "%.1f/s" : "%.0f/s", perSecond);
    }
}
