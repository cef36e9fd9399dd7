package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.server.Http.enc;
import static org.newsgraph.server.Http.text;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query or an update reaches nothing but the store, on every route: SERVICE to a listener on this machine
 * (standing for any internal service) is refused with one line before it runs, and the listener records no
 * request; LOAD cannot read a local file or a URL even with updates allowed. A server started with
 * allowService does reach the listener, which shows that the listener would see a request that got through.
 */
class OnlyTheStoreIT {

    private static final String SERVICE_REFUSED = "SERVICE refused: queries here read only this store"
        + " (--allow-service lets them call other endpoints)\n";
    private static final String LOAD_REFUSED = "LOAD refused: an update may not read files or URLs; put the data"
        + " in INSERT DATA, or POST articles to /kg/ingest\n";

    @TempDir
    static Path dir;
    private static Dataset store;
    private static NewsgraphServer server;
    private static String base;
    private static RecordingListener listener;

    @BeforeAll
    static void start() throws Exception {
        store = TestStore.create(dir.resolve("store"));
        Path users = Files.writeString(dir.resolve("users"), "alice:s3cret\n");
        server = NewsgraphServer.create().dataset(store).port(0).updates(Credentials.fromFile(users)).build().start();
        base = "http://127.0.0.1:" + server.port();
        listener = new RecordingListener();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
        if (listener != null)
            listener.close();
        TestStore.release(store);
    }

    private static String serviceQuery() {
        return "SELECT * WHERE { SERVICE <" + listener.url("/sparql") + "> { ?s ?p ?o } }";
    }

    private static HttpResponse<byte[]> update(String update) {
        return Http.send(Http.request(base + "/kg/update").header("Content-Type", "application/sparql-update")
            .header("Authorization", Http.basic("alice", "s3cret")).POST(BodyPublishers.ofString(update)).build());
    }

    @Test
    void serviceOnTheEndpointIsRefusedWith400AndOneLineAndNeverLeavesTheServer() {
        HttpResponse<byte[]> r = Http.get(base + "/kg/sparql?query=" + enc(serviceQuery()), "text/csv");

        assertEquals(400, r.statusCode());
        assertEquals(SERVICE_REFUSED, text(r));
        assertEquals(List.of(), listener.hits());
    }

    @Test
    void serviceSentAsAFormToTheDatasetUrlIsRefusedToo() {
        HttpResponse<byte[]> r = Http.send(Http.request(base + "/kg")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString("query=" + enc(serviceQuery()))).build());

