package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.KnowledgeStore;

/** load: N-Quads files and folders into a new TDB2 store with the bulk loader, on a real store on disk. */
class LoadCommandIT {

    private static final String A = "<https://w3id.org/newsgraph/article/a>";
    private static final String B = "<https://w3id.org/newsgraph/article/b>";
    private static final String LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>";
    private static final String P = "<https://w3id.org/newsgraph/person/amina-wanjiru>";

    @TempDir
    Path tmp;

    private static void gzip(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Output shaped like the Spark job's: part files, a success marker, hidden checksums and a summary. */
    private Path sparkStyleOutput() throws IOException {
        Path out = tmp.resolve("out");
        gzip(out.resolve("graphs/part-r-00000.nq.gz"), P + " " + LABEL + " \"Amina Wanjiru\" " + A + " .\n"
                + A + " <http://purl.org/dc/terms/identifier> \"a\" " + A + " .\n");
        write(out.resolve("graphs/part-r-00001.nq"), P + " " + LABEL + " \"Amina Wanjiru\" " + B + " .\n");
        write(out.resolve("graphs/_SUCCESS"), "");
        write(out.resolve("graphs/.part-r-00000.nq.gz.crc"), "crc");
        write(out.resolve("summary.json"), "{}");
        return out;
    }

    private static List<String> quads(Path store) {
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            return Txn.calculateRead(ks.dataset(), () -> {
                List<String> all = new java.util.ArrayList<>();
                ks.dataset().asDatasetGraph().find().forEachRemaining(q -> all.add(str(q)));
                return all.stream().sorted().toList();
            });
        }
    }

    private static String str(Quad q) {
        return Arrays.stream(new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()})
                .map(n -> n.isURI() ? "<" + n.getURI() + ">" : n.toString()).reduce((a, b) -> a + " " + b).orElseThrow();
    }

    @Test
    void goodFilesLoadExactlyAndEachBadFileGetsOneLineAndCostsNothing() throws IOException {
        Path out = sparkStyleOutput();
        gzip(out.resolve("graphs/part-r-00002.nq.gz"), B + " <http://purl.org/dc/terms/identifier> \"b\" " + B + " .\n"
                + "this is not a quad\n");
        Path truncated = out.resolve("graphs/part-r-00003.nq.gz");
        byte[] whole = Files.readAllBytes(out.resolve("graphs/part-r-00000.nq.gz"));
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        Path notes = write2(tmp.resolve("notes.txt"), "not quads");
        Path store = tmp.resolve("store");

        Cli.Result r = Cli.run("load", "--store", store.toString(), out.toString(), notes.toString(),
                tmp.resolve("missing").toString());

        assertEquals(3, r.exit(), r.err());
        List<String> left = r.err().lines().filter(l -> l.startsWith("newsgraph: left out")).toList();
        assertEquals(List.of(
                "newsgraph: left out " + notes + ": not an N-Quads file (expected .nq or .nq.gz)",
                "newsgraph: left out " + tmp.resolve("missing") + ": no such file or folder",
                "newsgraph: left out " + out.resolve("graphs/part-r-00002.nq.gz")
                        + ": not valid N-Quads: [line: 2, col: 1 ] Expected BNode or IRI: Got: [KEYWORD:this]",
                "newsgraph: left out " + truncated + ": cannot read: Unexpected end of ZLIB input stream"), left, r.err());
        assertEquals(List.of(
                "newsgraph: checked " + out.resolve("graphs/part-r-00000.nq.gz") + " (2 quads)",
                "newsgraph: checked " + out.resolve("graphs/part-r-00001.nq") + " (1 quads)"),
                r.err().lines().filter(l -> l.startsWith("newsgraph: checked")).toList());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("newsgraph: 2 files loaded, 4 left out, 3 quads, in ")),
                r.err());
        assertEquals(List.of(
                A + " " + A + " <http://purl.org/dc/terms/identifier> \"a\"",
                A + " " + P + " " + LABEL + " \"Amina Wanjiru\"",
                B + " " + P + " " + LABEL + " \"Amina Wanjiru\""), quads(store));
    }

    private static Path write2(Path file, String text) throws IOException {
        write(file, text);
        return file;
    }

    @Test
    void aStoreThatHoldsDataIsRefusedAndLeftAsItWas() throws IOException {
        Path out = sparkStyleOutput();
        Path store = tmp.resolve("store");
        assertEquals(0, Cli.run("load", "--store", store.toString(), out.resolve("graphs/part-r-00001.nq").toString())
                .exit());

        Cli.Result r = Cli.run("load", "--store", store.toString(), out.toString());

        assertEquals(2, r.exit());
        assertEquals("newsgraph: store " + store + " is not empty: load builds a new store; load into a new folder,"
                + " or use ingest to add articles to this one\n", r.err());
        assertEquals(List.of(B + " " + P + " " + LABEL + " \"Amina Wanjiru\""), quads(store));
    }

    @Test
    void aBackupLoadsIntoAStoreIsomorphicToTheOriginal() {
        Path store = tmp.resolve("store");
        assertEquals(0, Cli.run("ingest", "--store", store.toString(), "seeds").exit());
        Path backup = tmp.resolve("seeds.nq.gz");
        assertEquals(0, Cli.run("backup", "--store", store.toString(), "--output", backup.toString()).exit());
        Path copy = tmp.resolve("copy");

        Cli.Result r = Cli.run("load", "--store", copy.toString(), "--loader", "phased", backup.toString());

        assertEquals(0, r.exit(), r.err());
        assertEquals(quads(store), quads(copy));
    }
}
