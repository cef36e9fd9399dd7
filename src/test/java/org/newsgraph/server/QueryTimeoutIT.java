package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.server.Http.enc;
import static org.newsgraph.server.Http.text;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every query is bounded in time: a runaway one is stopped with an error status, not left to run. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QueryTimeoutIT {

    /**
     * Counting a cross product of eight patterns over the ~55 triples of the test store: about 10^14 rows,
     * which would run for days. Being an aggregate, it has no first row to send before the count is done,
     * so the timeout strikes before the response starts and becomes the status.
     */
    private static final String RUNAWAY = """
        SELECT (COUNT(*) AS ?n) WHERE {
          ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x
        }
        """;

    /** The server's limit on every query. */
    private static final Duration LIMIT = Duration.ofSeconds(1);

    /**
     * A runaway cut at its limit answers well before this; one left to run would take days (or hit the client's
     * 60 s wait). Generous, so that a machine busy with other work cannot fail the test: it proves the cut, not
     * its precision.
     */
    private static final Duration CUT_BEFORE = Duration.ofSeconds(30);

    /** Backtracks 34 levels deep over 40 characters: hours of one core without a timeout that reaches into it. */
    private static final String CATASTROPHIC_REGEX = "SELECT * WHERE { FILTER(REGEX(\"" + "a".repeat(40) + "!\","
        + " \"^(.*a){34}$\")) }";

    @TempDir
    static Path dir;
    private static Dataset store;
    private static NewsgraphServer server;
    private static String sparql;

    @BeforeAll
    static void start() {
        store = TestStore.create(dir);
        server = NewsgraphServer.create().dataset(store).port(0).queryTimeout(LIMIT).build().start();
        sparql = "http://127.0.0.1:" + server.port() + "/kg/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
        TestStore.release(store);
    }

    @Test
    void a_runaway_query_is_cut_off_after_one_second_with_503() {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = Http.get(sparql + "?query=" + enc(RUNAWAY), "application/sparql-results+json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(503, r.statusCode());
        assertEquals("Query timed out\n", text(r));
        assertTrue(took.compareTo(LIMIT) >= 0, "stopped before the timeout: " + took);
        assertTrue(took.compareTo(CUT_BEFORE) < 0, "took " + took);
    }

    @Test
    void the_timeout_parameter_cannot_lengthen_the_servers_limit() {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = Http.get(sparql + "?timeout=600&query=" + enc(RUNAWAY), "application/sparql-results+json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(503, r.statusCode());
        assertTrue(took.compareTo(CUT_BEFORE) < 0, "took " + took);
    }

    @Test
    void a_catastrophic_regex_is_cut_within_two_seconds_of_the_timeout_and_the_server_answers_beside_it()
        throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> regex = CompletableFuture.supplyAsync(
            () -> Http.get(sparql + "?query=" + enc(CATASTROPHIC_REGEX), "text/csv"));

        HttpResponse<byte[]> simple = Http.get(sparql + "?query=" + enc("ASK { ?s ?p ?o }"), "text/plain");
        boolean answeredDuringIt = !regex.isDone();
        HttpResponse<byte[]> r = regex.get(60, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals("yes\n", text(simple));
        assertTrue(answeredDuringIt, "the simple query was answered only after the regex");
        assertEquals(503, r.statusCode());
        assertEquals("Query timed out\n", text(r));
        // the bound: the timeout and 2 s more (the simple query beside it took its share of the cores)
        assertTrue(took.compareTo(LIMIT.plusSeconds(2)) < 0, "took " + took);
    }

    @Test
    void a_group_concat_over_a_cross_product_is_stopped_with_one_line_before_it_fills_the_heap() {
        // about 55^4 = 9 million values of 30 characters: 270 million characters, over the 16 million allowed
        // (on a server whose timeout leaves it the time to get there: about 5 s on 2 busy cores)
        String q = "SELECT (GROUP_CONCAT(STR(?a)) AS ?all) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        NewsgraphServer patient = NewsgraphServer.create().dataset(store).port(0).queryTimeout(Duration.ofMinutes(5))
            .build().start();
        HttpResponse<byte[]> r;
        try {
            r = Http.get("http://127.0.0.1:" + patient.port() + "/kg/sparql?query=" + enc(q), "text/csv");
        } finally {
            patient.stop();
        }

        assertEquals(503, r.statusCode());
        assertEquals("Query too large: GROUP_CONCAT over 16,000,000 characters\n", text(r));
    }

    @Test
    void after_a_runaway_query_the_server_still_answers() {
        Http.get(sparql + "?query=" + enc(RUNAWAY), "application/sparql-results+json");

        HttpResponse<byte[]> r = Http.get(sparql + "?query=" + enc("ASK { ?s ?p ?o }"), "text/plain");
        assertEquals(200, r.statusCode());
        assertEquals("yes\n", text(r));
    }
}
