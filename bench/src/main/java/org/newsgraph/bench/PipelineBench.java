package org.newsgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.document.Article;
import org.newsgraph.document.ArticleReader;
import org.newsgraph.document.Rejected;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.NlpStages;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.pipeline.Ingest;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.ArticleGraphBuilder;
import org.newsgraph.rdf.NKG;
import org.newsgraph.resolve.ResolvedText;
import org.newsgraph.resolve.Resolver;
import org.newsgraph.store.BulkLoad;
import org.newsgraph.store.KnowledgeStore;

/** The steps that run the product's pipeline: per-stage timing, end-to-end ingest, bulk first loads. */
final class PipelineBench {

    private PipelineBench() {
    }

    // ---------------------------------------------------------------------------------------------- stages

    /**
     * Model load time, then each stage over the same sample of articles on one thread, after a warm-up pass
     * over part of it: sentence split, tokenize, POS, names (the sub-steps of annotate, timed apart with the
     * same classes), annotate as a whole, resolve, extract, RDF, and the store write (replace in batches of Ingest.BATCH,
     * as ingest does, into a fresh on-disk store).
     */
    static Map<String, Object> stages(Path corpus, int n, int warm, Path work) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("step", "stages");
        r.put("loadavg_start", Util.loadAvg());
        long t0 = System.nanoTime();
        NlpPipeline nlp = NlpPipeline.shared();
        long t1 = System.nanoTime();
        Resolver resolver = new Resolver();
        Extractor extractor = new Extractor();
        ArticleGraphBuilder rdf = new ArticleGraphBuilder(NKG.DEFAULT_BASE, "bench");
        // the resolver and extractor load gazetteers and cues lazily in places: one article makes sure
        rdf.build(new Article("w", null, "Warm up.", null, null, null, "w"),
                extractor.extract(resolver.resolve(nlp.annotate("Warm up.")), null));
        long t2 = System.nanoTime();
        NlpStages probe = NlpStages.load();
        r.put("model_load_nlp_ms", (t1 - t0) / 1e6);
        r.put("model_load_resolve_extract_ms", (t2 - t1) / 1e6);

