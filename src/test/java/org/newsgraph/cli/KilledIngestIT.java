package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.Ingest;
import org.newsgraph.pipeline.Ingests;
import org.newsgraph.store.KnowledgeStore;

/**
 * An ingest killed with SIGKILL part-way leaves a store that opens, in which every article graph is whole
 * (isomorphic to a clean ingest of that article), and the same ingest run again completes the rest.
 */
class KilledIngestIT {

    private static final String[] PEOPLE = {"Amina Wanjiru", "Kofi Mensah", "Lars Eriksen", "Elena Rojas",
        "Pieter de Vries", "Marc Dupont", "Hiroshi Tanaka", "Ravi Kumar", "Carlos Ortega", "Ana Torres"};
    private static final String[] CITIES = {"Accra", "Nairobi", "Oslo", "Santiago", "Brussels", "Tokyo"};

    @TempDir
    Path tmp;

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

    private Process ingestProcess(Path store, Path corpus) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.newsgraph.cli.NewsgraphCommand", "ingest", "--threads", "1", "--store", store.toString(),
                corpus.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    }

    private static List<Node> articleGraphs(KnowledgeStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Node> out = new ArrayList<>();
            store.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().contains("/article/")) {
                    out.add(g);
                }
            });
            return out;
        });
    }

    @Test
    void aKilledIngestLeavesOnlyWholeArticlesAndARerunFinishes() throws Exception {
        int n = 2 * Ingest.BATCH; // a first batch stored, the second one extracting when killed
        List<Path> files = corpus(n);
        Path store = tmp.resolve("store");
        Process child = ingestProcess(store, tmp.resolve("corpus"));
        // once it reports a first batch stored, kill it without warning while it extracts and writes the next
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && !Files.readString(tmp.resolve("child.log")).contains("articles stored (")) {
            Thread.sleep(50);
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        try (KnowledgeStore killed = KnowledgeStore.open(store); KnowledgeStore clean = KnowledgeStore.inMemory()) {
            List<Node> graphs = articleGraphs(killed);
            assertTrue(graphs.size() > 0 && graphs.size() < n, "the kill came too early or too late: " + graphs.size());
            Ingests.strictly(files.stream().map(Path::toString).toList(), clean);
            for (Node g : graphs) {
                Graph got = Txn.calculateRead(killed.dataset(), () -> killed.dataset().asDatasetGraph().getGraph(g)
                        .find().toList().stream().collect(org.apache.jena.graph.GraphMemFactory::createDefaultGraph,
                                Graph::add, (x, y) -> y.find().forEach(x::add)));
                Graph want = Txn.calculateRead(clean.dataset(), () -> {
                    Graph copy = org.apache.jena.graph.GraphMemFactory.createDefaultGraph();
                    clean.dataset().asDatasetGraph().getGraph(g).find().forEach(copy::add);
                    return copy;
                });
                assertTrue(got.isIsomorphicWith(want), "incomplete article graph " + g);
            }
        }
        Process rerun = ingestProcess(store, tmp.resolve("corpus"));
        assertTrue(rerun.waitFor(240, TimeUnit.SECONDS), "rerun did not finish");
        assertEquals(0, rerun.exitValue(), Files.readString(tmp.resolve("child.log")));
        try (KnowledgeStore done = KnowledgeStore.open(store)) {
            assertEquals(n, articleGraphs(done).size());
        }
    }
}
