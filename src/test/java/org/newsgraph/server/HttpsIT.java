package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.KnowledgeStore;

/**
 * {@code --https}: the server speaks TLS only, with a keystore named in Fuseki's JSON file, and takes updates
 * over it with Basic authentication. The keystore is made here by the JDK's keytool for 127.0.0.1.
 */
class HttpsIT {

    private static final String PASSWORD = "keystore-secret";

    @TempDir
    static Path dir;
    private static KnowledgeStore store;
    private static NewsgraphServer server;
    private static HttpClient tls;

    @BeforeAll
    static void start() throws Exception {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
            "-genkeypair", "-keyalg", "RSA", "-keysize", "2048", "-alias", "newsgraph", "-dname", "CN=127.0.0.1",
            "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
            "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
        String out = new String(keytool.getInputStream().readAllBytes());
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0)
            throw new IllegalStateException("keytool failed: " + out);
        Path conf = Files.writeString(dir.resolve("https.json"),
            "{ \"keystore\": \"server.p12\", \"passwd\": \"" + PASSWORD + "\" }");
        Path users = Files.writeString(dir.resolve("users"), "alice:over-tls\n");

        store = KnowledgeStore.open(dir.resolve("store"));
        server = NewsgraphServer.create().dataset(store.dataset()).port(0).https(conf)
            .updates(Credentials.fromFile(users)).build().start();

        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trust.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        tls = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
        if (store != null)
            store.close();
    }

    private static HttpResponse<String> update(String auth) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "kg/update"))
            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> \"tls\" } }"));
        if (auth != null)
            b.header("Authorization", auth);
        return tls.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theServerSaysHttpsInItsAddress() {
        assertEquals("https://127.0.0.1:" + server.port() + "/", server.url());
    }

    @Test
    void anUpdateOverTlsNeedsAndAcceptsCredentials() throws Exception {
        assertEquals(401, update(null).statusCode());
        assertEquals(204, update(Http.basic("alice", "over-tls")).statusCode());
        HttpResponse<String> ask = tls.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?query="
            + Http.enc("ASK { GRAPH <urn:g> { <urn:s> <urn:p> \"tls\" } }"))).header("Accept", "text/plain").build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals("yes\n", ask.body());
    }

    @Test
    void plainHttpOnTheSamePortGetsNoHttpAnswer() {
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
            () -> Http.get("http://127.0.0.1:" + server.port() + "/kg/sparql?query=" + Http.enc("ASK {}")));
        // the server answers in TLS (an alert record), which the client cannot read as an HTTP status line
        assertEquals(true, e.getCause().getMessage().startsWith("parsing HTTP/1.1 status line"), e.getCause().toString());
    }
}
