package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.newsgraph.document.Article;
import org.newsgraph.document.ArticleReader;
import org.newsgraph.document.Rejected;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.store.KnowledgeStore;

/**
 * Files to store: one reader, {@code threads} workers running the article pipeline, one writer. Work is
 * bounded (at most {@link #IN_FLIGHT} articles between reader and writer), so memory does not grow with
 * the corpus, and each article is written whole or not at all. A failure in one article skips that article only.
 *
 * <p>{@code threads} is also the number of cores the ingest keeps busy: the writer takes a worker's place
 * while it writes. The single writer is the slowest stage on few cores, and sharing two cores among two
 * workers and the writer slowed the writer down by a third.
 */
public final class Ingest {

    /** Told about progress: each article stored or skipped, as it happens. */
    public interface Listener {
        default void stored(Article article) {
        }

        /** The store already holds this article with the same text: nothing was done. */
        default void unchanged(Article article) {
        }

        void skipped(Rejected rejected);
    }

    /**
     * Articles per write transaction. TDB2 copies every index block a transaction touches, so small
     * transactions multiply the store on disk and the time spent writing: 4,000 articles were written at 48k
     * quads/s in batches of 256 and 59k in batches of 1,024, and 5,000 made a 1,481 MB store in batches of 256
     * and a 770 MB one in batches of 1,024. A kill loses at most the batch being written, whole articles only;
     * the next run writes them.
     */
    public static final int BATCH = 1024;

    /**
     * Articles in flight at most (submitted to the workers, or done and waiting for the writer): what bounds
     * ingest's memory. Twice a batch, so that the workers have a batch's worth to do while the writer writes.
     * A run of fewer articles holds all of them at once.
     */
    public static final int IN_FLIGHT = 2 * BATCH;

    /**
     * Test-only fault injection, inert unless set: with the system property {@code newsgraph.test.haltAfterBatches}
     * set to N, the JVM halts ({@link Runtime#halt}: no shutdown hook, no store close, as a SIGKILL would leave
     * it) with {@link #HALTED_FOR_TEST} right after the Nth write transaction of an ingest commits. A crash test
     * then kills at a point the code chooses, not at a moment a clock guesses. Read once, when the class loads.
     */
    private static final int HALT_AFTER_BATCHES = Integer.getInteger("newsgraph.test.haltAfterBatches", 0);

    /** The exit status of a JVM halted by {@code newsgraph.test.haltAfterBatches} (test-only). */
    public static final int HALTED_FOR_TEST = 86;

    private final ArticlePipeline pipeline;
    private final ArticleReader reader;
    private final int threads;

    private final boolean force;

    public Ingest(ArticlePipeline pipeline, ArticleReader reader, int threads) {
        this(pipeline, reader, threads, false);
    }

    /** With {@code force}, articles the store already holds unchanged are extracted and written again. */
    public Ingest(ArticlePipeline pipeline, ArticleReader reader, int threads, boolean force) {
        this.pipeline = pipeline;
        this.reader = reader;
        this.threads = Math.max(1, threads);
        this.force = force;
    }

    /** The largest article this ingest accepts, in bytes. */
    public long maxArticleBytes() {
        return reader.maxArticleBytes();
    }

    /** Reads the paths and writes their articles; see {@link #run(List, KnowledgeStore, Listener, Map)}. */
    public IngestReport run(List<String> paths, KnowledgeStore store, Listener listener) {
        return run(paths, store, listener, new HashMap<>());
    }

    /**
     * Reads the paths and writes their articles. An identifier is the file's base name (or the record's id), so
     * two files can claim the same one: the first read wins and a later one with another text is skipped with a
     * line naming both, rather than silently replacing an article read a moment before (the same text twice is
     * just unchanged). {@code claims} (kept by the caller, opaque to it) lets a caller that runs again and again
     * (a folder watch) keep that rule across runs: a file may replace its own article, not another file's.
     */
    public IngestReport run(List<String> paths, KnowledgeStore store, Listener listener, Map<String, String> claims) {
        return run(sink -> reader.read(paths, sink), store, listener, claims);
    }

    /**
     * One article sent as bytes (plain text named {@code id}, or a news-please record with {@code json}); it
     * replaces whatever the store holds under its identifier, as a changed file does.
     */
    public IngestReport run(String origin, String id, byte[] body, boolean json, KnowledgeStore store,
                            Listener listener) {
        return run(sink -> reader.read(origin, id, body, json, sink), store, listener, null);
    }

