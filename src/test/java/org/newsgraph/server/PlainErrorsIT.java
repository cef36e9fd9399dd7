package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.server.Http.header;
import static org.newsgraph.server.Http.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server answers when something is wrong, whoever answers it (a servlet, Fuseki, Jetty itself): one line
 * of plain text, or the site's own page for a browser; never Jetty's HTML, never an exception. And the login's
 * guards: a malformed Authorization header is a 401 like a wrong password, guessing is throttled, and a write
 * from a rebound DNS name is refused although it names the same origin in Host and Origin.
 */
class PlainErrorsIT {

    private static final String UPDATE = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 1 } }";

    @TempDir
    static Path dir;
    private static Dataset store;
    private static NewsgraphServer server;
    private static String base;
    private static Credentials users;

    @BeforeAll
    static void start() throws IOException {
        store = TestStore.create(dir.resolve("store"));
        users = Credentials.fromFile(Files.writeString(dir.resolve("users"), "alice:s3cret\n"));
        server = NewsgraphServer.create().dataset(store).port(0).updates(users).build().start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
        TestStore.release(store);
    }

    private static HttpResponse<byte[]> update(String url, String authorization) {
        return Http.send(Http.request(url + "/kg/update").header("Content-Type", "application/sparql-update")
            .header("Authorization", authorization).POST(BodyPublishers.ofString(UPDATE)).build());
    }

    @Test
    void anUnknownPathIsOneLineOfTextForPrograms() {
        HttpResponse<byte[]> r = Http.get(base + "/no/such/thing");

        assertEquals(404, r.statusCode());
        assertEquals("text/plain;charset=utf-8", header(r, "Content-Type"));
        assertEquals("Not found: /no/such/thing\n", text(r));
    }

    @Test
    void anUnknownPathIsTheSitesOwnPageForBrowsersWithLinksThatWorkFromThere() {
        HttpResponse<byte[]> r = Http.get(base + "/no/such", "text/html,application/xhtml+xml");

        assertEquals(404, r.statusCode());
        assertEquals("text/html;charset=utf-8", header(r, "Content-Type"));
        String html = text(r);
        assertTrue(html.contains("<p class=\"message\">Not found: /no/such</p>"), html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"../static/newsgraph.css\">"), html);
        assertTrue(html.contains("<a href=\"../search\">Search</a>"), html);
        assertFalse(html.contains("HTTP ERROR"), html);
    }

    @Test
    void anUnknownFileOrEndpointIsPlainTextEvenForBrowsers() {
        HttpResponse<byte[]> r = Http.get(base + "/static/nope.js", "text/html");

        assertEquals(404, r.statusCode());
        assertEquals("Not found: /static/nope.js\n", text(r));
    }

    @Test
    void aUriTooLongIsOneLine() {
        HttpResponse<byte[]> r = Http.get(base + "/kg/sparql?query=" + "x".repeat(600_000));

        assertEquals(414, r.statusCode());
        assertEquals("URI Too Long\n", text(r));
        assertEquals("close", header(r, "Connection"), "the server closes it: no next request may be sent there");
    }

    @Test
    void traceIsRefusedAndEchoesNothing() {
        HttpResponse<byte[]> r = Http.send(Http.request(base + "/").method("TRACE", BodyPublishers.noBody())
            .header("X-Secret", "do-not-echo").build());

        assertEquals(405, r.statusCode());
        assertEquals("Method not allowed: TRACE\n", text(r));
    }

    @Test
    void aWriteWithoutCredentialsIsOneLineWithTheChallenge() {
        HttpResponse<byte[]> r = Http.send(Http.request(base + "/kg/update")
            .header("Content-Type", "application/sparql-update").POST(BodyPublishers.ofString(UPDATE)).build());

        assertEquals(401, r.statusCode());
        assertEquals("Unauthorized\n", text(r));
        assertEquals("Basic realm=\"newsgraph\"", header(r, "WWW-Authenticate"));
    }

    @Test
    void aRefusedLoginAnsweredBeforeItsBodyArrivedTellsTheClientTheConnectionCloses() throws IOException {
        for (String authorization : new String[] {"", "Authorization: " + Http.basic("alice", "wrong") + "\r\n",
            "Authorization: Bearer x\r\n"}) {
            String head = headBeforeBody(authorization);

            assertTrue(head.startsWith("HTTP/1.1 401 "), authorization + head);
            assertTrue(head.contains("\r\nConnection: close\r\n"), authorization + head);
        }
    }

    @Test
    void anAcceptedLoginKeepsTheConnectionOpen() {
        HttpResponse<byte[]> r = update(base, Http.basic("alice", "s3cret"));

        assertEquals(204, r.statusCode());
        assertEquals(null, header(r, "Connection"));
    }

    @Test
    void aMalformedAuthorizationHeaderIsA401LikeAWrongPasswordNotA500() {
        for (String malformed : new String[] {"Basic !!!!", "Basic", "Basic YWxpY2U=", "Bearer x"}) {
            HttpResponse<byte[]> r = update(base, malformed);

            assertEquals(401, r.statusCode(), malformed);
            assertEquals("Unauthorized\n", text(r), malformed);
            assertEquals("Basic realm=\"newsgraph\"", header(r, "WWW-Authenticate"), malformed);
        }
    }

    @Test
    void aMalformedAuthorizationHeaderDoesNotBreakAQuery() {
        HttpResponse<byte[]> r = Http.send(Http.request(base + "/kg/sparql?query=" + Http.enc("ASK {}"))
            .header("Authorization", "Basic !!!!").header("Accept", "text/plain").GET().build());

        assertEquals(200, r.statusCode(), text(r));
        assertEquals("yes\n", text(r));
    }

    @Test
    void afterTwentyWrongPasswordsAnAddressIsRefused429EvenWithTheRightOne() {
        NewsgraphServer guarded = NewsgraphServer.create().dataset(store).port(0).updates(users).build().start();
        try {
            String url = "http://127.0.0.1:" + guarded.port();
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++)
                assertEquals(401, update(url, Http.basic("alice", "guess" + i)).statusCode(), "guess " + i);

            HttpResponse<byte[]> r = update(url, Http.basic("alice", "s3cret"));

            assertEquals(429, r.statusCode());
            long wait = Long.parseLong(header(r, "Retry-After"));
            assertTrue(wait >= 1 && wait <= 61, "Retry-After " + wait);
            assertEquals("Too many failed logins from this address; try again in " + wait + " s\n", text(r));
        } finally {
            guarded.stop();
        }
    }

    @Test
    void aRightPasswordAfterAFewWrongOnesStillLogsIn() {
        NewsgraphServer guarded = NewsgraphServer.create().dataset(store).port(0).updates(users).build().start();
        try {
            String url = "http://127.0.0.1:" + guarded.port();
            for (int i = 0; i < 3; i++)
                assertEquals(401, update(url, Http.basic("alice", "typo" + i)).statusCode());

            assertEquals(204, update(url, Http.basic("alice", "s3cret")).statusCode());
        } finally {
            guarded.stop();
        }
    }

    @Test
    void aWriteFromARebindingDnsNameIsRefusedThoughHostAndOriginAgree() throws IOException {
        String evil = "evil.example:" + server.port();
        String response = rawUpdate("Host: " + evil + "\r\nOrigin: http://" + evil + "\r\n");

        assertTrue(response.startsWith("HTTP/1.1 403 "), response);
        assertTrue(response.endsWith("Cross-site write refused: send updates from this server's own pages or a"
            + " non-browser client\n"), response);
    }

    @Test
    void aWriteFromThisServersOwnPagesIsAllowed() throws IOException {
        for (String self : new String[] {"127.0.0.1:" + server.port(), "localhost:" + server.port()}) {
            String response = rawUpdate("Host: " + self + "\r\nOrigin: http://" + self + "\r\n");

            assertTrue(response.startsWith("HTTP/1.1 204 "), self + ": " + response);
        }
    }

    /**
     * The head of the answer to an update whose headers are sent and whose body is held back: the server answers
     * a refusal from the headers alone, so this is what a client sees when its body is slow to arrive.
     */
    private static String headBeforeBody(String headers) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(("POST /kg/update HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers
                + "Content-Type: application/sparql-update\r\nContent-Length: 100\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            StringBuilder head = new StringBuilder();
            while (head.indexOf("\r\n\r\n") < 0) {
                int c = in.read();
                if (c < 0)
                    break;
                head.append((char) c);
            }
            return head.toString();
        }
    }

    /** An update over a raw socket, since java.net.http will not send a Host header of the caller's choosing. */
    private static String rawUpdate(String headers) throws IOException {
        byte[] body = UPDATE.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /kg/update HTTP/1.1\r\n" + headers + "Authorization: " + Http.basic("alice", "s3cret")
                + "\r\nContent-Type: application/sparql-update\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
