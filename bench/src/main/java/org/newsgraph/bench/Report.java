package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.newsgraph.pipeline.Ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns the JSON results of a run into {@code docs/performance.md} (and prints it): machine, revision, the
 * issue's targets with met / not met and the gap, then one table per measurement. Text between the
 * {@code notes:start} and {@code notes:end} markers of an existing file is kept, so analysis written by hand
 * survives a rerun.
 */
final class Report {

    static final String NOTES_START = "<!-- notes:start (kept when bench/run rewrites this file) -->";
    static final String NOTES_END = "<!-- notes:end -->";

    private Report() {
    }

    static void write(Path results, Path doc) throws IOException {
        Map<String, JsonNode> r = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(results)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                r.put(p.getFileName().toString().replaceFirst("\\.json$", ""), Util.JSON.readTree(p.toFile()));
            }
        }
        String notes = "";
        if (Files.exists(doc)) {
            String old = Files.readString(doc, StandardCharsets.UTF_8);
            int a = old.indexOf(NOTES_START);
            int b = old.indexOf(NOTES_END);
            if (a >= 0 && b > a) {
                notes = old.substring(a + NOTES_START.length(), b).strip();
            }
        }
        String md = render(r, notes);
        if (doc.getParent() != null) {
            Files.createDirectories(doc.getParent());
        }
        Files.writeString(doc, md, StandardCharsets.UTF_8);
        System.out.println(md);
    }

    // ------------------------------------------------------------------------------------------------ render

    static String render(Map<String, JsonNode> r, String notes) {
        StringBuilder o = new StringBuilder();
        JsonNode machine = r.get("machine");
        o.append("# Performance\n\n");
        o.append("Measured by `bench/run`, the harness of issue 7 ([bench/README.md](../bench/README.md)): each step writes "
                + "its figures as JSON and `Bench report` renders this page from them; the run is described below and "
                + "in the notes.\n\n");
        if (machine != null) {
            o.append("| | |\n| --- | --- |\n");
            for (Iterator<Map.Entry<String, JsonNode>> it = machine.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("step") && !e.getKey().equals("loadavg_end")) {
                    o.append("| ").append(e.getKey().replace('_', ' ')).append(" | ").append(e.getValue().asText())
                            .append(" |\n");
                }
            }
            o.append('\n');
        }
        o.append("Load average (1, 5, 15 min) at the start of each step is given with its table: other people's\n"
                + "builds and trainings share these 2 cores, so a load above 2 means the step got less than the\n"
                + "whole machine.\n\n");

        targets(o, r);
        corpus(o, r);
        stages(o, r);
        ingest(o, r);
        bulk(o, r);
        queries(o, r);
        corenlp(o, r);
        coldstart(o, r);
        jfr(o, r);

        o.append("## Notes\n\n").append(NOTES_START).append("\n\n");
        if (!notes.isEmpty()) {
            o.append(notes).append("\n\n");
        }
        o.append(NOTES_END).append("\n\n");
        o.append("## Reproduce\n\n```\nbench/run            # everything: 1 to 2 h on 2 cores, depending on their load; --quick: a few minutes\n"
                + "bench/run --help     # options: sizes, threads, steps to skip, corpus and work folders\n```\n");
        return o.toString();
    }

    private static void targets(StringBuilder o, Map<String, JsonNode> r) {
        o.append("## Targets of issue 7\n\n| target | measured | met | gap |\n| --- | --- | :---: | --- |\n");
        List<JsonNode> ingests = ingests(r);
        int maxThreads = ingests.stream().mapToInt(n -> n.path("threads").asInt()).max().orElse(0);
        JsonNode biggest = ingests.stream().filter(n -> n.path("threads").asInt() == maxThreads)
                .max(Comparator.comparingInt(n -> n.path("articles").asInt())).orElse(null);
        if (biggest != null) {
            double v = biggest.path("tokens_per_s_per_core").asDouble();
            JsonNode one = find(ingests, biggest.path("articles_in").asInt(), 1);
            String m = f0(v) + " tokens/s per core (" + biggest.path("articles").asInt() + " articles, "
                    + maxThreads + " threads)";
            if (one != null) {
                m += "; " + f0(one.path("tokens_per_s_per_core").asDouble()) + " at 1 thread";
            }
            row(o, "end-to-end ingest >= 10,000 tokens/s per core", m, v >= 10_000,
                    v >= 10_000 ? "" : "x" + f2(10_000 / v) + " to go");
        }
        // speed-up: the largest size measured at 1 and at the most threads
        JsonNode s1 = null;
        JsonNode s2 = null;
        for (JsonNode n : ingests) {
            if (n.path("threads").asInt() == maxThreads && maxThreads > 1) {
                JsonNode one = find(ingests, n.path("articles_in").asInt(), 1);
                if (one != null && (s2 == null || n.path("articles").asInt() > s2.path("articles").asInt())) {
                    s1 = one;
                    s2 = n;
                }
            }
        }
        if (s1 != null) {
            double su = s2.path("tokens_per_s").asDouble() / s1.path("tokens_per_s").asDouble();
            row(o, ">= 1.8x speed-up from 1 to 2 threads", "x" + f2(su) + " (" + s2.path("articles").asInt()
                    + " articles)", su >= 1.8, su >= 1.8 ? "" : "x" + f2(1.8 / su) + " short");
        }
        JsonNode cn = r.entrySet().stream().filter(e -> e.getKey().startsWith("corenlp-fast"))
                .map(Map.Entry::getValue).max(Comparator.comparingInt(n -> n.path("articles").asInt())).orElse(null);
        if (cn != null && biggest != null) {
            JsonNode ours = find(ingests, cn.path("articles").asInt(), cn.path("threads").asInt());
            if (ours == null) {
                ours = biggest;
            }
            double ratio = ours.path("tokens_per_s_per_core").asDouble() / cn.path("tokens_per_s_per_core").asDouble();
            row(o, ">= 5x CoreNLP's rate on the same texts", "x" + f2(ratio) + " CoreNLP (fast settings; "
                    + ours.path("articles").asInt() + " articles, " + ours.path("threads").asInt() + " threads)",
                    ratio >= 5, ratio >= 5 ? "" : "x" + f2(5 / ratio) + " to go");
        }
        // memory: the live heap (after a full GC) at the largest size vs the smallest one past ingest's in-flight
        // bound (a smaller run holds all its articles at once, so it shows the bound filling, not growth)
        if (biggest != null) {
            List<JsonNode> same = ingests.stream().filter(n -> n.path("threads").asInt() == maxThreads)
                    .sorted(Comparator.comparingInt(n -> n.path("articles").asInt())).toList();
            JsonNode smallest = same.get(0);
            JsonNode ref = same.stream().filter(n -> n != biggest && n.path("articles").asInt() >= 2 * Ingest.IN_FLIGHT)
                    .findFirst().orElse(smallest);
            boolean full = ref.has("peak_heap_after_full_gc_mb") && biggest.has("peak_heap_after_full_gc_mb");
            String key = full ? "peak_heap_after_full_gc_mb" : "peak_heap_after_gc_mb";
            double a = ref.path(key).asDouble();
            double b = biggest.path(key).asDouble();
            boolean ok = b <= a * 1.25 + 16;
            String first = ref == smallest ? "" : f0(smallest.path("peak_heap_after_gc_mb").asDouble()) + " MB after any GC at "
                    + smallest.path("articles").asInt() + " articles (all in flight at once: the bound is "
                    + Ingest.IN_FLIGHT + " articles); ";
            row(o, "ingest memory bounded (peak heap does not grow with corpus size)", first
                    + (full ? "live heap (after a full GC) " : "heap after any GC ") + f0(a) + " MB at "
                    + ref.path("articles").asInt() + ", " + f0(b) + " MB at " + biggest.path("articles").asInt()
                    + "; heap in use peaked at " + f0(biggest.path("peak_heap_used_mb").asDouble()) + " MB of "
                    + f0(biggest.path("max_heap_mb").asDouble()), ok, ok ? "" : "grows x" + f2(b / Math.max(1, a)));
        }
        JsonNode direct = r.get("bulk-direct");
        JsonNode nq = r.get("bulk-nquads");
        JsonNode tdb = bestLoader(r);
        if (tdb != null && (direct != null || nq != null)) {
            double ref = tdb.path("quads_per_s").asDouble();
            double best = 0;
            String how = "";
            if (direct != null) {
                best = direct.path("quads_per_s").asDouble();
                how = "pipeline -> TDB2 " + direct.path("loader").asText() + " loader stream";
            }
            if (nq != null) {
                JsonNode sameLoader = tdb;
                double total = nq.path("quads").asDouble() / (nq.path("seconds").asDouble()
                        + sameLoader.path("seconds").asDouble());
                if (total > best) {
                    best = total;
                    how = "pipeline -> N-Quads -> tdb2.tdbloader";
                }
            }
            double ratio = best / ref;
            JsonNode load = r.get("newsgraph-load");
            double loadRatio = load == null ? 0 : load.path("quads_per_s").asDouble() / ref;
            String loading = load == null ? "loading alone not measured"
                    : "`newsgraph load` on the N-Quads, extraction not included: x" + f3(loadRatio) + " ("
                    + f0(load.path("quads_per_s").asDouble()) + " quads/s)";
            row(o, "bulk first load >= 0.8x tdb2.tdbloader's rate on the same triples",
                    loading + "; with extraction included x" + f3(ratio) + " (" + how + ": " + f0(best)
                            + " quads/s); tdb2.tdbloader --loader=" + tdb.path("loader").asText() + ": " + f0(ref)
                            + " quads/s", loadRatio >= 0.8,
                    loadRatio >= 0.8 ? "with extraction: bounded by the NLP (see the ingest rows)"
                            : "x" + f1(0.8 / Math.max(loadRatio, 1e-9)) + " to go");
        }
        JsonNode q = r.get("queries");
        if (q != null) {
            double lookup = -1;
            double worst = 0;
            String worstName = "";
            int maxC = 0;
            for (JsonNode c : q.path("cells")) {
                maxC = Math.max(maxC, c.path("clients").asInt());
            }
            for (JsonNode c : q.path("cells")) {
                if (c.path("clients").asInt() == maxC && c.path("query").asText().equals("entity look-up")) {
                    lookup = c.path("p99_ms").asDouble();
                }
                if (c.path("p99_ms").asDouble() > worst) {
                    worst = c.path("p99_ms").asDouble();
                    worstName = c.path("query").asText() + " at " + c.path("clients").asInt() + " clients";
                }
            }
            if (lookup >= 0) {
                row(o, "entity look-up p99 < 50 ms at 16 clients (10k-article store)", f1(lookup) + " ms at "
                        + maxC + " clients", lookup < 50 && maxC >= 16, lookup < 50 ? "" : "x" + f1(lookup / 50));
            }
            row(o, "no query of the fixed set above 1 s p99", "worst p99 " + f0(worst) + " ms (" + worstName + ")",
                    worst < 1000, worst < 1000 ? "" : "x" + f1(worst / 1000));
        }
        JsonNode cs = r.get("coldstart");
        if (cs != null) {
            double ms = cs.path("median_ms").asDouble();
            row(o, "demo cold start (jar built) to first answered query < 5 s", f2(ms / 1000) + " s median of "
                    + cs.path("runs_ms").size() + " runs", ms < 5000, ms < 5000 ? "" : f1((ms - 5000) / 1000) + " s over");
        }
        o.append('\n');
    }

    private static void corpus(StringBuilder o, Map<String, JsonNode> r) {
        JsonNode c = r.get("corpus");
        if (c == null) {
            return;
        }
        o.append("## Corpus\n\n").append(c.path("description").asText()).append("\n\n");
    }

    private static void stages(StringBuilder o, Map<String, JsonNode> r) {
        JsonNode s = r.get("stages");
        if (s == null) {
            return;
        }
        o.append("## Model load and per-stage throughput (one thread)\n\n");
        o.append("Models: ").append(f0(s.path("model_load_nlp_ms").asDouble()))
                .append(" ms for the OpenNLP sentence, POS and name-finder models; ")
                .append(f0(s.path("model_load_resolve_extract_ms").asDouble()))
                .append(" ms for the resolver (gazetteers) and extractor (cues) and a first article.\n\n");
        o.append("Each stage over the same ").append(s.path("articles").asInt()).append(" articles (")
                .append(s.path("tokens").asLong()).append(" tokens, ").append(s.path("sentences").asLong())
                .append(" sentences, ").append(s.path("triples").asLong())
                .append(" triples), one thread, after a warm-up pass; the nlp sub-steps are timed apart with the same"
                        + " classes and models as `NlpPipeline.annotate`. Load average at start: ")
                .append(s.path("loadavg_start").asText()).append(".\n\n");
        o.append("| stage | seconds | tokens/s | share of the sum |\n| --- | ---: | ---: | ---: |\n");
        double sum = s.path("stages").path("sum: annotate+resolve+extract+rdf+store").path("seconds").asDouble();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("stages").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            double sec = e.getValue().path("seconds").asDouble();
            boolean part = !e.getKey().startsWith("read") && !e.getKey().startsWith("sum")
                    && !(e.getKey().startsWith("nlp:") && !e.getKey().contains("annotate"));
            o.append("| ").append(e.getKey()).append(" | ").append(f2(sec)).append(" | ")
                    .append(f0(e.getValue().path("tokens_per_s").asDouble())).append(" | ")
                    .append(part || e.getKey().startsWith("nlp:") ? pct(sec / sum) : "").append(" |\n");
        }
        o.append("\nStore write alone: ").append(f0(s.path("store_triples_per_s").asDouble()))
                .append(" triples/s (batches of " + org.newsgraph.pipeline.Ingest.BATCH + " articles as ingest writes them, one write transaction each).\n\n");
    }

    private static void ingest(StringBuilder o, Map<String, JsonNode> r) {
        List<JsonNode> ingests = ingests(r);
        if (ingests.isEmpty()) {
            return;
        }
        o.append("## End-to-end ingest\n\n");
        o.append("`Ingest` as `newsgraph ingest` runs it (files read, pipeline on N worker threads, one writer "
                + "writing batches in one transaction each) into a fresh on-disk TDB2 store, `-Xmx4g -XX:+UseParallelGC` (what the launcher gives `ingest`). "
                + "A run of fewer threads than the machine has cores is pinned to that many cores (`taskset`), writer "
                + "included, so that tokens/s per core is one core's work and the speed-up is the speed-up with cores. "
                + "Tokens are counted with the product's tokenizer before the clock starts; model load is not in the "
                + "rate. Peak heap in use is what the collector let the heap grow to. Heap after any GC is the largest "
                + "heap left after a collection, young ones included, which still holds garbage promoted since the last "
                + "full collection and so grows with the length of a run; live heap is the largest left after a full "
                + "collection (none in a run too short to need one).\n\n");
        o.append("| articles | threads | cores | seconds | articles/s | tokens/s | tokens/s per core | triples | triples/s "
                + "| peak heap in use (MB) | heap after any GC (MB) | live heap: after a full GC (MB) | store on disk (MB) "
                + "| load avg at start |\n");
        o.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (JsonNode n : ingests) {
            o.append("| ").append(n.path("articles").asInt()).append(" | ").append(n.path("threads").asInt())
                    .append(" | ").append(n.path("cores").asText("?"))
                    .append(" | ").append(f1(n.path("seconds").asDouble())).append(" | ")
                    .append(f1(n.path("articles_per_s").asDouble())).append(" | ")
                    .append(f0(n.path("tokens_per_s").asDouble())).append(" | ")
                    .append(f0(n.path("tokens_per_s_per_core").asDouble())).append(" | ")
                    .append(n.path("triples").asLong()).append(" | ")
                    .append(f0(n.path("triples_per_s").asDouble())).append(" | ")
                    .append(f0(n.path("peak_heap_used_mb").asDouble())).append(" | ")
                    .append(f0(n.path("peak_heap_after_gc_mb").asDouble())).append(" | ")
                    .append(n.has("peak_heap_after_full_gc_mb") ? f0(n.path("peak_heap_after_full_gc_mb").asDouble())
                            : "none").append(" | ")
                    .append(f0(n.path("store_disk_mb").asDouble())).append(" | ")
                    .append(n.path("loadavg_start").asText()).append(" |\n");
        }
        o.append('\n');
        List<String> extra = new ArrayList<>();
        for (JsonNode n : ingests) {
            if (n.path("skipped").asInt() > 0) {
                extra.add(n.path("articles_in").asInt() + " articles: " + n.path("skipped").asInt() + " skipped");
            }
        }
        if (!extra.isEmpty()) {
            o.append("Skipped: ").append(String.join("; ", extra)).append(".\n\n");
        }
        JsonNode cp = r.get("compact");
        if (cp != null) {
            o.append("TDB2 compaction (`DatabaseMgr.compact`, old generation deleted) of the largest store after the "
                    + "query step: ").append(f0(cp.path("store_disk_mb_before").asDouble())).append(" MB before, ")
                    .append(f0(cp.path("store_disk_mb_after").asDouble())).append(" MB after, in ")
                    .append(f1(cp.path("seconds").asDouble())).append(" s (load average at start ")
                    .append(cp.path("loadavg_start").asText()).append(").\n\n");
        }
        JsonNode j = r.get("ingest-jfr");
        if (j != null) {
            o.append("The profiled run (below) ingested ").append(j.path("articles").asInt()).append(" articles at ")
                    .append(j.path("threads").asInt()).append(" threads with JFR on: ")
                    .append(f0(j.path("tokens_per_s").asDouble())).append(" tokens/s (load average at start ")
                    .append(j.path("loadavg_start").asText()).append(").\n\n");
        }
    }

    private static void bulk(StringBuilder o, Map<String, JsonNode> r) {
        JsonNode nq = r.get("bulk-nquads");
        JsonNode direct = r.get("bulk-direct");
        List<JsonNode> loaders = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : r.entrySet()) {
            if (e.getKey().startsWith("tdbloader-")) {
                loaders.add(e.getValue());
            }
        }
        if (nq == null && direct == null && loaders.isEmpty()) {
            return;
        }
        o.append("## Bulk first load\n\n");
        o.append("The same articles three ways into an empty store: plain ingest (above); the pipeline writing N-Quads "
                + "(the `newsgraph dump` format, one named graph per article, as the Spark job writes them) then "
                + "`tdb2.tdbloader` or the product's `newsgraph load` on that file; and the "
                + "pipeline streaming straight into TDB2's bulk loader (`LoaderFactory`, no file). Rates are quads per "
                + "second of wall time; the tdb2.tdbloader rows exclude extraction (the file exists already). The "
                + "product's steps run with the launcher's options for batch commands (`-Xmx4g -XX:+UseParallelGC`), "
                + "tdb2.tdbloader with `-Xmx4g` and the JVM's default collector.\n\n");
        o.append("| path | articles | threads | seconds | quads | quads/s | extraction included | store on disk (MB) | load avg at start |\n");
        o.append("| --- | ---: | ---: | ---: | ---: | ---: | :---: | ---: | --- |\n");
        JsonNode biggestIngest = ingests(r).stream().max(Comparator.comparingInt((JsonNode n) -> n.path("articles")
                .asInt()).thenComparingInt(n -> n.path("threads").asInt())).orElse(null);
        int bulkArticles = nq != null ? nq.path("articles").asInt() : direct != null ? direct.path("articles").asInt() : 0;
        if (biggestIngest != null && biggestIngest.path("articles").asInt() == bulkArticles) {
            o.append("| plain ingest (`Ingest`) | ").append(bulkArticles).append(" | ")
                    .append(biggestIngest.path("threads").asInt()).append(" | ")
                    .append(f1(biggestIngest.path("seconds").asDouble())).append(" | ")
                    .append(biggestIngest.path("triples").asLong()).append(" | ")
                    .append(f0(biggestIngest.path("triples_per_s").asDouble())).append(" | yes | ")
                    .append(f0(biggestIngest.path("store_disk_mb").asDouble())).append(" | ")
                    .append(biggestIngest.path("loadavg_start").asText()).append(" |\n");
        }
        if (nq != null) {
            o.append("| pipeline -> N-Quads file (").append(f0(nq.path("file_mb").asDouble())).append(" MB) | ")
                    .append(nq.path("articles").asInt()).append(" | ").append(nq.path("threads").asInt()).append(" | ")
                    .append(f1(nq.path("seconds").asDouble())).append(" | ").append(nq.path("quads").asLong())
                    .append(" | ").append(f0(nq.path("quads_per_s").asDouble())).append(" | yes | | ")
                    .append(nq.path("loadavg_start").asText()).append(" |\n");
        }
        for (JsonNode l : loaders) {
            o.append("| tdb2.tdbloader --loader=").append(l.path("loader").asText()).append(" on that file | | | ")
                    .append(f1(l.path("seconds").asDouble())).append(" | ").append(l.path("quads").asLong())
                    .append(" | ").append(f0(l.path("quads_per_s").asDouble())).append(" | no | ")
                    .append(f0(l.path("store_disk_mb").asDouble())).append(" | ")
                    .append(l.path("loadavg_start").asText()).append(" |\n");
            if (nq != null) {
                double sec = nq.path("seconds").asDouble() + l.path("seconds").asDouble();
                o.append("| = pipeline -> N-Quads -> tdbloader (").append(l.path("loader").asText()).append("), sum | ")
                        .append(nq.path("articles").asInt()).append(" | ").append(nq.path("threads").asInt())
                        .append(" | ").append(f1(sec)).append(" | ").append(nq.path("quads").asLong()).append(" | ")
                        .append(f0(nq.path("quads").asDouble() / sec)).append(" | yes | | |\n");
            }
        }
        JsonNode load = r.get("newsgraph-load");
        if (load != null) {
            o.append("| `newsgraph load` (checks the file, then TDB2's parallel loader) on that file | | | ")
                    .append(f1(load.path("seconds").asDouble())).append(" | ").append(load.path("quads").asLong())
                    .append(" | ").append(f0(load.path("quads_per_s").asDouble())).append(" | no | ")
                    .append(f0(load.path("store_disk_mb").asDouble())).append(" | ")
                    .append(load.path("loadavg_start").asText()).append(" |\n");
        }
        if (direct != null) {
            o.append("| pipeline -> TDB2 bulk loader stream (").append(direct.path("loader").asText()).append(") | ")
                    .append(direct.path("articles").asInt()).append(" | ").append(direct.path("threads").asInt())
                    .append(" | ").append(f1(direct.path("seconds").asDouble())).append(" | ")
                    .append(direct.path("quads").asLong()).append(" | ")
                    .append(f0(direct.path("quads_per_s").asDouble())).append(" | yes | ")
                    .append(f0(direct.path("store_disk_mb").asDouble())).append(" | ")
                    .append(direct.path("loadavg_start").asText()).append(" |\n");
        }
        o.append('\n');
    }

    private static void queries(StringBuilder o, Map<String, JsonNode> r) {
        JsonNode q = r.get("queries");
        if (q == null) {
            return;
        }
        o.append("## SPARQL latency over HTTP\n\n");
        o.append("`newsgraph serve` (its own JVM, `-Xmx4g`) on the store of the largest ingest, queried over loopback "
                + "by N client threads (CSV results, whole answer read), each cell bounded to ")
                .append(q.path("requests_per_cell").asInt()).append(" requests and ")
                .append(q.path("seconds_per_cell").asInt())
                .append(" s; parameters (names, persons, date ranges) drawn from the store. Server ready after ")
                .append(f0(q.path("server_ready_ms").asDouble())).append(" ms. Load average at start: ")
                .append(q.path("loadavg_start").asText()).append(".\n\n");
        o.append("| query | what | rows (first request) | first run (ms) |\n| --- | --- | ---: | ---: |\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = q.path("queries").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            o.append("| ").append(e.getKey()).append(" | ").append(e.getValue().path("what").asText()).append(" | ")
                    .append(e.getValue().path("rows_first_request").asInt()).append(" | ")
                    .append(f0(e.getValue().path("first_run_ms").asDouble())).append(" |\n");
        }
        if (!q.path("articles_dated").asBoolean()) {
            o.append("\nThe articles carry no publication date (plain-text corpus), so the date-range query finds no "
                    + "rows; its latency is that of an empty answer.\n");
        }
        o.append("\n| query | clients | requests | errors | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | queries/s |\n");
        o.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (JsonNode c : q.path("cells")) {
            o.append("| ").append(c.path("query").asText()).append(" | ").append(c.path("clients").asInt())
                    .append(" | ").append(c.path("requests").asInt())
                    .append(c.path("stopped_by_deadline").asBoolean() ? " (deadline)" : "").append(" | ")
                    .append(c.path("errors").asInt()).append(" | ").append(f1(c.path("p50_ms").asDouble()))
                    .append(" | ").append(f1(c.path("p95_ms").asDouble())).append(" | ")
                    .append(f1(c.path("p99_ms").asDouble())).append(" | ").append(f1(c.path("max_ms").asDouble()))
                    .append(" | ").append(f1(c.path("throughput_per_s").asDouble())).append(" |\n");
        }
        o.append("\nThe queries (parameters of the first request):\n\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = q.path("queries").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            o.append("- ").append(e.getKey()).append(": `").append(e.getValue().path("example").asText()
                    .replace('\n', ' ').strip()).append("`\n");
        }
        o.append('\n');
    }

    private static void corenlp(StringBuilder o, Map<String, JsonNode> r) {
        List<JsonNode> runs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : r.entrySet()) {
            if (e.getKey().startsWith("corenlp-")) {
                runs.add(e.getValue());
            }
        }
        if (runs.isEmpty()) {
            return;
        }
        o.append("## Peer: Stanford CoreNLP on the same texts\n\n");
        o.append("The first N articles of the corpus through CoreNLP 4.5.10 (`tokenize,ssplit,pos,lemma,ner`: its ner "
                + "annotator requires lemmas), one shared pipeline, N threads, model load and a 20-article warm-up left "
                + "out. `fast` turns off fine-grained NER, SUTime and the numeric classifiers (the faster setting of "
                + "shared/ANCHORS.md); `default` keeps CoreNLP's defaults. Rates use the product's token count of the "
                + "same texts, so they compare directly with ours; CoreNLP's own count is given too. Our figure is the "
                + "end-to-end ingest of the same articles at the same thread count (NLP, resolve, extract, RDF and "
                + "store), where that run exists.\n\n");
        o.append("| pipeline | articles | threads | seconds | tokens/s per core | CoreNLP tokens | model load (s) | ours / it | load avg at start |\n");
        o.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        List<JsonNode> ingests = ingests(r);
        for (JsonNode c : runs) {
            JsonNode ours = find(ingests, c.path("articles").asInt(), c.path("threads").asInt());
            if (ours == null) {
                ours = ingests.stream().filter(n -> n.path("threads").asInt() == c.path("threads").asInt())
                        .min(Comparator.comparingInt(n -> n.path("articles").asInt())).orElse(null);
            }
            o.append("| CoreNLP ").append(c.path("mode").asText()).append(" | ").append(c.path("articles").asInt())
                    .append(" | ").append(c.path("threads").asInt()).append(" | ")
                    .append(f1(c.path("seconds").asDouble())).append(" | ")
                    .append(f0(c.path("tokens_per_s_per_core").asDouble())).append(" | ")
                    .append(c.path("corenlp_tokens").asLong()).append(" | ")
                    .append(f1(c.path("model_load_ms").asDouble() / 1000)).append(" | ")
                    .append(ours == null ? "" : "x" + f2(ours.path("tokens_per_s_per_core").asDouble()
                            / c.path("tokens_per_s_per_core").asDouble()))
                    .append(" | ").append(c.path("loadavg_start").asText()).append(" |\n");
        }
        o.append('\n');
    }

    private static void coldstart(StringBuilder o, Map<String, JsonNode> r) {
        JsonNode c = r.get("coldstart");
        if (c == null) {
            return;
        }
        o.append("## Demo cold start\n\n`java -Xmx4g -jar target/newsgraph.jar demo` (what `./newsgraph demo` runs "
                + "once the jar is built) on a fresh store: process start to the first answered SPARQL query (the "
                + "README's who-met-whom query), which includes JVM start, model load, ingesting the seeds and "
                + "starting Fuseki. Runs (ms): ");
        List<String> runs = new ArrayList<>();
        c.path("runs_ms").forEach(x -> runs.add(f0(x.asDouble())));
        o.append(String.join(", ", runs)).append("; median ").append(f0(c.path("median_ms").asDouble()))
                .append(" ms. Load average at start: ").append(c.path("loadavg_start").asText()).append(".\n\n");
    }

    private static void jfr(StringBuilder o, Map<String, JsonNode> r) {
        JsonNode j = r.get("jfr");
        if (j == null) {
            return;
        }
        o.append("## Profile of the end-to-end ingest (JFR)\n\n");
        o.append(j.path("samples").asInt()).append(" execution samples (`jdk.ExecutionSample`, Java code on CPU, "
                + "`settings=profile`) of the profiled ingest run above.\n\n");
        table(o, "By stage (the stage entry point nearest the top of the stack)", j.path("by_stage"));
        table(o, "By the product's method nearest the top of the stack (its own time plus the library code it calls)",
                j.path("by_own_method"));
        table(o, "By leaf method (self time)", j.path("by_leaf_method"));
        table(o, "By thread", j.path("by_thread"));
    }

    private static void table(StringBuilder o, String title, JsonNode rows) {
        o.append("**").append(title).append("**\n\n| | samples | share |\n| --- | ---: | ---: |\n");
        for (JsonNode x : rows) {
            o.append("| `").append(x.path("name").asText()).append("` | ").append(x.path("samples").asInt())
                    .append(" | ").append(pct(x.path("share").asDouble())).append(" |\n");
        }
        o.append('\n');
    }

    // ----------------------------------------------------------------------------------------------- helpers

    private static List<JsonNode> ingests(Map<String, JsonNode> r) {
        List<JsonNode> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : r.entrySet()) {
            if (e.getKey().matches("ingest-\\d+-\\d+")) {
                out.add(e.getValue());
            }
        }
        out.sort(Comparator.comparingInt((JsonNode n) -> n.path("articles_in").asInt())
                .thenComparingInt(n -> n.path("threads").asInt()));
        return out;
    }

    private static JsonNode find(List<JsonNode> ingests, int articles, int threads) {
        for (JsonNode n : ingests) {
            if (n.path("articles_in").asInt() == articles && n.path("threads").asInt() == threads) {
                return n;
            }
        }
        return null;
    }

    private static JsonNode bestLoader(Map<String, JsonNode> r) {
        JsonNode best = null;
        for (Map.Entry<String, JsonNode> e : r.entrySet()) {
            if (e.getKey().startsWith("tdbloader-") && (best == null
                    || e.getValue().path("quads_per_s").asDouble() > best.path("quads_per_s").asDouble())) {
                best = e.getValue();
            }
        }
        return best;
    }

    private static void row(StringBuilder o, String target, String measured, boolean met, String gap) {
        o.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**")
                .append(" | ").append(gap).append(" |\n");
    }

    static String now() {
        return ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String f0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    static String f1(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
}
