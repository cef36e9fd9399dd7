package org.newsgraph.cli;

import java.io.PrintStream;

import org.newsgraph.document.Article;
import org.newsgraph.document.Rejected;
import org.newsgraph.pipeline.Ingest;

/** Progress on stderr: every skipped input on a line of its own, and a running count on long runs. */
final class ProgressListener implements Ingest.Listener {

    private final PrintStream err;
    private final long started = System.nanoTime();
    private long lastReport = started;
    private int stored;

    ProgressListener(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void stored(Article article) {
        stored++;
        long now = System.nanoTime();
        if (now - lastReport > 5_000_000_000L) {
            lastReport = now;
            err.printf("newsgraph: %s stored (%s)%n", Counted.of(stored, "article"),
                    Counted.rate(stored / ((now - started) / 1e9)));
        }
    }

    @Override
    public synchronized void skipped(Rejected rejected) {
        err.println("newsgraph: skipped " + rejected);
    }
}
