package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.pipeline.Ingest;
import org.newsgraph.pipeline.Ingests;
import org.newsgraph.rdf.NKG;
import org.newsgraph.store.KnowledgeStore;

/**
 * An ingest that dies without warning right after its first write transaction commits leaves a store that opens
 * and holds exactly that batch, every article graph whole (isomorphic to a clean ingest of that article), and
 * nothing of the next batch; the same ingest run again stores exactly the rest. The child dies at a point the
 * ingest itself chooses (the test-only switch {@code newsgraph.test.haltAfterBatches}, a {@code Runtime.halt}
 * with no shutdown hook, as SIGKILL), not at a moment guessed from its output, so the outcome does not depend on
 * how fast the machine is.
 */
class KilledIngestIT {

    private static final String[] PEOPLE = {"Amina Wanjiru", "Kofi Mensah", "Lars Eriksen", "Elena Rojas",
        "Pieter de Vries", "Marc Dupont", "Hiroshi Tanaka", "Ravi Kumar", "Carlos Ortega", "Ana Torres"};
    private static final String[] CITIES = {"Accra", "Nairobi", "Oslo", "Santiago", "Brussels", "Tokyo"};

    /** The second write transaction only has to exist to be missing: a small one keeps the test short. */
    private static final int SECOND_BATCH = 100;

    private static final String HALT_AFTER_FIRST_BATCH = "-Dnewsgraph.test.haltAfterBatches=1";

    /** Generous: the whole test took under 3 minutes on 2 cores shared with other builds (load average 17). */
    private static final long CHILD_DEADLINE_SECONDS = 600;

    @TempDir
    Path tmp;

    /** Files story-0000.txt, story-0001.txt, …: read (and so batched) in that order. */
    private List<Path> corpus(int n) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String a = PEOPLE[i % PEOPLE.length];
            String b = PEOPLE[(i * 3 + 1) % PEOPLE.length];
            String text = ("Foreign Minister %s met President %s in %s on Monday. The two sides called for closer"
                    + " cooperation on trade. %s said the talks in %s were useful, and story %d ends here.")
                    .formatted(a, b, CITIES[i % CITIES.length], a, CITIES[(i + 1) % CITIES.length], i);
            Path f = dir.resolve("story-%04d.txt".formatted(i));
            Files.writeString(f, text);
            files.add(f);
        }
        return files;
    }

    /** Runs {@code ingest} of the corpus in a child JVM to its end (or its halt); its output goes to {@code log}. */
    private Process ingest(Path store, Path log, String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.NewsgraphCommand",
                "ingest", "--threads", "1", "--store", store.toString(), tmp.resolve("corpus").toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(CHILD_DEADLINE_SECONDS, TimeUnit.SECONDS), "the ingest did not end: " + log);
        return p;
    }

    private static Set<String> articleGraphs(KnowledgeStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            store.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().contains("/article/")) {
                    out.add(g.getURI());
                }
            });
            return out;
        });
    }

    /** The graph names the files' articles get: an article's IRI names its graph. */
    private static Set<String> graphsOf(List<Path> files) {
        ArticlePipeline pipeline = new ArticlePipeline(NKG.DEFAULT_BASE);
        Set<String> out = new TreeSet<>();
        for (Path f : files) {
            out.add(pipeline.articleNode(f.getFileName().toString().replace(".txt", "")).getURI());
        }
        return out;
    }

    private static Graph copy(KnowledgeStore store, String name) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph out = GraphMemFactory.createDefaultGraph();
            Node g = NodeFactory.createURI(name);
            store.dataset().asDatasetGraph().getGraph(g).find().forEach(out::add);
            return out;
        });
    }

    /** Every article graph of {@code store} is isomorphic to that article's graph in {@code clean}. */
    private static void assertWhole(KnowledgeStore store, KnowledgeStore clean) {
        for (String g : articleGraphs(store)) {
            assertTrue(copy(store, g).isIsomorphicWith(copy(clean, g)), "incomplete article graph " + g);
        }
    }

    @Test
    void anIngestKilledRightAfterItsFirstBatchCommitsLeavesThatBatchWholeAndNothingMoreAndARerunStoresTheRest()
            throws Exception {
        List<Path> files = corpus(Ingest.BATCH + SECOND_BATCH);
        Path store = tmp.resolve("store");
        Path haltedLog = tmp.resolve("halted.log");
        Process halted = ingest(store, haltedLog, HALT_AFTER_FIRST_BATCH);
        assertEquals(Ingest.HALTED_FOR_TEST, halted.exitValue(), "not halted by the switch: "
                + Files.readString(haltedLog));

        try (KnowledgeStore clean = KnowledgeStore.inMemory()) {
            Ingests.strictly(files.stream().map(Path::toString).toList(), clean);
            try (KnowledgeStore killed = KnowledgeStore.open(store)) {
                assertEquals(graphsOf(files.subList(0, Ingest.BATCH)), articleGraphs(killed),
                        "the store holds the first batch and nothing of the second");
                assertWhole(killed, clean);
            }
            Path rerunLog = tmp.resolve("rerun.log");
            Process rerun = ingest(store, rerunLog);
            String out = Files.readString(rerunLog);
            assertEquals(0, rerun.exitValue(), out);
            assertTrue(out.contains("newsgraph: %d articles stored, %d unchanged, 0 skipped, "
                    .formatted(SECOND_BATCH, Ingest.BATCH)), out);
            try (KnowledgeStore done = KnowledgeStore.open(store)) {
                assertEquals(graphsOf(files), articleGraphs(done));
                assertWhole(done, clean);
            }
        }
    }
}
