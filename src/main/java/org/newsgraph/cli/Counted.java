package org.newsgraph.cli;

import java.util.Locale;

/** Counts as people write them: "1 article", "2 articles". */
final class Counted {

    private Counted() {}

    static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A rate per second that never reads "0/s": one decimal below ten, whole numbers above. */
    static String rate(double perSecond) {
        return String.format(Locale.ROOT, perSecond < 10 ? "%.1f/s" : "%.0f/s", perSecond);
    }
}
