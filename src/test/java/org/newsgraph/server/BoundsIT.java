package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newsgraph.server.Http.enc;
import static org.newsgraph.server.Http.header;
import static org.newsgraph.server.Http.text;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounds of a real server over HTTP: answers cut at the result limit (and saying so), request bodies
 * refused past the size limit with 413 before they are read, and errors as one plain line, never a stack trace.
 */
class BoundsIT {

    private static final int MAX_RESULTS = 5;
    private static final int MAX_BODY = 2000;

    @TempDir
    static Path dir;
    private static Dataset store;
    private static NewsgraphServer server;
    private static String sparql;

    @BeforeAll
    static void start() {
        store = TestStore.create(dir); // 54 quads
        server = NewsgraphServer.create().dataset(store).port(0).maxResults(MAX_RESULTS).maxRequestBytes(MAX_BODY)
            .build().start();
        sparql = "http://127.0.0.1:" + server.port() + "/kg/sparql";
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
        TestStore.release(store);
    }

    private static HttpResponse<byte[]> query(String q, String accept) {
        return Http.get(sparql + "?query=" + enc(q), accept);
    }

    private static int csvRows(HttpResponse<byte[]> r) {
        return (int) text(r).lines().count() - 1;
    }

    /** A query of exactly {@code size} bytes: the pattern, padded with a comment. */
    private static String queryOfBytes(int size) {
        String q = "SELECT * WHERE { ?s ?p ?o } LIMIT 1\n#";
        return q + "x".repeat(size - q.length());
    }

    @Test
    void aSelectWithoutLimitAnswersMaxResultsRowsAndSaysItWasCut() {
        HttpResponse<byte[]> r = query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(MAX_RESULTS, csvRows(r));
        assertEquals("5", header(r, BoundedQuery.HEADER));
    }

    @Test
    void aLargerLimitIsLoweredToMaxResults() {
        HttpResponse<byte[]> r = query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1000", "text/csv");
        assertEquals(MAX_RESULTS, csvRows(r));
        assertEquals("5", header(r, BoundedQuery.HEADER));
    }

    @Test
    void aSmallerLimitIsKeptAndTheAnswerIsNotMarked() {
        HttpResponse<byte[]> r = query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 3", "text/csv");
        assertEquals(3, csvRows(r));
        assertEquals(null, header(r, BoundedQuery.HEADER));
    }

    @Test
    void aQueryPostedToTheDatasetUrlIsBoundedToo() {
        HttpResponse<byte[]> r = Http.send(Http.request(sparql.replace("/kg/sparql", "/kg"))
            .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
            .POST(BodyPublishers.ofString("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")).build());
        assertEquals(MAX_RESULTS, csvRows(r));
        assertEquals("5", header(r, BoundedQuery.HEADER));
    }

    @Test
    void aConstructIsBoundedBySolutions() {
        HttpResponse<byte[]> r = query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertEquals(MAX_RESULTS, text(r).lines().count());
    }

    @Test
    void anAggregateOverMoreRowsThanTheLimitCountsThemAll() {
        // the bound is on what is sent, not on what a query may look at
        HttpResponse<byte[]> r = query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv");
        assertEquals("n\r\n54\r\n", text(r));
    }

    @Test
    void aQueryBodyAtTheLimitIsAnswered() {
        HttpResponse<byte[]> r = Http.send(Http.request(sparql).header("Content-Type", "application/sparql-query")
            .header("Accept", "text/csv").POST(BodyPublishers.ofString(queryOfBytes(MAX_BODY))).build());
        assertEquals(200, r.statusCode(), text(r));
    }

    @Test
    void aQueryBodyOneByteOverTheLimitIsRefusedWith413() {
        HttpResponse<byte[]> r = Http.send(Http.request(sparql).header("Content-Type", "application/sparql-query")
            .POST(BodyPublishers.ofString(queryOfBytes(MAX_BODY + 1))).build());
        assertEquals(413, r.statusCode());
        assertEquals("Request body too large: 2001 bytes, over the limit of 2000 (--max-request-bytes)\n", text(r));
    }

    @Test
    void aChunkedQueryBodyOverTheLimitIsRefusedWith413() {
        byte[] body = queryOfBytes(MAX_BODY + 500).getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = Http.send(Http.request(sparql).header("Content-Type", "application/sparql-query")
            .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
        assertEquals(413, r.statusCode());
        assertEquals("Request body too large: more than 2000 bytes, over the limit of 2000 (--max-request-bytes)\n",
            text(r));
    }

    @Test
    void aChunkedQueryBodyWithinTheLimitIsAnswered() {
        byte[] body = queryOfBytes(MAX_BODY - 10).getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = Http.send(Http.request(sparql).header("Content-Type", "application/sparql-query")
            .header("Accept", "text/csv").POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build());
        assertEquals(200, r.statusCode(), text(r));
        assertEquals(1, csvRows(r));
    }

    @Test
    void aFormPostOverTheLimitIsRefusedWith413() {
        HttpResponse<byte[]> r = Http.send(Http.request(sparql).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString("query=" + enc(queryOfBytes(MAX_BODY)))).build());
        assertEquals(413, r.statusCode());
    }

    @Test
    void aChunkedFormPostIsAskedForItsLength() {
        byte[] body = ("query=" + enc("ASK {}")).getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = Http.send(Http.request(sparql).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
        assertEquals(411, r.statusCode());
        assertEquals("Send a form with a Content-Length, not in chunks\n", text(r));
    }

    @Test
    void aSyntaxErrorIsOneLineOfTextWithoutAStackTrace() {
        HttpResponse<byte[]> r = query("SELEKT * WHERE { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        String body = text(r);
        assertEquals("Parse error: Unknown word \"SELEKT\" at line 1, column 7\n", body);
        assertFalse(body.contains("\tat ") || body.contains("Exception") || body.contains("<html"), body);
    }

    @Test
    void aMissingPageIsPlainTextWithoutAStackTrace() {
        HttpResponse<byte[]> r = Http.get("http://127.0.0.1:" + server.port() + "/no/such/page");
        assertEquals(404, r.statusCode());
        assertFalse(text(r).contains("\tat ") || text(r).contains("Exception"), text(r));
    }
}
