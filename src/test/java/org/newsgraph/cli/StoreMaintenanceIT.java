package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, restore and compact on a real TDB2 store. */
class StoreMaintenanceIT {

    @TempDir
    Path tmp;

    private static Dataset dumpOf(Path store, Path tmp, String name) {
        Path file = tmp.resolve(name + ".nq");
        assertEquals(0, Cli.run("dump", "--store", store.toString(), "--format", "nquads", "--output",
                file.toString()).exit());
        Dataset ds = DatasetFactory.create();
        RDFParser.source(file).lang(Lang.NQUADS).parse(ds);
        return ds;
    }

    private static void assertIsomorphic(Dataset a, Dataset b) {
        List<Node> graphs = new ArrayList<>();
        a.asDatasetGraph().listGraphNodes().forEachRemaining(graphs::add);
        List<Node> others = new ArrayList<>();
        b.asDatasetGraph().listGraphNodes().forEachRemaining(others::add);
        assertEquals(graphs.stream().map(Node::getURI).sorted().toList(), others.stream().map(Node::getURI).sorted().toList());
        for (Node g : graphs) {
            assertTrue(a.asDatasetGraph().getGraph(g).isIsomorphicWith(b.asDatasetGraph().getGraph(g)), g.getURI());
        }
    }

    @Test
    void aBackupRestoresIntoAStoreIsomorphicToTheOriginal() {
        Path store = tmp.resolve("store");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), "seeds").exit());
        Path backup = tmp.resolve("seeds.nq.gz");
        Cli.Result b = Cli.run("backup", "--store", store.toString(), "--output", backup.toString());
        assertEquals(0, b.exit(), b.err());
        Path copy = tmp.resolve("copy");
        Cli.Result r = Cli.run("restore", "--store", copy.toString(), backup.toString());
        assertEquals(0, r.exit(), r.err());
        assertIsomorphic(dumpOf(store, tmp, "a"), dumpOf(copy, tmp, "b"));
    }

    @Test
    void restoreRefusesAStoreThatAlreadyHoldsData() {
        Path store = tmp.resolve("store");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), "seeds").exit());
        Path backup = tmp.resolve("seeds.nq.gz");
        assertEquals(0, Cli.run("backup", "--store", store.toString(), "--output", backup.toString()).exit());
        Cli.Result r = Cli.run("restore", "--store", store.toString(), backup.toString());
        assertEquals(2, r.exit());
        assertEquals("newsgraph: store " + store + " is not empty: restore into a new folder\n", r.err());
    }

    @Test
    void compactingKeepsTheDataAndLeavesOneGeneration() throws IOException {
        Path store = tmp.resolve("store");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), "seeds").exit());
        assertEquals(0, Cli.run("ingest", "--force", "--store", store.toString(), "seeds").exit());
        Dataset before = dumpOf(store, tmp, "before");
        Cli.Result c = Cli.run("compact", "--store", store.toString());
        assertEquals(0, c.exit(), c.err());
        assertIsomorphic(before, dumpOf(store, tmp, "after"));
        try (Stream<Path> dirs = Files.list(store)) {
            assertEquals(1, dirs.filter(d -> d.getFileName().toString().startsWith("Data-")).count());
        }
    }
}