        assertEquals(400, r.statusCode());
        assertEquals(SERVICE_REFUSED, text(r));
        assertEquals(List.of(), listener.hits());
    }

    @Test
    void nestedServiceCallsBackToThisServerAreRefusedBeforeAnyIsMade() {
        String self = base + "/kg/sparql";
        String nested = "SELECT * WHERE { SERVICE <" + self + "> { SERVICE <" + self + "> { SERVICE <"
            + listener.url("/deep") + "> { ?s ?p ?o } } } }";
        HttpResponse<byte[]> r = Http.get(base + "/kg/sparql?query=" + enc(nested), "text/csv");

        assertEquals(400, r.statusCode());
        assertEquals(SERVICE_REFUSED, text(r));
        assertEquals(List.of(), listener.hits());
    }

    @Test
    void serviceInsideFilterExistsIsRefused() {
        String q = "ASK { ?s ?p ?o FILTER EXISTS { SERVICE <" + listener.url("/exists") + "> { ?s ?p ?o } } }";
        HttpResponse<byte[]> r = Http.get(base + "/kg/sparql?query=" + enc(q), "text/plain");

        assertEquals(400, r.statusCode());
        assertEquals(SERVICE_REFUSED, text(r));
        assertEquals(List.of(), listener.hits());
    }

    @Test
    void serviceOnTheEditorPageIsShownAsRefusedAndNeverLeavesTheServer() {
        HttpResponse<byte[]> r = Http.get(base + "/sparql?query=" + enc(serviceQuery()), "text/html");

        assertEquals(200, r.statusCode()); // the page worked; it says what happened to the query
        String html = text(r);
        assertTrue(html.contains("The query was refused"), html);
        assertTrue(html.contains("SERVICE refused: queries here read only this store"), html);
        assertFalse(html.contains("internal secret"), html);
        assertEquals(List.of(), listener.hits());
    }

    @Test
    void loadOfALocalFileIsRefusedWithUpdatesAllowedAndTheFileStaysUnread() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.ttl"), "<urn:x:s> <urn:x:p> \"the secret\" .\n");
        HttpResponse<byte[]> r = update("LOAD <" + secret.toUri() + "> INTO GRAPH <urn:x:g>");

        assertEquals(400, r.statusCode());
        assertEquals(LOAD_REFUSED, text(r));
        HttpResponse<byte[]> ask = Http.get(base + "/kg/sparql?query=" + enc("ASK { GRAPH ?g { ?s ?p \"the secret\" } }"),
            "text/plain");
        assertEquals("no\n", text(ask));
    }

    @Test
    void loadOfAUrlIsRefusedWithUpdatesAllowedAndNothingIsFetched() {
        HttpResponse<byte[]> r = update("LOAD SILENT <" + listener.url("/data.ttl") + ">");

        assertEquals(400, r.statusCode());
        assertEquals(LOAD_REFUSED, text(r));
        assertEquals(List.of(), listener.hits());
    }

    @Test
    void anUpdateWhoseWhereCallsAServiceIsRefusedAndNothingIsWritten() {
        HttpResponse<byte[]> r = update("INSERT { GRAPH <urn:x:g> { ?s ?p ?o } } WHERE { SERVICE <"
            + listener.url("/sparql") + "> { ?s ?p ?o } }");

        assertEquals(400, r.statusCode());
        assertEquals(SERVICE_REFUSED, text(r));
        assertEquals(List.of(), listener.hits());
    }

    @Test
    void anOrdinaryUpdateStillRuns() {
        assertEquals(204, update("INSERT DATA { GRAPH <urn:x:h> { <urn:x:s> <urn:x:p> \"kept\" } }").statusCode());
    }

    @Test
    void withServiceAllowedAHangingRemoteIsGivenUpAtTheQueryTimeout() {
        CountDownLatch release = new CountDownLatch(1);
        NewsgraphServer open = NewsgraphServer.create().dataset(store).port(0).allowService(true)
            .queryTimeout(Duration.ofSeconds(1)).build().start();
        try (RecordingListener hanging = new RecordingListener(release)) {
            String q = "SELECT * WHERE { SERVICE <" + hanging.url("/sparql") + "> { ?s ?p ?o } }";
            long start = System.nanoTime();
            HttpResponse<byte[]> r = Http.get("http://127.0.0.1:" + open.port() + "/kg/sparql?query=" + enc(q),
                "text/csv");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertTrue(r.statusCode() >= 500, r.statusCode() + " " + text(r));
            assertFalse(text(r).contains("internal secret"), text(r));
            assertTrue(took.compareTo(Duration.ofSeconds(1 + 10)) < 0, "took " + took);
            assertEquals(List.of("GET /sparql"), hanging.hits());
        } finally {
            release.countDown();
            open.stop();
        }
    }

    @Test
    void aServerThatAllowsServiceDoesReachTheListener() {
        NewsgraphServer open = NewsgraphServer.create().dataset(store).port(0).allowService(true).build().start();
        try (RecordingListener other = new RecordingListener()) {
            String q = "SELECT * WHERE { SERVICE SILENT <" + other.url("/sparql") + "> { ?s ?p ?o } }";
            HttpResponse<byte[]> r = Http.get("http://127.0.0.1:" + open.port() + "/kg/sparql?query=" + enc(q),
                "text/csv");

            assertEquals(200, r.statusCode());
            assertEquals(List.of("GET /sparql"), other.hits());
        } finally {
            open.stop();
        }
    }
}
