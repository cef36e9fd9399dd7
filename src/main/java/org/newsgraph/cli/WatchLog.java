package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.newsgraph.document.Article;
import org.newsgraph.document.Rejected;
import org.newsgraph.pipeline.FolderWatch;
import org.newsgraph.pipeline.IngestReport;

/** What a running server ingests (watched folder, POST /kg/ingest): one line on stderr per article or skip. */
final class WatchLog implements FolderWatch.Summary {

    private final PrintStream err;

    WatchLog(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void stored(Article article) {
        err.println("newsgraph: stored " + article.origin() + " as " + article.id());
    }

    @Override
    public synchronized void unchanged(Article article) {
        err.println("newsgraph: unchanged " + article.origin());
    }

    @Override
    public synchronized void skipped(Rejected rejected) {
        err.println("newsgraph: skipped " + rejected);
    }

    @Override
    public synchronized void summary(Path dir, IngestReport r) {
        err.printf("newsgraph: watching %s: %s stored, %d unchanged, %d skipped%n", dir,
                Counted.of(r.articles(), "article"), r.unchanged(), r.skipped().size());
    }
}
