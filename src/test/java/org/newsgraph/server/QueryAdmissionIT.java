package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.server.Http.enc;
import static org.newsgraph.server.Http.text;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 64 slow queries at once on a server that runs at most 4: the other 60 are answered 503 at once, and the
 * pages (and a query once the slow ones are gone) go on answering within a second while the 4 run.
 */
class QueryAdmissionIT {

    private static final int MAX_QUERIES = 4;
    private static final int SLOW_QUERIES = 64;
    /** Long enough that the 4 admitted are still running while the test looks; generous on a busy machine. */
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Duration FAST = Duration.ofSeconds(1);
    /** A cross product of eight patterns: days of counting, cut only by the timeout. */
    private static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l ."
        + " ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }";

    @TempDir
    static Path dir;
    private static Dataset store;
    private static NewsgraphServer server;
    private static String base;

    @BeforeAll
    static void start() {
        store = TestStore.create(dir);
        server = NewsgraphServer.create().dataset(store).port(0).queryTimeout(TIMEOUT).maxQueries(MAX_QUERIES)
            .build().start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
        TestStore.release(store);
    }

    @Test
    void sixtyFourSlowQueriesAtOnceRunFourAnswerTheRest503AtOnceAndThePagesKeepAnswering() throws Exception {
        String entityPage = base + "/entity?iri=" + enc(TestStore.NG + "person/mohammad-javad-zarif");
        Http.get(entityPage); // loads the page's templates, so that what is timed below is answering
        List<CompletableFuture<HttpResponse<byte[]>>> slow = sendSlowQueries(SLOW_QUERIES);
        try {
            for (HttpResponse<byte[]> r : waitForRefusals(slow, SLOW_QUERIES - MAX_QUERIES)) {
                assertEquals(503, r.statusCode());
                assertEquals("Server busy: 4 queries are running, the most it runs at once; try again shortly\n",
                    text(r));
                assertEquals("1", Http.header(r, "Retry-After"));
            }
            for (String page : List.of(base + "/", entityPage, base + "/search?q=Zarif")) {
                long start = System.nanoTime();
                HttpResponse<byte[]> r = Http.get(page);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertEquals(200, r.statusCode(), page);
                assertTrue(took.compareTo(FAST) < 0, page + " took " + took + " beside the slow queries");
            }
            assertEquals(MAX_QUERIES, slow.stream().filter(f -> !f.isDone()).count(), "still running");
        } finally {
            for (CompletableFuture<HttpResponse<byte[]>> f : slow)
                assertEquals(503, f.get(2, TimeUnit.MINUTES).statusCode());
        }
        HttpResponse<byte[]> after = Http.get(base + "/kg/sparql?query=" + enc("ASK { ?s ?p ?o }"), "text/plain");
        assertEquals("yes\n", text(after));
    }

    @Test
    void theEditorPageSaysTheServerIsBusyInItsOwnHtmlWhenNoQueryMayRun() throws Exception {
        List<CompletableFuture<HttpResponse<byte[]>>> slow = sendSlowQueries(2 * MAX_QUERIES);
        try {
            waitForRefusals(slow, MAX_QUERIES);
            HttpResponse<byte[]> page = Http.get(base + "/sparql?query=" + enc("ASK { ?s ?p ?o }"));

            assertEquals(503, page.statusCode());
            assertTrue(Http.header(page, "Content-Type").startsWith("text/html"), Http.header(page, "Content-Type"));
            assertTrue(text(page).contains("Server busy: 4 queries are running"), text(page));
        } finally {
            for (CompletableFuture<HttpResponse<byte[]>> f : slow)
                f.get(2, TimeUnit.MINUTES);
        }
    }

    /** {@code n} slow queries at once, each on a connection of its own (HTTP/1.1). */
    private static List<CompletableFuture<HttpResponse<byte[]>>> sendSlowQueries(int n) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<byte[]>>> slow = new ArrayList<>();
        for (int i = 0; i < n; i++)
            slow.add(client.sendAsync(Http.request(base + "/kg/sparql?query=" + enc(SLOW)).build(),
                HttpResponse.BodyHandlers.ofByteArray()));
        return slow;
    }

    /**
     * The first {@code n} answers, which are the refusals: the admitted queries run until the timeout. Once
     * they are in, the admitted queries are known to hold every place.
     */
    private static List<HttpResponse<byte[]>> waitForRefusals(List<CompletableFuture<HttpResponse<byte[]>>> slow, int n)
        throws InterruptedException {
        CountDownLatch answered = new CountDownLatch(n);
        slow.forEach(f -> f.whenComplete((r, e) -> answered.countDown()));
        assertTrue(answered.await(TIMEOUT.toMillis() / 2, TimeUnit.MILLISECONDS), "the refusals took their time");
        List<HttpResponse<byte[]>> done = slow.stream().filter(CompletableFuture::isDone).map(CompletableFuture::join)
            .toList();
        assertEquals(n, done.size());
        return done;
    }
}