        List<Path> files = Util.corpusFiles(corpus, n);
        List<Article> articles = new ArrayList<>();
        long tr0 = System.nanoTime();
        new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES).read(files.stream().map(Path::toString).toList(),
                new ArticleReader.Sink() {
                    @Override
                    public void article(Article a) {
                        articles.add(a);
                    }

                    @Override
                    public void rejected(Rejected rej) {
                        throw new IllegalStateException("rejected: " + rej);
                    }
                });
        long readNanos = System.nanoTime() - tr0;
        List<String> texts = articles.stream().map(Article::text).toList();

        // warm-up: every stage over the first articles
        List<String> warmTexts = texts.subList(0, Math.min(warm, texts.size()));
        probe.time(warmTexts);
        for (Article a : articles.subList(0, warmTexts.size())) {
            rdf.build(a, extractor.extract(resolver.resolve(nlp.annotate(a.text())), a.date()));
        }

        NlpStages.Timing sub = probe.time(texts);
        long tokens = sub.tokens();
        long a0 = System.nanoTime();
        List<AnnotatedText> annotated = new ArrayList<>(texts.size());
        for (String t : texts) {
            annotated.add(nlp.annotate(t));
        }
        long a1 = System.nanoTime();
        List<ResolvedText> resolved = new ArrayList<>(annotated.size());
        for (AnnotatedText t : annotated) {
            resolved.add(resolver.resolve(t));
        }
        long a2 = System.nanoTime();
        List<Extraction> extracted = new ArrayList<>(resolved.size());
        for (int i = 0; i < resolved.size(); i++) {
            extracted.add(extractor.extract(resolved.get(i), articles.get(i).date()));
        }
        long a3 = System.nanoTime();
        List<ArticleGraph> graphs = new ArrayList<>(extracted.size());
        long triples = 0;
        for (int i = 0; i < extracted.size(); i++) {
            ArticleGraph g = rdf.build(articles.get(i), extracted.get(i));
            graphs.add(g);
            triples += g.graph().size();
        }
        long a4 = System.nanoTime();
        Path store = work.resolve("store-stages");
        Util.deleteTree(store);
        long storeNanos;
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            long s0 = System.nanoTime();
            for (int i = 0; i < graphs.size(); i += Ingest.BATCH) { // as ingest writes
                ks.replace(graphs.subList(i, Math.min(graphs.size(), i + Ingest.BATCH)));
            }
            storeNanos = System.nanoTime() - s0;
        }
        Util.deleteTree(store);

        r.put("articles", articles.size());
        r.put("sentences", sub.sentences());
        r.put("tokens", tokens);
        r.put("triples", triples);
        Map<String, Object> stages = new LinkedHashMap<>();
        stage(stages, "read (files to articles)", readNanos, tokens);
        stage(stages, "nlp: sentence split", sub.splitNanos(), tokens);
        stage(stages, "nlp: tokenize", sub.tokenizeNanos(), tokens);
        stage(stages, "nlp: POS tag", sub.posNanos(), tokens);
        stage(stages, "nlp: name finder", sub.nerNanos(), tokens);
        stage(stages, "nlp: annotate (all of the above)", a1 - a0, tokens);
        stage(stages, "resolve", a2 - a1, tokens);
        stage(stages, "extract", a3 - a2, tokens);
        stage(stages, "rdf", a4 - a3, tokens);
        stage(stages, "store write", storeNanos, tokens);
        long pipeline = (a1 - a0) + (a2 - a1) + (a3 - a2) + (a4 - a3) + storeNanos;
        stage(stages, "sum: annotate+resolve+extract+rdf+store", pipeline, tokens);
        r.put("stages", stages);
        r.put("store_triples_per_s", Util.perSec(triples, storeNanos));
        return r;
    }

    private static void stage(Map<String, Object> m, String name, long nanos, long tokens) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("seconds", nanos / 1e9);
        s.put("tokens_per_s", Util.perSec(tokens, nanos));
        m.put(name, s);
    }

    // ---------------------------------------------------------------------------------------------- ingest

    /** The product's ingest ({@link Ingest}) of the first {@code n} articles into a fresh on-disk store. */
    static Map<String, Object> ingest(Path corpus, int n, int threads, Path store, boolean keep) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("step", "ingest");
        r.put("loadavg_start", Util.loadAvg());
        List<Path> files = Util.corpusFiles(corpus, n);
        long tokens = Util.countTokens(files);
        Util.deleteTree(store);
        long t0 = System.nanoTime();
        ArticlePipeline pipeline = new ArticlePipeline(NKG.DEFAULT_BASE);
        long loadNanos = System.nanoTime() - t0;
        Ingest ingest = new Ingest(pipeline, new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES), threads);
        IngestReport rep;
        long nanos;
        long peakUsed;
        long peakLive;
        long peakFull;
        long fullGcs;
        List<String> rejected = new ArrayList<>();
        org.apache.jena.sparql.core.DatasetGraph dsg;
        try (KnowledgeStore ks = KnowledgeStore.open(store); Util.HeapWatch heap = new Util.HeapWatch()) {
            dsg = ks.dataset().asDatasetGraph();
            long s0 = System.nanoTime();
            rep = ingest.run(files.stream().map(Path::toString).toList(), ks, rejectedTo(rejected));
            nanos = System.nanoTime() - s0;
            peakUsed = heap.peakUsed();
            peakLive = heap.peakAfterGc();
            peakFull = heap.peakAfterFullGc();
            fullGcs = heap.fullGcs();
        }
        Util.release(dsg);
        long bytes = Util.folderBytes(store);
        long disk = Util.diskBytes(store);
        if (!keep) {
            Util.deleteTree(store);
        }
        r.put("articles_in", files.size());
        r.put("articles", rep.articles());
        r.put("skipped", rep.skipped().size());
        r.put("skipped_first", rejected.stream().limit(3).toList());
        r.put("threads", threads);
        r.put("cores", Runtime.getRuntime().availableProcessors()); // fewer than the machine's when pinned
        r.put("tokens", tokens);
        r.put("triples", rep.triples());
        r.put("seconds", nanos / 1e9);
        r.put("model_load_ms", loadNanos / 1e6);
        r.put("articles_per_s", Util.perSec(rep.articles(), nanos));
        r.put("tokens_per_s", Util.perSec(tokens, nanos));
        r.put("tokens_per_s_per_core", Util.perSec(tokens, nanos) / Math.min(threads,
                Runtime.getRuntime().availableProcessors()));
        r.put("triples_per_s", Util.perSec(rep.triples(), nanos));
        r.put("peak_heap_used_mb", peakUsed / 1048576.0);
        r.put("peak_heap_after_gc_mb", peakLive / 1048576.0);
        r.put("full_gcs", fullGcs);
        if (fullGcs > 0) {
            r.put("peak_heap_after_full_gc_mb", peakFull / 1048576.0);
        }
        r.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576.0);
        r.put("store_mb", bytes / 1048576.0);
        r.put("store_disk_mb", disk / 1048576.0);
        return r;
    }

    private static Ingest.Listener rejectedTo(List<String> out) {
        return rej -> out.add(rej.toString());
    }

    // ------------------------------------------------------------------------------------------- bulk load

    /**
     * First load through the pipeline straight into a destination stream: N-Quads to a file (the dump format,
     * one named graph per article) or TDB2's bulk loader on an empty store. Same shape as {@link Ingest}: one
     * reader, {@code threads} workers, results taken in input order by the calling thread.
     */
    static Map<String, Object> bulk(Path corpus, int n, int threads, String mode, Path target, String loader) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("step", "bulk-" + mode);
        r.put("loadavg_start", Util.loadAvg());
        List<Path> files = Util.corpusFiles(corpus, n);
        long tokens = Util.countTokens(files);
        long t0 = System.nanoTime();
        ArticlePipeline pipeline = new ArticlePipeline(NKG.DEFAULT_BASE);
        long loadNanos = System.nanoTime() - t0;
        long[] counts = new long[2];
        long nanos;
        long peakUsed;
        try (Util.HeapWatch heap = new Util.HeapWatch()) {
            long s0 = System.nanoTime();
            if (mode.equals("nquads")) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
                    StreamRDF dest = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                    dest.start();
                    run(pipeline, files, threads, dest, counts);
                    dest.finish();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                Util.deleteTree(target);
                try {
                    Files.createDirectories(target);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                var ds = TDB2Factory.connectDataset(target.toString());
                var dsg = ds.asDatasetGraph();
                MonitorOutput quiet = (fmt, a) -> { };
                DataLoader dl = switch (loader) {
                    case "parallel" -> LoaderFactory.parallelLoader(dsg, quiet);
                    case "sequential" -> LoaderFactory.sequentialLoader(dsg, quiet);
                    case "basic" -> LoaderFactory.basicLoader(dsg, quiet);
                    default -> LoaderFactory.phasedLoader(dsg, quiet);
                };
                dl.startBulk();
                try {
                    StreamRDF dest = dl.stream();
                    dest.start();
                    run(pipeline, files, threads, dest, counts);
                    dest.finish();
                    dl.finishBulk();
                } catch (RuntimeException e) {
                    dl.finishException(e);
                    throw e;
                }
                Util.release(dsg);
                r.put("loader", loader);
            }
            nanos = System.nanoTime() - s0;
            peakUsed = heap.peakUsed();
        }
        r.put("articles", counts[0]);
        r.put("threads", threads);
        r.put("cores", Runtime.getRuntime().availableProcessors()); // fewer than the machine's when pinned
        r.put("tokens", tokens);
        r.put("quads", counts[1]);
        r.put("seconds", nanos / 1e9);
        r.put("model_load_ms", loadNanos / 1e6);
        r.put("articles_per_s", Util.perSec(counts[0], nanos));
        r.put("tokens_per_s", Util.perSec(tokens, nanos));
        r.put("quads_per_s", Util.perSec(counts[1], nanos));
        r.put("peak_heap_used_mb", peakUsed / 1048576.0);
        if (mode.equals("nquads")) {
            try {
                r.put("file_mb", Files.size(target) / 1048576.0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            r.put("store_mb", Util.folderBytes(target) / 1048576.0);
            r.put("store_disk_mb", Util.diskBytes(target) / 1048576.0);
        }
        return r;
    }

    private static void run(ArticlePipeline pipeline, List<Path> files, int threads, StreamRDF dest, long[] counts) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, rr -> {
            Thread t = new Thread(rr, "bench-extract");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<ArticleGraph>> inFlight = new ArrayBlockingQueue<>(threads * 4);
        Consumer<Future<ArticleGraph>> emit = f -> {
            try {
                ArticleGraph g = f.get();
                g.graph().find().forEachRemaining(t -> dest.quad(Quad.create(g.name(), t)));
                counts[0]++;
                counts[1] += g.graph().size();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (Exception e) {
                System.err.println("bench: article failed: " + e);
            }
        };
        try {
            new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES).read(
                    files.stream().map(Path::toString).toList(), new ArticleReader.Sink() {
                        @Override
                        public void article(Article a) {
                            Future<ArticleGraph> f = workers.submit(() -> pipeline.process(a));
                            while (!inFlight.offer(f)) {
                                emit.accept(inFlight.poll());
                            }
                        }

                        @Override
                        public void rejected(Rejected rej) {
                            System.err.println("bench: rejected " + rej);
                        }
                    });
            Future<ArticleGraph> f;
            while ((f = inFlight.poll()) != null) {
                emit.accept(f);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** TDB2's own bulk loader command, {@code tdb2.tdbloader --loader=L --loc DIR FILE}, on an empty store. */
    static Map<String, Object> tdbloader(Path file, Path store, String loader) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("step", "tdbloader-" + loader);
        r.put("loadavg_start", Util.loadAvg());
        Util.deleteTree(store);
        long quads;
        try (var lines = Files.lines(file)) {
            quads = lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long s0 = System.nanoTime();
        tdb2.tdbloader.main("--loc", store.toString(), "--loader=" + loader, file.toString());
        long nanos = System.nanoTime() - s0;
        Util.release(store);
        r.put("loader", loader);
        r.put("quads", quads);
        r.put("seconds", nanos / 1e9);
        r.put("quads_per_s", Util.perSec(quads, nanos));
        r.put("store_mb", Util.folderBytes(store) / 1048576.0);
        r.put("store_disk_mb", Util.diskBytes(store) / 1048576.0);
        return r;
    }

    /**
     * The product's first-load path, {@code newsgraph load} ({@link BulkLoad}: every file parsed once to check
     * it, then TDB2's parallel loader), on the same N-Quads file as tdb2.tdbloader.
     */
    static Map<String, Object> productLoad(Path file, Path store) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("step", "newsgraph-load");
        r.put("loadavg_start", Util.loadAvg());
        Util.deleteTree(store);
        long s0 = System.nanoTime();
        BulkLoad.Report rep;
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            rep = BulkLoad.run(ks, List.of(file), BulkLoad.Loader.PARALLEL, new BulkLoad.Listener() {
                public void checked(Path f, long quads) {
                }

                public void bad(Path f, String reason) {
                    throw new IllegalStateException(f + ": " + reason);
                }

                public void progress(String line) {
                }
            });
        }
        long nanos = System.nanoTime() - s0;
        r.put("loader", "newsgraph load (parallel)");
        r.put("quads", rep.quads());
        r.put("seconds", nanos / 1e9);
        r.put("quads_per_s", Util.perSec(rep.quads(), nanos));
        r.put("store_disk_mb", Util.diskBytes(store) / 1048576.0);
        Util.deleteTree(store);
        return r;
    }

    /** TDB2 compaction of a store ({@code DatabaseMgr.compact}, old generation deleted): time and size. */
    static Map<String, Object> compact(Path store) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("step", "compact");
        r.put("loadavg_start", Util.loadAvg());
        long before = Util.diskBytes(store);
        var ds = TDB2Factory.connectDataset(store.toString());
        long s0 = System.nanoTime();
        org.apache.jena.tdb2.DatabaseMgr.compact(ds.asDatasetGraph(), true);
        long nanos = System.nanoTime() - s0;
        Util.release(ds.asDatasetGraph());
        r.put("seconds", nanos / 1e9);
        r.put("store_disk_mb_before", before / 1048576.0);
        r.put("store_disk_mb_after", Util.diskBytes(store) / 1048576.0);
        return r;
    }
}
