package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.server.Http.enc;
import static org.newsgraph.server.Http.header;
import static org.newsgraph.server.Http.text;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.ArticleReader;
import org.newsgraph.document.Rejected;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.pipeline.Ingest;
import org.newsgraph.rdf.NKG;
import org.newsgraph.store.KnowledgeStore;

/**
 * A writable server over real HTTP on a real TDB2 store: SPARQL Update and article ingest answer only users of
 * the credentials file, by HTTP Basic authentication; queries stay open to all; the Graph Store stays read-only.
 */
class UpdatesOverHttpIT {

    private static final String INSERT = "INSERT DATA { GRAPH <urn:example:g> { <urn:example:s> <urn:example:p> \"%s\" } }";
    private static final String ARTICLE = "Foreign Minister Amina Wanjiru met President Kofi Mensah in Accra on Monday.";

    @TempDir
    static Path dir;
    private static KnowledgeStore store;
    private static NewsgraphServer server;
    private static String base;
    private static final List<String> log = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        store = KnowledgeStore.open(dir.resolve("store"));
        Path users = Files.writeString(dir.resolve("users"), "# who may write\nalice:s3cret:with-colon\n\nbob:other\n");
        Ingest ingest = new Ingest(new ArticlePipeline(NKG.DEFAULT_BASE), new ArticleReader(10_000), 1);
        server = NewsgraphServer.create().dataset(store.dataset()).port(0).updates(Credentials.fromFile(users))
            .ingest(ingest, store, new Ingest.Listener() {
                @Override
                public synchronized void stored(org.newsgraph.document.Article a) {
                    log.add("stored " + a.id());
                }

                @Override
                public synchronized void skipped(Rejected r) {
                    log.add("skipped " + r);
                }
            }).build().start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
        if (store != null)
            store.close();
    }

    private static HttpResponse<byte[]> post(String path, String contentType, String body, String authorization) {
        HttpRequest.Builder b = Http.request(base + path).header("Content-Type", contentType)
            .POST(BodyPublishers.ofString(body));
        if (authorization != null)
            b.header("Authorization", authorization);
        return Http.send(b.build());
    }

    private static boolean holds(String value) {
        String ask = "ASK { GRAPH <urn:example:g> { <urn:example:s> <urn:example:p> \"" + value + "\" } }";
        HttpResponse<byte[]> r = Http.get(base + "/kg/sparql?query=" + enc(ask), "text/plain");
        assertEquals(200, r.statusCode());
        return text(r).equals("yes\n");
    }

    @Test
    void anUpdateWithoutCredentialsIsRefusedWith401AndABasicChallengeAndChangesNothing() {
        HttpResponse<byte[]> r = post("/kg/update", "application/sparql-update", INSERT.formatted("anonymous"), null);
        assertEquals(401, r.statusCode());
        assertEquals("Basic realm=\"newsgraph\"", header(r, "WWW-Authenticate"));
        assertEquals(false, holds("anonymous"));
    }

    @Test
    void anUpdateWithAWrongPasswordOrAnUnknownUserIsRefusedWith401() {
        assertEquals(401, post("/kg/update", "application/sparql-update", INSERT.formatted("wrong"),
            Http.basic("alice", "s3cret")).statusCode()); // the password is everything after the first colon
        assertEquals(401, post("/kg/update", "application/sparql-update", INSERT.formatted("wrong"),
            Http.basic("mallory", "s3cret:with-colon")).statusCode());
        assertEquals(false, holds("wrong"));
    }

    @Test
    void anUpdateWithTheRightCredentialsIsAppliedWith204AndVisibleToTheNextQuery() {
        HttpResponse<byte[]> r = post("/kg/update", "application/sparql-update", INSERT.formatted("by alice"),
            Http.basic("alice", "s3cret:with-colon"));
        assertEquals(204, r.statusCode(), text(r));
        assertEquals(true, holds("by alice"));
        // Fuseki answers an HTML form's update with a page, so 200 there
        assertEquals(200, post("/kg/update", "application/x-www-form-urlencoded", "update="
            + enc(INSERT.formatted("by bob")), Http.basic("bob", "other")).statusCode());
        assertEquals(true, holds("by bob"));
    }

    @Test
    void anArticlePostedWithCredentialsIsExtractedStoredAndQueryable() {
        assertEquals(401, post("/kg/ingest?id=posted", "text/plain", ARTICLE, null).statusCode());

        HttpResponse<byte[]> r = post("/kg/ingest?id=posted", "text/plain; charset=utf-8", ARTICLE,
            Http.basic("bob", "other"));
        assertEquals(200, r.statusCode(), text(r));
        String stored = text(r);
        assertEquals(true, stored.startsWith("stored posted ("), stored);
        String pairs = "PREFIX nkg: <https://w3id.org/newsgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
            + " SELECT ?a ?b WHERE { GRAPH <https://w3id.org/newsgraph/article/posted> { ?m a nkg:Meeting ;"
            + " nkg:participant ?x, ?y . ?x rdfs:label ?a . ?y rdfs:label ?b FILTER(STR(?a) < STR(?b)) } }";
        assertEquals("a,b\r\nAmina Wanjiru,Kofi Mensah\r\n",
            text(Http.get(base + "/kg/sparql?query=" + enc(pairs), "text/csv")));

        HttpResponse<byte[]> again = post("/kg/ingest?id=posted", "text/plain", ARTICLE, Http.basic("bob", "other"));
        assertEquals("unchanged posted\n", text(again));
    }

    @Test
    void aNewsPleaseRecordPostedAsJsonKeepsItsOwnIdentifier() {
        HttpResponse<byte[]> r = post("/kg/ingest", "application/json", "{\"id\": \"json-1\", \"title\": \"Envoys Meet\","
            + " \"maintext\": \"" + ARTICLE + "\"}", Http.basic("alice", "s3cret:with-colon"));
        assertEquals(200, r.statusCode(), text(r));
        assertEquals(true, text(r).startsWith("stored json-1 ("), text(r));
    }

    @Test
    void aBadArticleIsAnswered400WithTheReaderReasonAndNoStackTrace() {
        HttpResponse<byte[]> empty = post("/kg/ingest?id=blank", "text/plain", "   \n", Http.basic("bob", "other"));
        assertEquals(400, empty.statusCode());
        assertEquals("Skipped: empty: no text\n", text(empty));
        HttpResponse<byte[]> noId = post("/kg/ingest", "text/plain", ARTICLE, Http.basic("bob", "other"));
        assertEquals(400, noId.statusCode());
        assertEquals("Name the article: POST /kg/ingest?id=IDENTIFIER\n", text(noId));
        HttpResponse<byte[]> html = post("/kg/ingest?id=x", "text/html", "<p>hi</p>", Http.basic("bob", "other"));
        assertEquals(415, html.statusCode());
        assertEquals("Send the article as text/plain or application/json, not text/html\n", text(html));
    }

    @Test
    void queriesNeedNoCredentialsWhileUpdatesAreAllowed() {
        HttpResponse<byte[]> r = Http.get(base + "/kg/sparql?query=" + enc("ASK {}"), "text/plain");
        assertEquals(200, r.statusCode());
        assertEquals("yes\n", text(r));
    }

    @Test
    void theGraphStoreStaysReadOnlyEvenForAuthenticatedUsers() {
        HttpResponse<byte[]> r = Http.send(Http.request(base + "/kg?graph=" + enc("urn:example:g"))
            .header("Content-Type", "text/turtle").header("Authorization", Http.basic("bob", "other"))
            .PUT(BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")).build());
        assertEquals(405, r.statusCode());
    }

    @Test
    void aBrowserWriteFromAnotherSiteIsRefusedWith403EvenWithCredentials() {
        HttpResponse<byte[]> r = Http.send(Http.request(base + "/kg/update").header("Content-Type",
            "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
            .header("Authorization", Http.basic("bob", "other"))
            .POST(BodyPublishers.ofString("update=" + enc(INSERT.formatted("cross-site")))).build());
        assertEquals(403, r.statusCode());
        assertEquals("Cross-site write refused: send updates from this server's own pages or a non-browser client\n",
            text(r));
        HttpResponse<byte[]> fetch = Http.send(Http.request(base + "/kg/ingest?id=cross").header("Content-Type",
            "text/plain").header("Sec-Fetch-Site", "cross-site").header("Authorization", Http.basic("bob", "other"))
            .POST(BodyPublishers.ofString(ARTICLE)).build());
        assertEquals(403, fetch.statusCode());
        assertEquals(false, holds("cross-site"));
    }

    @Test
    void aBrowserWriteFromTheServersOwnOriginIsAccepted() {
        HttpResponse<byte[]> r = Http.send(Http.request(base + "/kg/update").header("Content-Type",
            "application/sparql-update").header("Origin", base).header("Sec-Fetch-Site", "same-origin")
            .header("Authorization", Http.basic("bob", "other"))
            .POST(BodyPublishers.ofString(INSERT.formatted("same-origin"))).build());
        assertEquals(204, r.statusCode());
        assertEquals(true, holds("same-origin"));
    }

    @Test
    void noCrossOriginAccessIsGrantedToQueriesOrUpdates() {
        HttpResponse<byte[]> get = Http.send(Http.request(base + "/kg/sparql?query=" + enc("ASK {}"))
            .header("Origin", "http://other.example").header("Accept", "text/plain").GET().build());
        assertEquals(200, get.statusCode());
        assertEquals(null, header(get, "Access-Control-Allow-Origin"));
        HttpResponse<byte[]> preflight = Http.send(Http.request(base + "/kg/update").header("Origin",
            "http://other.example").header("Access-Control-Request-Method", "POST")
            .method("OPTIONS", BodyPublishers.noBody()).build());
        assertEquals(null, header(preflight, "Access-Control-Allow-Origin"));
        assertEquals(null, header(preflight, "Access-Control-Allow-Methods"));
    }
}
