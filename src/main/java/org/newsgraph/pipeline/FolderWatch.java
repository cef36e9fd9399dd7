package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.newsgraph.document.Article;
import org.newsgraph.document.ArticleReader;
import org.newsgraph.document.Rejected;
import org.newsgraph.store.KnowledgeStore;

/**
 * Ingests new and changed article files of a folder into a live store, for {@code serve --watch}. The folder is
 * polled (WatchService misses changes on network and container file systems, and says nothing about whether a
 * writer has finished): a file is read once its size and modification time are the same at two polls in a
 * row, so a file still being written waits, and again whenever they change. Each round is an ordinary
 * {@link Ingest} run, whose write transactions let queries meanwhile see each article whole or not at all.
 * Identifiers stay claimed across rounds: a new file may not take over another file's article. A deleted file
 * leaves its article in the store.
 */
public final class FolderWatch implements AutoCloseable {

    /** A file's size and modification time: when both hold still, the writer is taken to be done. */
    private record Stamp(long size, long modified) {
    }

    private final Path dir;
    private final Ingest ingest;
    private final KnowledgeStore store;
    private final Ingest.Listener log;
    private final Map<Path, Stamp> lastSeen = new HashMap<>();
    private final Map<Path, Stamp> ingested = new HashMap<>();
    private final Map<String, String> claims = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsgraph-watch");
        t.setDaemon(true);
        return t;
    });
    private int polls;

    /**
     * Watches {@code dir} every {@code interval}; {@code log} hears of every article stored, unchanged or
     * skipped, except that for the files already there when the watch begins, unchanged ones are only counted
     * (in a {@link Summary}, when the log is one).
     */
    public FolderWatch(Path dir, Ingest ingest, KnowledgeStore store, Duration interval, Ingest.Listener log) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no folder " + dir + " to watch");
        }
        this.dir = dir;
        this.ingest = ingest;
        this.store = store;
        this.log = log;
        timer.scheduleWithFixedDelay(this::roundLogged, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void roundLogged() {
        try {
            round();
        } catch (RuntimeException e) {
            // one bad round (a folder that vanished, a full disk) must not end the watch: say so and poll on
            log.skipped(new Rejected(dir.toString(), "watch round failed: " + e.getMessage()));
        }
    }

    /** One poll: ingests the files that held still since the last one. Runs on the watch thread only. */
    private void round() {
        polls++;
        Map<Path, Stamp> now = scan();
        lastSeen.keySet().retainAll(now.keySet());
        ingested.keySet().retainAll(now.keySet());
        List<Path> ready = new ArrayList<>();
        now.forEach((file, stamp) -> {
            if (stamp.equals(ingested.get(file))) {
                return;
            }
            if (stamp.equals(lastSeen.get(file))) {
                ready.add(file);
            } else {
                lastSeen.put(file, stamp);
            }
        });
        if (ready.isEmpty()) {
            return;
        }
        ready.sort(null);
        // the second poll is the earliest a file can be ready: what it finds was there when the watch began
        boolean first = polls == 2;
        IngestReport r = ingest.run(ready.stream().map(Path::toString).toList(), store, first ? quietUnchanged() : log,
                claims);
        ready.forEach(f -> ingested.put(f, now.get(f)));
        if (first && log instanceof Summary s) {
            s.summary(dir, r);
        }
    }

    private Map<Path, Stamp> scan() {
        Map<Path, Stamp> out = new HashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(f -> Files.isRegularFile(f) && ArticleReader.isArticleFile(f.getFileName().toString()))
                    .forEach(f -> {
                        try {
                            out.put(f, new Stamp(Files.size(f), Files.getLastModifiedTime(f).toMillis()));
                        } catch (IOException e) {
                            // gone between listing and looking: the next round sees it as it is then
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The log without the unchanged articles: on starting over a large folder, those are nearly all. */
    private Ingest.Listener quietUnchanged() {
        return new Ingest.Listener() {
            @Override
            public void stored(Article article) {
                log.stored(article);
            }

            @Override
            public void skipped(Rejected rejected) {
                log.skipped(rejected);
            }
        };
    }

    /** A log that also wants the count of the first round. */
    public interface Summary extends Ingest.Listener {
        void summary(Path dir, IngestReport firstRound);
    }

    /** Stops polling, waiting up to {@code wait} for a round under way to finish writing. */
    public void close(Duration wait) {
        timer.shutdown();
        try {
            timer.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
