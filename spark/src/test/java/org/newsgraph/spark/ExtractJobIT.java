package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.ArticleReader;
import org.newsgraph.document.Rejected;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.pipeline.Ingest;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.rdf.NKG;
import org.newsgraph.store.BulkLoad;
import org.newsgraph.store.IdentityLinks;
import org.newsgraph.store.KnowledgeStore;

/**
 * The Spark job in local mode against single-machine ingest of the same files: after load, the store holds the
 * same named graphs, each isomorphic to ingest's, and the identity graph is the same.
 */
class ExtractJobIT {

    static final int GENERATED = 300;
    static final Path REPO = Path.of(System.getProperty("newsgraph.repo", "..")).toAbsolutePath().normalize();

    static JavaSparkContext sc;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("ExtractJobIT")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stopSpark() {
        sc.close();
    }

    /** Generated articles, feeds in both JSON forms, a duplicate identifier, and four kinds of bad input. */
    private List<String> inputs() throws IOException {
        GeneratedCorpus.write(tmp.resolve("gen"), GENERATED, 9);
        write("gen/a/dup.txt", "Tomas Berglund met with Keiko Tanabe in Geneva on Monday.\n");
        write("gen/b/dup.txt", "Keiko Tanabe met with Priya Raman in Vienna on Friday.\n");
        StringBuilder feed = new StringBuilder();
        java.util.Random r = new java.util.Random(4);
        for (int i = 0; i < 20; i++) {
            String id = i % 2 == 0 ? "\"id\": \"wire-" + i + "\", " : "";
            feed.append("{").append(id).append("\"title\": \"Talks\", \"maintext\": ")
                    .append(json(GeneratedCorpus.article(r, false))).append(", \"date_publish\": \"2024-03-")
                    .append(String.format("%02d", i + 1)).append(" 08:00:00\", \"language\": \"en\"}\n");
        }
        write("feeds/day.jsonl", feed.toString());
        write("feeds/dated.json", "{\"title\": \"Ministers Meet in Lima\", \"maintext\": "
                + json(GeneratedCorpus.article(r, false)) + ", \"date_publish\": \"2024-05-02 10:00:00\","
                + " \"source_domain\": \"example.org\", \"url\": \"https://example.org/lima\"}");
        Files.write(Files.createDirectories(tmp.resolve("bad")).resolve("binary.txt"), new byte[] {1, 0, 2, 0, 3});
        write("bad/empty.txt", "");
        write("bad/french.json", "{\"maintext\": \"Les ministres se sont rencontrés.\", \"language\": \"fr\"}");
        write("bad/mixed.jsonl", "{\"id\": \"ok-line\", \"maintext\": "
                + json(GeneratedCorpus.article(r, false)) + "}\n{\"maintext\": \n");
        write("bad/notes.md", "not an article: passed over in a folder");
        return List.of(REPO.resolve("seeds").toString(), tmp.resolve("gen").toString(),
                tmp.resolve("feeds").toString(), tmp.resolve("bad").toString());
    }

