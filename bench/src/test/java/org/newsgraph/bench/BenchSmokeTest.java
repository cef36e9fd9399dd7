package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NKG;
import org.newsgraph.store.IdentityLinks;
import org.newsgraph.store.KnowledgeStore;

/**
 * Keeps the harness runnable: every step except CoreNLP (slow to load) and the cold start (needs the
 * shaded jar) on 20 generated articles, then the report. Checks what was produced, never how fast.
 */
class BenchSmokeTest {

    @TempDir
    Path tmp;

    @Test
    void harnessRunsEndToEndOnATinyCorpus() throws Exception {
        Path source = Path.of("../shared/corpora/gmb-kaggle-ner/train.txt");
        if (!Files.exists(source)) {
            source = tmp.resolve("train.txt");
            Files.writeString(source, String.join("\n", List.of(
                    "<START:person> Condoleezza Rice <END> met <START:person> Sergei Lavrov <END> in "
                            + "<START:location> Moscow <END> on Tuesday .",
                    "The <START:organization> United Nations <END> called for an end to the fighting .",
                    "Officials say talks will resume next week .", "",
                    "<START:location> Iran <END> 's President <START:person> Mahmoud Ahmadinejad <END> said Tehran "
                            + "will not give up its \" right \" to enrich uranium .",
                    "He spoke in <START:location> Tehran <END> after meeting <START:person> Kofi Annan <END> .")),
                    StandardCharsets.UTF_8);
        }
        Path corpus = tmp.resolve("corpus");
        Path work = tmp.resolve("work");
        Path results = work.resolve("results");
        CorpusGen.Summary s = CorpusGen.generate(source, List.of(Path.of("seeds")), corpus, 20, 7, false);
        assertEquals(20, s.articles());
        assertEquals(20, Util.corpusFiles(corpus, 0).size());
        String c = corpus.toString();

        save(results, "machine", Runner.machine(Path.of("."), true));
        save(results, "corpus", Runner.corpusInfo(corpus));
        save(results, "stages", run("stages", "--corpus", c, "--articles", "10", "--warm", "2", "--work",
                work.toString()));
        Path store = work.resolve("store-ingest-20-2");
        Map<String, Object> ingest = run("ingest", "--corpus", c, "--articles", "20", "--threads", "2", "--store",
                store.toString(), "--keep");
        assertEquals(20, ingest.get("articles"));
        assertEquals(articleQuads(store), ingest.get("triples"), "ingest reports the article quads it stored");
        save(results, "ingest-20-2", ingest);
        save(results, "ingest-20-1", run("ingest", "--corpus", c, "--articles", "20", "--threads", "1", "--store",
                work.resolve("store-ingest-20-1").toString()));

        Path nq = work.resolve("bulk.nq");
        Map<String, Object> bulk = run("bulk", "--corpus", c, "--articles", "20", "--threads", "2", "--mode",
                "nquads", "--target", nq.toString());
        assertEquals(ingest.get("triples"), bulk.get("quads"), "the N-Quads hold what ingest stored");
        save(results, "bulk-nquads", bulk);
        Map<String, Object> loaded = run("tdbloader", "--file", nq.toString(), "--store",
                work.resolve("store-tdbloader").toString(), "--loader", "phased");
        assertEquals(bulk.get("quads"), loaded.get("quads"));
        save(results, "tdbloader-phased", loaded);
        Map<String, Object> productLoad = run("newsgraph-load", "--file", nq.toString(), "--store",
                work.resolve("store-newsgraph-load").toString());
        assertEquals(bulk.get("quads"), productLoad.get("quads"), "newsgraph load stores every quad of the file");
        save(results, "newsgraph-load", productLoad);
        save(results, "bulk-direct", run("bulk", "--corpus", c, "--articles", "20", "--threads", "2", "--mode",
                "direct", "--target", work.resolve("store-direct").toString()));

        Map<String, Object> q = run("queries", "--store", store.toString(), "--clients", "1,2", "--requests", "4",
                "--seconds", "20", "--server-heap", "-Xmx512m");
        for (Object cell : (List<?>) q.get("cells")) {
            assertEquals(0, ((Map<?, ?>) cell).get("errors"), "query errors: " + cell);
        }
        save(results, "queries", q);

        Path rec = work.resolve("ingest.jfr");
        try (Recording r = new Recording(Configuration.getConfiguration("profile"))) {
            r.start();
            run("ingest", "--corpus", c, "--articles", "20", "--threads", "2", "--store",
                    work.resolve("store-jfr").toString());
            r.stop();
            r.dump(rec);
        }
        Map<String, Object> jfr = JfrSummary.run(rec, 10);
        save(results, "jfr", jfr);

        Path doc = work.resolve("performance.md");
        Files.writeString(doc, "old\n" + Report.NOTES_START + "\nkept by hand\n" + Report.NOTES_END + "\n");
        Report.write(results, doc);
        String md = Files.readString(doc);
        assertTrue(md.contains("`newsgraph load` (checks the file, then TDB2's parallel loader) on that file"), md);
        assertTrue(md.contains("| heap after any GC (MB) | live heap: after a full GC (MB) |"), md);
        for (String heading : List.of("## Targets of issue 7", "## Corpus", "## Model load and per-stage throughput",
                "## End-to-end ingest", "## Bulk first load", "## SPARQL latency over HTTP",
                "## Profile of the end-to-end ingest (JFR)", "kept by hand")) {
            assertTrue(md.contains(heading), "report lacks " + heading);
        }
    }

    /** Quads in the store's article graphs: all but the store-wide identity links. */
    private static long articleQuads(Path store) {
        Node links = IdentityLinks.graphName(NKG.DEFAULT_BASE);
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            return Txn.calculateRead(ks.dataset(), () -> Iter.count(Iter.filter(ks.dataset().asDatasetGraph().find(),
                    q -> !q.getGraph().equals(links))));
        }
    }

    private static Map<String, Object> run(String step, String... args) throws Exception {
        return Bench.step(step, new Args(args));
    }

    private static void save(Path results, String name, Map<String, Object> r) {
        Util.writeResult(results.resolve(name + ".json"), r);
    }
}
