package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.server.Http.enc;
import static org.newsgraph.server.Http.text;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Article;
import org.newsgraph.document.ArticleReader;
import org.newsgraph.document.Rejected;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.pipeline.FolderWatch;
import org.newsgraph.pipeline.Ingest;
import org.newsgraph.pipeline.Ingests;
import org.newsgraph.rdf.NKG;
import org.newsgraph.store.KnowledgeStore;

/**
 * Serving while ingesting: a folder watch writes articles into the store a server is answering from, and
 * clients querying all the while over HTTP get no error and never see part of an article. Every article graph
 * a query sees has exactly the triples of a clean ingest of that article, and its text.
 */
class IngestWhileServingIT {

    private static final String[] PEOPLE = {"Amina Wanjiru", "Kofi Mensah", "Lars Eriksen", "Elena Rojas",
        "Pieter de Vries", "Marc Dupont", "Hiroshi Tanaka", "Ravi Kumar", "Carlos Ortega", "Ana Torres"};
    private static final String[] CITIES = {"Accra", "Nairobi", "Oslo", "Santiago", "Brussels", "Tokyo"};
    private static final String ARTICLES = "https://w3id.org/newsgraph/article/";
    private static final int N = 48;

    /** Files written before the writer waits for a query to see them: N / GROUP stores of part of the articles. */
    private static final int GROUP = 12;

    /**
     * The watch's poll interval, and the pause between a file's two halves: a half is read only if it holds
     * still for a whole interval, so the writer would have to stall for 450 ms between two writes; with the wait
     * removed, a poll falls between the halves of some file in nearly every run.
     */
    private static final Duration INTERVAL = Duration.ofMillis(500);
    private static final Duration HALF_GAP = Duration.ofMillis(50);

    /** How long a stage may take on a busy machine before the test gives up: a condition, never a pause. */
    private static final Duration DEADLINE = Duration.ofSeconds(180);

    /** Triples and a text flag per article graph, in one query: one snapshot of the store. */
    private static final String PER_GRAPH = """
        PREFIX nkg: <https://w3id.org/newsgraph/ontology#>
        SELECT ?g (COUNT(*) AS ?n) (SUM(IF(?p = nkg:text && ?s = ?g, 1, 0)) AS ?texts)
        WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "%s")) } GROUP BY ?g
        """.formatted(ARTICLES);

    @TempDir
    Path tmp;

    private static String story(int i) {
        String a = PEOPLE[i % PEOPLE.length];
        String b = PEOPLE[(i * 3 + 1) % PEOPLE.length];
        return ("Foreign Minister %s met President %s in %s on Monday. The two sides called for closer cooperation"
            + " on trade. %s said the talks in %s were useful, and story %d ends here.\n")
            .formatted(a, b, CITIES[i % CITIES.length], a, CITIES[(i + 1) % CITIES.length], i);
    }

    /** What a clean ingest of each article gives: its graph's size. */
    private Map<String, Long> cleanSizes() throws IOException {
        Path clean = Files.createDirectories(tmp.resolve("clean"));
        List<String> files = new ArrayList<>();
        for (int i = 0; i < N; i++)
            files.add(Files.writeString(clean.resolve("story-%03d.txt".formatted(i)), story(i)).toString());
        try (KnowledgeStore mem = KnowledgeStore.inMemory()) {
            Ingests.strictly(files, mem);
            return Txn.calculateRead(mem.dataset(), () -> {
                Map<String, Long> sizes = new HashMap<>();
                mem.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                    if (g.getURI().startsWith(ARTICLES))
                        sizes.put(g.getURI(), mem.dataset().asDatasetGraph().getGraph(g).size() + 0L);
                });
                return sizes;
            });
        }
    }

    /** Waits until some query has seen exactly {@code count} article graphs. */
    private static void awaitSeen(Set<Integer> graphCountsSeen, int count, List<String> problems)
            throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!graphCountsSeen.contains(count)) {
            assertTrue(System.nanoTime() < deadline, "no query saw " + count + " articles: saw " + graphCountsSeen
                + ", problems " + problems);
            Thread.sleep(20);
        }
    }

    @Test
    void queriesDuringAWatchedIngestSeeOnlyWholeArticlesAndNoError() throws Exception {
        Map<String, Long> want = cleanSizes();
        assertEquals(N, want.size());

        Path watched = Files.createDirectories(tmp.resolve("inbox"));
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("store"))) {
            NewsgraphServer server = NewsgraphServer.create().dataset(store.dataset()).port(0).build().start();
            String sparql = "http://127.0.0.1:" + server.port() + "/kg/sparql?query=" + enc(PER_GRAPH);
            Ingest ingest = new Ingest(new ArticlePipeline(NKG.DEFAULT_BASE), new ArticleReader(1 << 20), 1);
            FolderWatch watch = new FolderWatch(watched, ingest, store, INTERVAL, new Ingest.Listener() {
                @Override
                public void stored(Article a) {
                    log.add("stored " + a.id());
                }

                @Override
                public void unchanged(Article a) {
                    log.add("unchanged " + a.id());
                }

                @Override
                public void skipped(Rejected r) {
                    log.add("skipped " + r);
                }
            });

            AtomicBoolean done = new AtomicBoolean();
            List<String> problems = Collections.synchronizedList(new ArrayList<>());
            Set<Integer> graphCountsSeen = ConcurrentHashMap.newKeySet();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                Thread t = new Thread(() -> {
                    while (!done.get()) {
                        HttpResponse<byte[]> r;
                        try {
                            r = Http.get(sparql, "text/csv");
                        } catch (RuntimeException e) { // a refused or dropped connection is an error too
                            problems.add(e.toString());
                            return;
                        }
                        if (r.statusCode() != 200) {
                            problems.add("HTTP " + r.statusCode() + ": " + text(r));
                            continue;
                        }
                        List<String> rows = text(r).lines().skip(1).toList();
                        graphCountsSeen.add(rows.size());
                        for (String row : rows) {
                            String[] f = row.split(",");
                            if (Long.parseLong(f[1]) != want.get(f[0]) || !f[2].equals("1"))
                                problems.add(f[0] + " seen with " + f[1] + " triples and " + f[2] + " texts, whole it has "
                                    + want.get(f[0]));
                        }
                    }
                }, "query-client-" + c);
                t.start();
                clients.add(t);
            }

            // the writer: a group of files at a time, each file written in two halves HALF_GAP apart, much shorter
            // than the interval, so a watch that read half-written files would store half an article; after each
            // group it waits until a query has seen the store with exactly the articles written so far, so the
            // queries overlap the ingest however fast or slow the machine is
            for (int i = 0; i < N; i++) {
                byte[] bytes = story(i).getBytes(StandardCharsets.UTF_8);
                try (OutputStream out = Files.newOutputStream(watched.resolve("story-%03d.txt".formatted(i)))) {
                    out.write(bytes, 0, bytes.length / 2);
                    out.flush();
                    Thread.sleep(HALF_GAP.toMillis());
                    out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
                }
                if ((i + 1) % GROUP == 0)
                    awaitSeen(graphCountsSeen, i + 1, problems);
            }
            done.set(true);
            for (Thread t : clients)
                t.join(DEADLINE.toMillis());
            watch.close();
            server.stop();

            assertEquals(List.of(), problems);
            TreeSet<String> stored = new TreeSet<>();
            for (int i = 0; i < N; i++)
                stored.add("stored story-%03d".formatted(i));
            assertEquals(List.copyOf(stored), log.stream().sorted().toList());
        }
    }
}
