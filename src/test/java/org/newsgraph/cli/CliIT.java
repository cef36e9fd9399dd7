package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Shapes;
import org.newsgraph.server.RecordingListener;
import org.newsgraph.store.KnowledgeStore;

/** The command line end to end, on a real TDB2 store in a temporary folder. */
class CliIT {

    static final Path SEEDS = Path.of("seeds");
    static final String PAIRS_QUERY = """
            PREFIX nkg: <https://w3id.org/newsgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?a ?b WHERE {
              ?m a nkg:Meeting ; nkg:participant ?x, ?y ; nkg:evidence/nkg:text ?s .
              ?x rdfs:label ?a . ?y rdfs:label ?b FILTER(STR(?a) < STR(?b))
            } ORDER BY ?a ?b""";

    @TempDir
    Path tmp;

    private Path store() {
        return tmp.resolve("store");
    }

    private Cli.Result ingestSeeds() {
        Cli.Result r = Cli.run("ingest", "--store", store().toString(), SEEDS.toString());
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    private static List<String> csvRows(String csv) {
        List<String> rows = new ArrayList<>(Arrays.asList(csv.strip().split("\r?\n")));
        rows.remove(0);
        return rows;
    }

    @Test
    void aCsvAnswerReachesStandardOutputInOneWriteNotOneAValue() {
        ingestSeeds();
        int[] writes = new int[1];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream counting = new FilterOutputStream(bytes) {
            @Override
            public void write(byte[] b, int off, int len) {
                writes[0]++;
                bytes.write(b, off, len);
            }
        };
        PrintStream old = System.out;
        System.setOut(new PrintStream(counting, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, NewsgraphCommand.commandLine().execute("query", "--store", store().toString(),
                    "--format", "csv", PAIRS_QUERY));
        } finally {
            System.setOut(old);
        }
        assertEquals(5, csvRows(bytes.toString(StandardCharsets.UTF_8)).size());
        assertEquals(1, writes[0]); // Jena's CSV writer flushes after each of the 10 values
    }

    @Test
    void theSeedsGiveTheFiveMeetingsOfTheFoundingArticles() {
        ingestSeeds();
        Cli.Result q = Cli.run("query", "--store", store().toString(), "--format", "csv", PAIRS_QUERY);
        assertEquals(0, q.exit(), q.err());
        assertEquals(List.of("Abdolreza Rahmani Fazli,Mala Bakhtiar", "Ali Shamkhani,Karim Sinjari",
                "Emomali Rahmon,Mohammad Javad Zarif", "Mala Bakhtiar,Mohammad Javad Zarif",
                "Mohammad Javad Zarif,Raşit Meredow"), csvRows(q.out()));
    }

    @Test
    void statsCountsTheSeedArticlesMeetingsAndCalls() {
        ingestSeeds();
        Cli.Result s = Cli.run("stats", "--store", store().toString());
        assertEquals(0, s.exit(), s.err());
        assertTrue(s.out().contains("articles       2\n"), s.out());
        assertTrue(s.out().contains("meetings       5\n"), s.out());
        assertTrue(s.out().contains("calls          4\n"), s.out());
    }

    @Test
    void badFilesAreNamedSkippedAndCostNothingAlreadyStored() throws IOException {
        ingestSeeds();
        Path batch = Files.createDirectories(tmp.resolve("batch"));
        Files.writeString(batch.resolve("empty.txt"), "   \n");
        Files.writeString(batch.resolve("broken.json"), "{\"title\": ");
        Files.writeString(batch.resolve("fine.txt"), "Kenyan Foreign Minister Amina Wanjiru met Ghanaian President"
                + " Kofi Mensah in Accra on Monday.");
        Cli.Result r = Cli.run("ingest", "--store", store().toString(), batch.toString());
        assertEquals(IngestCommand.SKIPPED, r.exit());
        assertTrue(r.err().contains("newsgraph: skipped " + batch.resolve("empty.txt") + ": empty: no text\n"), r.err());
        assertTrue(r.err().contains("newsgraph: skipped " + batch.resolve("broken.json") + ": malformed JSON"), r.err());
        assertTrue(r.err().contains("1 article stored, 0 unchanged, 2 skipped"), r.err());
        assertTrue(Cli.run("stats", "--store", store().toString()).out().contains("articles       3\n"));
    }

    @Test
    void ingestingAnArticleAgainReplacesItsGraphInsteadOfAddingToIt() {
        ingestSeeds();
        String before = Cli.run("stats", "--store", store().toString()).out();
        Cli.Result again = Cli.run("ingest", "--force", "--store", store().toString(), SEEDS.toString());
        assertTrue(again.err().contains("2 articles stored, 0 unchanged"), again.err());
        assertEquals(before, Cli.run("stats", "--store", store().toString()).out());
    }

    @Test
    void anUnchangedArticleIsNotExtractedAgain() {
        ingestSeeds();
        Cli.Result again = ingestSeeds();
        assertTrue(again.err().contains("0 articles stored, 2 unchanged, 0 skipped"), again.err());
    }

    @Test
    void aChangedArticleReplacesItsOldGraph() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("edit"));
        Path a = dir.resolve("story.txt");
        Files.writeString(a, "Kenyan Foreign Minister Amina Wanjiru met Ghanaian President Kofi Mensah on Monday.");
        assertEquals(0, Cli.run("ingest", "--store", store().toString(), a.toString()).exit());
        Files.writeString(a, "Kenyan Foreign Minister Amina Wanjiru met Nigerian President Tunde Bakare on Monday.");
        assertEquals(0, Cli.run("ingest", "--store", store().toString(), a.toString()).exit());
        Cli.Result q = Cli.run("query", "--store", store().toString(), "--format", "csv", PAIRS_QUERY);
        assertEquals(List.of("Amina Wanjiru,Tunde Bakare"), csvRows(q.out()));
    }

    @Test
    void anNQuadsDumpParsesBackAndEveryArticleGraphConformsToTheShapes() throws IOException {
        ingestSeeds();
        Path dump = tmp.resolve("all.nq");
        Cli.Result d = Cli.run("dump", "--store", store().toString(), "--format", "nquads", "--output", dump.toString());
        assertEquals(0, d.exit(), d.err());
        Dataset ds = DatasetFactory.create();
        RDFParser.source(dump).lang(Lang.NQUADS).parse(ds);
        List<String> graphs = new ArrayList<>();
        ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> graphs.add(n.getURI()));
        // the seeds name no person two ways, so there is no identity-link graph
        assertEquals(List.of("https://w3id.org/newsgraph/article/seed-000", "https://w3id.org/newsgraph/article/seed-004"),
                graphs.stream().sorted().toList());
        for (String g : graphs) {
            Node name = org.apache.jena.graph.NodeFactory.createURI(g);
            assertEquals(List.of(), Shapes.violations(Shapes.validate(ds.asDatasetGraph().getGraph(name))), g);
        }
    }

    @Test
    void anIndependentParserReadsEveryQuadOfTheDump() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/rapper")),
                "rapper (Debian raptor2-utils, installed by .ci/run) is not here");
        ingestSeeds();
        Path dump = tmp.resolve("all.nq");
        assertEquals(0, Cli.run("dump", "--store", store().toString(), "--format", "nquads", "--output",
                dump.toString()).exit());
        Process p = new ProcessBuilder("/usr/bin/rapper", "-i", "nquads", "-c", dump.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        long lines = Files.readAllLines(dump).stream().filter(l -> !l.isBlank()).count();
        assertTrue(out.contains("Parsing returned " + lines + " triples"), out);
    }

    @Test
    void validateFindsNoViolationsInTheSeedStore() {
        ingestSeeds();
        Cli.Result v = Cli.run("validate", "--store", store().toString());
        assertEquals(0, v.exit(), v.out());
        assertEquals("newsgraph: store conforms to the shapes\n", v.err());
    }

    @Test
    void aBadQueryIsOneLineAndExitCodeTwo() {
        ingestSeeds();
        Cli.Result q = Cli.run("query", "--store", store().toString(), "SELEKT nothing");
        assertEquals(2, q.exit());
        assertTrue(q.err().startsWith("newsgraph: bad SPARQL: "), q.err());
        assertEquals(1, q.err().strip().split("\n").length, q.err());
    }

    @Test
    void aQueryWithServiceIsRefusedInOneLineAndNothingIsRequested() {
        KnowledgeStore.open(store()).close();
        try (RecordingListener listener = new RecordingListener()) {
            Cli.Result q = Cli.run("query", "--store", store().toString(),
                    "SELECT * WHERE { SERVICE <" + listener.url("/sparql") + "> { ?s ?p ?o } }");

            assertEquals(2, q.exit());
            assertEquals("newsgraph: SERVICE refused: queries here read only this store (--allow-service lets them"
                    + " call other endpoints)\n", q.err());
            assertEquals(List.of(), listener.hits());
        }
    }

    @Test
    void queryingAStoreThatDoesNotExistSaysHowToMakeOne() {
        Cli.Result q = Cli.run("query", "--store", tmp.resolve("none").toString(), "ASK {}");
        assertEquals(2, q.exit());
        assertEquals("newsgraph: no store at " + tmp.resolve("none") + " (create one with: newsgraph ingest --store "
                + tmp.resolve("none") + " FILES)\n", q.err());
    }

    @Test
    void anUnknownDumpFormatIsRefused() {
        ingestSeeds();
        Cli.Result d = Cli.run("dump", "--store", store().toString(), "--format", "rdfxml");
        assertEquals(2, d.exit());
        assertTrue(d.err().startsWith("newsgraph: Unknown dump format 'rdfxml'"), d.err());
    }
}