    private IngestReport run(Consumer<ArticleReader.Sink> source, KnowledgeStore store, Listener listener,
                             Map<String, String> claims) {
        long t0 = System.nanoTime();
        Map<String, Claim> seen = new HashMap<>();
        Counts counts = new Counts();
        List<Rejected> skipped = new ArrayList<>();
        Consumer<Rejected> skip = r -> {
            skipped.add(r);
            listener.skipped(r);
        };
        Semaphore cores = new Semaphore(threads, true); // fair, so the writer is not starved by the workers
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-extract");
            t.setDaemon(true);
            return t;
        });
        // room for two write batches, so workers keep extracting while the oldest batch is written
        BlockingQueue<Pending> inFlight = new ArrayBlockingQueue<>(Math.max(threads * 4, IN_FLIGHT));
        try {
            source.accept(new ArticleReader.Sink() {
                @Override
                public void article(Article a) {
                    String hash = ArticlePipeline.contentHash(a);
                    if (claims != null) {
                        Claim taken = takenBy(a, hash, seen, claims);
                        if (taken != null && !taken.hash().equals(hash)) {
                            skip.accept(Rejected.duplicate(a.origin(), a.id(), taken.origin()));
                            return;
                        }
                        if (taken != null) { // the same article twice (a copy in another folder): nothing to do
                            counts.unchanged++;
                            listener.unchanged(a);
                            return;
                        }
                    }
                    if (!force && store.holds(pipeline.articleNode(a.id()), hash, ArticlePipeline.extractor())) {
                        counts.unchanged++;
                        listener.unchanged(a);
                        return;
                    }
                    Pending p = new Pending(a, workers.submit(() -> onCore(cores, () -> pipeline.process(a))));
                    if (!inFlight.offer(p)) {
                        drain(inFlight, store, cores, counts, skip, listener, BATCH); // one transaction of BATCH articles
                        inFlight.add(p);
                    }
                }

                @Override
                public void rejected(Rejected r) {
                    skip.accept(r);
                }
            });
            drain(inFlight, store, cores, counts, skip, listener, inFlight.size());
            if (counts.articles > 0) {
                store.relinkIdentities(pipeline.baseIri());
            }
        } finally {
            workers.shutdownNow();
        }
        return new IngestReport(counts.articles, counts.unchanged, skipped, counts.triples,
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** An identifier's first reader: where it was read and the hash of the text it had. */
    private record Claim(String origin, String hash) {
    }

    /**
     * Who read the identifier already: an input earlier in this run, or another file in an earlier run (kept
     * in {@code claims}, file to text hash); null when this input may have it.
     */
    private static Claim takenBy(Article a, String hash, Map<String, Claim> seen, Map<String, String> claims) {
        Claim before = seen.putIfAbsent(a.id(), new Claim(a.origin(), hash));
        if (before != null) {
            return before;
        }
        String file = file(a.origin());
        String owner = claims.putIfAbsent(a.id(), file + "\n" + hash);
        if (owner == null || owner.startsWith(file + "\n")) {
            claims.put(a.id(), file + "\n" + hash);
            return null;
        }
        int nl = owner.lastIndexOf('\n');
        return new Claim(owner.substring(0, nl), owner.substring(nl + 1));
    }

    /** The file of an origin: "dir/feed.jsonl:12" is line 12 of dir/feed.jsonl. */
    static String file(String origin) {
        int colon = origin.lastIndexOf(':');
        return colon > 0 && colon < origin.length() - 1 && origin.substring(colon + 1).chars().allMatch(Character::isDigit)
                ? origin.substring(0, colon) : origin;
    }

    /** Writes the oldest finished articles, in input order, in batches of one transaction each. */
    private static void drain(BlockingQueue<Pending> inFlight, KnowledgeStore store, Semaphore cores,
                              Counts counts, Consumer<Rejected> skip, Listener listener, int n) {
        Map<String, ArticleGraph> batch = new HashMap<>();
        List<Article> written = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Pending p = inFlight.poll();
            if (p == null) {
                break;
            }
            ArticleGraph g = p.await(skip);
            if (g != null) {
                batch.put(g.name().getURI(), g); // a later file with the same identifier wins
                written.add(p.article);
                counts.triples += g.graph().size();
            }
            if (batch.size() >= BATCH) {
                flush(batch, written, store, cores, counts, listener);
            }
        }
        flush(batch, written, store, cores, counts, listener);
    }

    private static void flush(Map<String, ArticleGraph> batch, List<Article> written, KnowledgeStore store,
                              Semaphore cores, Counts counts, Listener listener) {
        if (batch.isEmpty()) {
            return;
        }
        onCore(cores, () -> {
            store.replace(batch.values());
            return null;
        });
        if (++counts.batches == HALT_AFTER_BATCHES) {
            Runtime.getRuntime().halt(HALTED_FOR_TEST);
        }
        counts.articles += written.size();
        for (Article a : written) {
            listener.stored(a);
        }
        batch.clear();
        written.clear();
    }

    /** Runs work while holding one of the ingest's cores. */
    private static <T> T onCore(Semaphore cores, Supplier<T> work) {
        cores.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            cores.release();
        }
    }

    private record Pending(Article article, Future<ArticleGraph> result) {
        ArticleGraph await(Consumer<Rejected> skip) {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (Exception e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                skip.accept(new Rejected(article.origin(), "could not be processed: " + cause));
                return null;
            }
        }
    }

    private static final class Counts {
        int articles;
        int unchanged;
        int batches;
        long triples;
    }
}