    private void write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static String json(String s) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(s).toString();
    }

    /** Single-machine ingest of the same inputs, with what it skipped. */
    private static IngestReport ingest(List<String> inputs, KnowledgeStore store) {
        return new Ingest(new ArticlePipeline(NKG.DEFAULT_BASE),
                new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES), 2).run(inputs, store, r -> { });
    }

    private RunSummary extract(List<String> inputs, Path out) {
        return ExtractJob.run(sc, new ExtractJob.Options(inputs, out.toString(), 0, NKG.DEFAULT_BASE,
                ArticleReader.DEFAULT_MAX_ARTICLE_BYTES));
    }

    /** Skips as "file: reason" with Hadoop's "file:" scheme taken off, so both readers' reports compare. */
    /** The job names files by Hadoop URI ("file:/tmp/..."), ingest by path: compared without the scheme. */
    private static List<String> skips(List<Rejected> rejected) {
        return rejected.stream().map(r -> (r.origin() + ": " + r.reason()).replace("file:/", "/")).sorted().toList();
    }

    private static KnowledgeStore load(Path out, Path store) {
        KnowledgeStore ks = KnowledgeStore.open(store);
        BulkLoad.Report r = BulkLoad.run(ks, List.of(out), BulkLoad.Loader.PARALLEL, Quiet.LISTENER);
        assertEquals(List.of(), r.bad());
        return ks;
    }

    @Test
    void theJobsOutputLoadsIntoTheStoreThatSingleMachineIngestBuilds() throws IOException {
        List<String> inputs = inputs();
        Path out = tmp.resolve("out");

        RunSummary s = extract(inputs, out);

        try (KnowledgeStore ingested = KnowledgeStore.inMemory(); KnowledgeStore loaded = load(out, tmp.resolve("store"))) {
            IngestReport r = ingest(inputs, ingested);
            // both keep the first copy of dup.txt and skip the second, naming the first
            assertEquals(2 + GENERATED + 2 + 20 + 1, r.articles());
            assertEquals(r.articles(), s.articles());
            assertEquals(1, s.superseded());
            assertEquals(skips(r.skipped()), skips(s.skipped()));
            assertEquals(List.of(tmp + "/bad/binary.txt: binary data, not text", tmp + "/bad/empty.txt: empty: no text",
                    tmp + "/bad/french.json: language 'fr' is not English",
                    tmp + "/gen/b/dup.txt: identifier 'dup' was already read from " + tmp + "/gen/a/dup.txt"
                            + " (identifiers are file base names or record ids: rename one)"),
                    skips(s.skipped()).stream().filter(l -> !l.contains("mixed.jsonl")).toList());
            assertTrue(skips(s.skipped()).get(3).startsWith(tmp + "/bad/mixed.jsonl:2: malformed JSON: "),
                    skips(s.skipped()).get(3));
            assertEquals(5, s.skipped().size());
            assertEquals(allQuads(ingested) - identitySize(ingested), s.quads());

            SameGraphs.assertSame(ingested, loaded);
            assertEquals(s.articles() + 1, SameGraphs.graphNames(loaded).size()); // and the identity graph
            assertEquals(identitySize(ingested), s.identityLinks());
            // the surname-only follow-ups of the generated corpus that the resolver types as persons
            assertEquals(List.of("alvarez = mateo-alvarez", "mateo-alvarez = alvarez", "quintero = rafael-quintero",
                    "rafael-quintero = quintero"), links(loaded));
        }
        assertEquals(expectedParts(s.partitions()), partFiles(out.resolve("graphs")));
        assertEquals(List.of("_SUCCESS", "part-r-00000.nq.gz"), partFiles(out.resolve("identity")));
        String json = Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"articles\" : " + s.articles() + ","), json);
    }

    private static long allQuads(KnowledgeStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            long[] n = {0};
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    /** The identity graph as "short = full" lines of person slugs. */
    private static List<String> links(KnowledgeStore store) {
        String persons = NKG.DEFAULT_BASE + "person/";
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                .getGraph(IdentityLinks.graphName(NKG.DEFAULT_BASE)).find().mapWith(t -> {
                    assertEquals(OWL.sameAs.asNode(), t.getPredicate());
                    return t.getSubject().getURI().replace(persons, "") + " = " + t.getObject().getURI().replace(persons, "");
                }).toList().stream().sorted().toList());
    }

    private static long identitySize(KnowledgeStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                .getGraph(IdentityLinks.graphName(NKG.DEFAULT_BASE)).size());
    }

    private static List<String> expectedParts(int partitions) {
        List<String> names = new ArrayList<>(List.of("_SUCCESS"));
        for (int i = 0; i < partitions; i++) {
            names.add(String.format("part-r-%05d.nq.gz", i));
        }
        return names;
    }

    private static List<String> partFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void theDevArticlesComeOutAsIngestStoresThem() throws IOException {
        Path dev = REPO.resolve("../shared/eval/dev").normalize();
        assumeTrue(Files.isDirectory(dev), "no ../shared/eval/dev beside the repository");
        List<String> inputs;
        try (Stream<Path> files = Files.list(dev)) {
            inputs = files.filter(f -> f.toString().endsWith(".txt")).map(Path::toString).sorted().toList();
        }
        Path out = tmp.resolve("out");

        RunSummary s = extract(inputs, out);

        try (KnowledgeStore ingested = KnowledgeStore.inMemory(); KnowledgeStore loaded = load(out, tmp.resolve("store"))) {
            IngestReport r = ingest(inputs, ingested);
            assertEquals(20, inputs.size());
            assertEquals(20, r.articles());
            assertEquals(20, s.articles());
            assertEquals(List.of(), s.skipped());
            assertEquals(r.triples(), s.quads());
            SameGraphs.assertSame(ingested, loaded);
            assertEquals(identitySize(ingested), s.identityLinks());
        }
    }

    @Test
    void anOutputFolderThatExistsIsRefusedBeforeAnythingIsRead() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        JobError e = org.junit.jupiter.api.Assertions.assertThrows(JobError.class,
                () -> extract(List.of(REPO.resolve("seeds").toString()), out));
        assertEquals("output " + out + " already exists: give the job a new folder", e.getMessage());
    }
}
