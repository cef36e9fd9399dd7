package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.store.KnowledgeStore;
import org.xml.sax.InputSource;

/**
 * The corpus of bad files under src/test/resources/bad-input, each ingested by the command line into a real
 * store that already holds one article: exactly which articles are stored (by identifier), exactly which
 * lines name the skipped inputs and why, the exit status, no stack trace, and the article already stored
 * left as it was.
 */
class BadInputIT {

    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final String KEEPER_TEXT = "Foreign Minister Pieter de Vries met President Ana Torres in Brussels"
            + " on Friday.\n";
    private static final String NOT_UTF8 = "not valid UTF-8 text (another encoding? convert it to UTF-8)";
    private static final String JSON_EOF = "malformed JSON: Unexpected end-of-input within/between Object entries";
    private static final String JSON_OPEN_STRING = "malformed JSON: Unexpected end-of-input: was expecting closing"
            + " quote for a string value";

    @TempDir
    Path tmp;

    private Path store() {
        return tmp.resolve("store");
    }

    /** A store holding one good article, "keeper", and its quads as they were. */
    private DatasetGraph storeWithKeeper() throws IOException {
        Path keeper = Files.writeString(tmp.resolve("keeper.txt"), KEEPER_TEXT);
        Cli.Result r = Cli.run("ingest", "--store", store().toString(), keeper.toString());
        assertEquals(0, r.exit(), r.err());
        return quads();
    }

