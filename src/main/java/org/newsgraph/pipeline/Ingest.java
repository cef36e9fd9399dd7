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
import java.util.function.Consumer;

import org.newsgraph.document.Article;
import org.newsgraph.document.ArticleReader;
import org.newsgraph.document.Rejected;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.store.KnowledgeStore;

/**
 * Files to store: one reader, {@code threads} workers running the article pipeline, one writer. Work is
 * bounded (a small queue between the stages), so memory does not grow with the corpus, and each article
 * is written whole or not at all. A failure in one article skips that article only.
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

    private static final int BATCH = 16;

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

    public IngestReport run(List<String> paths, KnowledgeStore store, Listener listener) {
        long t0 = System.nanoTime();
        Counts counts = new Counts();
        List<Rejected> skipped = new ArrayList<>();
        Consumer<Rejected> skip = r -> {
            skipped.add(r);
            listener.skipped(r);
        };
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-extract");
            t.setDaemon(true);
            return t;
        });
        // room for two write batches, so workers keep extracting while the oldest batch is written
        BlockingQueue<Pending> inFlight = new ArrayBlockingQueue<>(Math.max(threads * 4, 2 * BATCH));
        try {
            reader.read(paths, new ArticleReader.Sink() {
                @Override
                public void article(Article a) {
                    if (!force && store.holds(pipeline.articleNode(a.id()), ArticlePipeline.contentHash(a),
                            ArticlePipeline.extractor())) {
                        counts.unchanged++;
                        listener.unchanged(a);
                        return;
                    }
                    Pending p = new Pending(a, workers.submit(() -> pipeline.process(a)));
                    if (!inFlight.offer(p)) {
                        drain(inFlight, store, counts, skip, listener, BATCH); // one transaction of BATCH articles
                        inFlight.add(p);
                    }
                }

                @Override
                public void rejected(Rejected r) {
                    skip.accept(r);
                }
            });
            drain(inFlight, store, counts, skip, listener, inFlight.size());
            if (counts.articles > 0) {
                store.relinkIdentities(pipeline.baseIri());
            }
        } finally {
            workers.shutdownNow();
        }
        return new IngestReport(counts.articles, counts.unchanged, skipped, counts.triples,
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** Writes the oldest finished articles, in input order, in batches of one transaction each. */
    private static void drain(BlockingQueue<Pending> inFlight, KnowledgeStore store, Counts counts,
                              Consumer<Rejected> skip, Listener listener, int n) {
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
                flush(batch, written, store, counts, listener);
            }
        }
        flush(batch, written, store, counts, listener);
    }

    private static void flush(Map<String, ArticleGraph> batch, List<Article> written, KnowledgeStore store,
                              Counts counts, Listener listener) {
        if (batch.isEmpty()) {
            return;
        }
        store.replace(batch.values());
        counts.articles += written.size();
        for (Article a : written) {
            listener.stored(a);
        }
        batch.clear();
        written.clear();
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
        long triples;
    }
}