    private DatasetGraph quads() {
        try (KnowledgeStore ks = KnowledgeStore.open(store())) {
            return Txn.calculateRead(ks.dataset(), () -> {
                DatasetGraph copy = DatasetGraphFactory.create();
                ks.dataset().asDatasetGraph().find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }

    private static List<String> articleIds(DatasetGraph dsg) {
        RowSet rows = QueryExec.dataset(dsg).query("""
                PREFIX nkg: <https://w3id.org/newsgraph/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?id WHERE { GRAPH ?g { ?g a nkg:Article ; dcterms:identifier ?id } } ORDER BY ?id""").select();
        List<String> ids = new ArrayList<>();
        rows.forEachRemaining(b -> ids.add(b.get("id").getLiteralLexicalForm()));
        return ids;
    }

    private static Node article(String id) {
        return org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/newsgraph/article/" + id);
    }

    private static List<String> skipLines(String err) {
        return err.lines().filter(l -> l.startsWith("newsgraph: skipped ")).toList();
    }

    private static void assertNoStackTrace(String err) {
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("Caused by"), err);
    }

    /** The graph of the article read first must be exactly as before, whatever came after it. */
    private static void assertKeeperUnchanged(DatasetGraph before, DatasetGraph after) {
        Node keeper = article("keeper");
        assertTrue(before.getGraph(keeper).isIsomorphicWith(after.getGraph(keeper)), "keeper's graph changed");
    }

    static Stream<Arguments> corpus() {
        String p = "newsgraph: skipped " + CORPUS + "/";
        return Stream.of(
            Arguments.of("empty.txt", List.of(), List.of(p + "empty.txt: empty: no text")),
            Arguments.of("whitespace-only.txt", List.of(), List.of(p + "whitespace-only.txt: empty: no text")),
            Arguments.of("pixel.png", List.of(),
                List.of(p + "pixel.png: not an article file (expected .txt, .json or .jsonl)")),
            Arguments.of("pixel-saved-as-text.txt", List.of(),
                List.of(p + "pixel-saved-as-text.txt: binary data, not text")),
            Arguments.of("archive-saved-as-text.txt", List.of(),
                List.of(p + "archive-saved-as-text.txt: binary data, not text")),
            Arguments.of("archive-saved-as-json.json", List.of(),
                List.of(p + "archive-saved-as-json.json: binary data, not text")),
            Arguments.of("invalid-utf8.txt", List.of(), List.of(p + "invalid-utf8.txt: " + NOT_UTF8)),
            Arguments.of("latin1.txt", List.of(), List.of(p + "latin1.txt: " + NOT_UTF8)),
            Arguments.of("utf16-bom.txt", List.of("utf16-bom"), List.of()),
            Arguments.of("malformed.json", List.of(), List.of(p + "malformed.json: " + JSON_EOF)),
            Arguments.of("no-text.json", List.of(),
                List.of(p + "no-text.json: no text: 'maintext' is missing or empty")),
            Arguments.of("feed-one-bad-line.jsonl", List.of("feed-good-1", "feed-good-2"),
                List.of(p + "feed-one-bad-line.jsonl:2: " + JSON_OPEN_STRING)),
            Arguments.of("controls-emoji-rtl.txt", List.of("controls-emoji-rtl"), List.of()),
            Arguments.of("one-sentence-100k.txt", List.of(), List.of(p + "one-sentence-100k.txt: a run of 100000"
                + " characters without . ! ? or a line break, over the limit of 10000 (--max-sentence-chars)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadFileIsStoredOrNamedWithItsReasonAndCostsNothingAlreadyStored(String file, List<String> stored,
                                                                            List<String> skipped) throws IOException {
        DatasetGraph before = storeWithKeeper();
        Cli.Result r = Cli.run("ingest", "--store", store().toString(), CORPUS.resolve(file).toString());

        assertEquals(skipped, skipLines(r.err()));
        assertEquals(skipped.isEmpty() ? 0 : IngestCommand.SKIPPED, r.exit(), r.err());
        assertNoStackTrace(r.err());
        DatasetGraph after = quads();
        List<String> ids = new ArrayList<>(stored);
        ids.add("keeper");
        assertEquals(ids.stream().sorted().toList(), articleIds(after));
        assertKeeperUnchanged(before, after);
        if (stored.isEmpty()) {
            assertTrue(before.stream().allMatch(after::contains) && after.stream().allMatch(before::contains),
                    "a rejected file changed the store");
        }
    }

    @Test
    void theWholeFolderStoresTheGoodArticlesAndNamesEveryBadFileOnce() throws IOException {
        DatasetGraph before = storeWithKeeper();
        Cli.Result r = Cli.run("ingest", "--store", store().toString(), CORPUS.toString());
        String p = "newsgraph: skipped " + CORPUS + "/";
        String q = CORPUS + "/";
        // in name order; pixel.png is no article file and a folder's other files are passed over in silence
        assertEquals(List.of(
            p + "archive-saved-as-json.json: binary data, not text",
            p + "archive-saved-as-text.txt: binary data, not text",
            p + "desk-b/report.txt: identifier 'report' was already read from " + q + "desk-a/report.txt"
                + " (identifiers are file base names or record ids: rename one)",
            p + "empty.txt: empty: no text",
            p + "feed-one-bad-line.jsonl:2: " + JSON_OPEN_STRING,
            p + "invalid-utf8.txt: " + NOT_UTF8,
            p + "latin1.txt: " + NOT_UTF8,
            p + "malformed.json: " + JSON_EOF,
            p + "no-text.json: no text: 'maintext' is missing or empty",
            p + "one-sentence-100k.txt: a run of 100000 characters without . ! ? or a line break, over the limit"
                + " of 10000 (--max-sentence-chars)",
            p + "pixel-saved-as-text.txt: binary data, not text",
            p + "whitespace-only.txt: empty: no text"), skipLines(r.err()));
        assertEquals(IngestCommand.SKIPPED, r.exit());
        assertNoStackTrace(r.err());
        assertTrue(r.err().contains("newsgraph: 16 articles stored, 0 unchanged, 12 skipped"), r.err());
        DatasetGraph after = quads();
        assertEquals(List.of("%41 percent", "../x", "<script>", "a>b", "awkward-ids-10", "awkward-ids-11",
                "back\\slash", "controls-emoji-rtl", "feed-good-1", "feed-good-2", "hash#tag", "keeper", "quote\"mark",
                "report", "two words", "utf16-bom", "\u00e9l\u00e8ve/../../etc"), articleIds(after));
        assertKeeperUnchanged(before, after);
    }

    @Test
    void twoFilesWithTheSameBaseNameKeepTheFirstInPathOrderAndNameTheSecond() throws IOException {
        storeWithKeeper();
        Path a = CORPUS.resolve("desk-a");
        Path b = CORPUS.resolve("desk-b");
        Cli.Result r = Cli.run("ingest", "--store", store().toString(), a.toString(), b.toString());

        assertEquals(List.of("newsgraph: skipped " + b.resolve("report.txt") + ": identifier 'report' was already read"
                + " from " + a.resolve("report.txt") + " (identifiers are file base names or record ids: rename one)"),
                skipLines(r.err()));
        assertEquals(IngestCommand.SKIPPED, r.exit());
        DatasetGraph after = quads();
        assertEquals(List.of("keeper", "report"), articleIds(after));
        assertEquals(Files.readString(a.resolve("report.txt")), text(after, "report"));
    }

    @Test
    void theSameArticleInTwoFoldersIsStoredOnceAndCountedUnchangedNotSkipped() throws IOException {
        storeWithKeeper();
        Path a = CORPUS.resolve("desk-a");
        Path copy = Files.createDirectories(tmp.resolve("copy"));
        Files.copy(a.resolve("report.txt"), copy.resolve("report.txt"));
        Cli.Result r = Cli.run("ingest", "--store", store().toString(), a.toString(), copy.toString());

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("newsgraph: 1 article stored, 1 unchanged, 0 skipped"), r.err());
        assertEquals(List.of("keeper", "report"), articleIds(quads()));
    }

    @Test
    void controlCharactersBecomeSpacesSoOffsetsHoldAndXmlResultsStayWellFormed() throws Exception {
        storeWithKeeper();
        Path file = CORPUS.resolve("controls-emoji-rtl.txt");
        assertEquals(0, Cli.run("ingest", "--store", store().toString(), file.toString()).exit());
        DatasetGraph after = quads();

        String original = Files.readString(file);
        String stored = text(after, "controls-emoji-rtl");
        assertEquals(original.replace('\u0007', ' ').replace('\u001b', ' ').replace('\u007f', ' '), stored);
        assertTrue(stored.contains("\uD83E\uDD1D") && stored.contains("\u05e9\u05dc\u05d5\u05dd")
                && stored.contains("\u202eright-to-left\u202c"), stored);
        // every literal of the article, as SPARQL XML results, parses as XML 1.0
        RowSet rows = QueryExec.dataset(after).query("SELECT ?o WHERE { GRAPH <" + article("controls-emoji-rtl")
                + "> { ?s ?p ?o } }").select();
        String xml = ResultSetFormatter.asXMLString(org.apache.jena.query.ResultSet.adapt(rows));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void aFiftyMegabyteFileIsRefusedByTheSizeLimitWithoutBeingRead() throws IOException {
        storeWithKeeper();
        Path big = tmp.resolve("fifty-megabytes.txt");
        writeRepeated(big, "Delegates met in the hall and talked about trade. ", 50L * 1024 * 1024);
        Cli.Result r = Cli.run("ingest", "--store", store().toString(), big.toString());

        assertEquals(List.of("newsgraph: skipped " + big + ": too large: 52428800 bytes, over the limit of 10485760"
                + " (--max-article-bytes)"), skipLines(r.err()));
        assertEquals(IngestCommand.SKIPPED, r.exit());
        assertEquals(List.of("keeper"), articleIds(quads()));
    }

    @Test
    void aFiftyMegabyteJsonLinesLineCostsOnlyThatLine() throws IOException {
        storeWithKeeper();
        Path feed = tmp.resolve("feed.jsonl");
        byte[] head = "{\"id\": \"huge\", \"maintext\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] chunk = "Delegates met in the hall. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        int chunks = 50 * 1024 * 1024 / chunk.length;
        try (OutputStream out = Files.newOutputStream(feed)) {
            out.write(head);
            for (int i = 0; i < chunks; i++) {
                out.write(chunk);
            }
            out.write("\"}\n{\"id\": \"after-the-huge-one\", \"maintext\": \"Foreign Minister Amina Wanjiru met President"
                    .getBytes(StandardCharsets.UTF_8));
            out.write(" Kofi Mensah in Accra on Monday.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        long firstLine = head.length + (long) chunks * chunk.length + 2; // 52,407,029: the closing quote and brace
        Cli.Result r = Cli.run("ingest", "--store", store().toString(), feed.toString());

        assertEquals(List.of("newsgraph: skipped " + feed + ":1: too large: " + firstLine + " bytes, over the limit of"
                + " 10485760 (--max-article-bytes)"), skipLines(r.err()));
        assertEquals(List.of("after-the-huge-one", "keeper"), articleIds(quads()));
    }

    @Test
    void aHundredThousandCharacterSentenceIsProcessedInBoundedTimeWhenTheLimitAllowsIt() throws IOException {
        storeWithKeeper();
        Path file = CORPUS.resolve("one-sentence-100k.txt");
        // the point is only that it ends: 10 to 20 s on 2 shared cores; the limit is generous
        Cli.Result r = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> Cli.run("ingest", "--max-sentence-chars",
                "100000", "--store", store().toString(), file.toString()));
        assertEquals(0, r.exit(), r.err());
        assertEquals(Files.readString(file), text(quads(), "one-sentence-100k"));
    }

    @Test
    void identifiersWithPathAndIriBreakingCharactersGiveValidIrisInTheDump() throws IOException {
        storeWithKeeper();
        Path named = Files.createDirectories(tmp.resolve("named"));
        List<String> fileIds = List.of("file with spaces", "file#fragment", "file>angle", "per%2Fcent",
                "{braces}|pipe^caret`tick");
        for (String id : fileIds) {
            Files.writeString(named.resolve(id + ".txt"), "President Kofi Mensah met Envoy Ana Torres in Accra.");
        }
        Cli.Result r = Cli.run("ingest", "--store", store().toString(), CORPUS.resolve("awkward-ids.jsonl").toString(),
                named.toString());
        assertEquals(0, r.exit(), r.err());

        Path dump = tmp.resolve("all.nq");
        assertEquals(0, Cli.run("dump", "--store", store().toString(), "--format", "nquads", "--output",
                dump.toString()).exit());
        DatasetGraph parsed = DatasetGraphFactory.create();
        // strict: a bad IRI is an error, not a warning
        RDFParser.source(dump).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(parsed);
        TreeSet<String> iris = new TreeSet<>();
        parsed.find().forEachRemaining(q -> Stream.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())
                .filter(Node::isURI).forEach(n -> iris.add(n.getURI())));
        for (String iri : iris) {
            IRIx parsedIri = IRIx.create(iri); // throws on an IRI that breaks RFC 3987
            assertTrue(parsedIri.isReference() && !parsedIri.hasViolations() && !iri.contains("/../") && !iri.contains(" "), iri);
        }
        List<String> want = new ArrayList<>(Arrays.asList("../x", "two words", "hash#tag", "a>b", "<script>",
                "quote\"mark", "back\\slash", "\u00e9l\u00e8ve/../../etc", "%41 percent", "awkward-ids-10",
                "awkward-ids-11", "keeper"));
        want.addAll(fileIds);
        assertEquals(want.stream().sorted().distinct().toList(), articleIds(parsed));
        assertEquals(17, want.stream().distinct().count());
        assertTrue(iris.contains("https://w3id.org/newsgraph/article/..%2Fx"), String.join("\n", iris));
        assertTrue(iris.contains("https://w3id.org/newsgraph/article/a%3Eb"));
        assertTrue(iris.contains("https://w3id.org/newsgraph/article/hash%23tag"));
        assertTrue(iris.contains("https://w3id.org/newsgraph/article/two%20words"));
    }

    private static String text(DatasetGraph dsg, String id) {
        Node g = article(id);
        return dsg.find(g, g, org.newsgraph.rdf.NKG.text.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    /** Writes {@code unit} again and again up to exactly {@code size} bytes, streaming. */
    private static void writeRepeated(Path file, String unit, long size) throws IOException {
        byte[] chunk = unit.repeat(20_000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            long left = size;
            while (left > 0) {
                int n = (int) Math.min(left, chunk.length);
                out.write(chunk, 0, n);
                left -= n;
            }
        }
    }
}
