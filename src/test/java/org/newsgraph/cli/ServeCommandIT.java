package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.KnowledgeStore;

/**
 * {@code newsgraph serve} as a user runs it: the settings it refuses, each with its one line and exit status 2
 * (refused before anything listens), and a server in its own process that watches a folder and takes articles
 * over HTTP from a user named in the environment, logging one line per article.
 */
class ServeCommandIT {

    private static final String STORY = "Foreign Minister Amina Wanjiru met President Kofi Mensah in Accra on Monday.\n";

    @TempDir
    Path tmp;

    private Path emptyStore() throws IOException {
        return Files.createDirectories(tmp.resolve("store"));
    }

    private static void assumeNoCredentialsInTheEnvironment() {
        Assumptions.assumeTrue(System.getenv("NEWSGRAPH_CREDENTIALS") == null,
            "NEWSGRAPH_CREDENTIALS is set for this test run");
    }

    @Test
    void aWritableServerOnANonLoopbackAddressWithoutCredentialsRefusesToStart() throws IOException {
        assumeNoCredentialsInTheEnvironment();
        Cli.Result r = Cli.run("serve", "--store", emptyStore().toString(), "--host", "0.0.0.0", "--port", "0",
            "--allow-updates");
        assertEquals(2, r.exit());
        assertEquals("newsgraph: refusing to accept updates on 0.0.0.0 without credentials: give --credentials FILE"
            + " or set NEWSGRAPH_CREDENTIALS (user:password lines)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aWritableServerOnANonLoopbackAddressWithCredentialsButWithoutHttpsRefusesToStart() throws IOException {
        Path users = Files.writeString(tmp.resolve("users"), "alice:pw\n");
        Cli.Result r = Cli.run("serve", "--store", emptyStore().toString(), "--host", "0.0.0.0", "--port", "0",
            "--allow-updates", "--credentials", users.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().endsWith("newsgraph: refusing to accept updates on 0.0.0.0 over plain HTTP: passwords would"
            + " cross the network in clear text; give --https CONF, or bind 127.0.0.1 behind a TLS reverse proxy\n"),
            r.err());
    }

    @Test
    void aWritableServerWithoutCredentialsRefusesToStartOnLoopbackToo() throws IOException {
        assumeNoCredentialsInTheEnvironment();
        Cli.Result r = Cli.run("serve", "--store", emptyStore().toString(), "--port", "0", "--allow-updates");
        assertEquals(2, r.exit());
        assertEquals("newsgraph: refusing to accept updates on 127.0.0.1 without credentials: give --credentials FILE"
            + " or set NEWSGRAPH_CREDENTIALS (user:password lines)\n", r.err());
    }

    @Test
    void aCredentialsFileThatCannotBeUsedIsNamedWithTheLineAndNoPassword() throws IOException {
        Path users = Files.writeString(tmp.resolve("users"), "alice:pw\nbob-without-password\n");
        Cli.Result r = Cli.run("serve", "--store", emptyStore().toString(), "--port", "0", "--allow-updates",
            "--credentials", users.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().endsWith("newsgraph: " + users + " line 2: expected user:password\n"), r.err());
        assertEquals(false, r.err().contains("pw"));

        Cli.Result missing = Cli.run("serve", "--store", emptyStore().toString(), "--port", "0", "--allow-updates",
            "--credentials", tmp.resolve("none").toString());
        assertEquals(2, missing.exit());
        assertEquals("newsgraph: cannot read credentials file " + tmp.resolve("none") + ": no such file\n",
            missing.err());
    }

    @Test
    void aCredentialsFileOthersCanReadIsWarnedAbout() throws IOException {
        Path users = Files.writeString(tmp.resolve("users"), "alice:pw\n");
        Files.setPosixFilePermissions(users, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Cli.Result r = Cli.run("serve", "--store", emptyStore().toString(), "--host", "0.0.0.0", "--port", "0",
            "--allow-updates", "--credentials", users.toString());
        assertTrue(r.err().startsWith("newsgraph: warning: " + users + " can be read by other users of this machine"
            + " (chmod 600 " + users + ")\n"), r.err());
    }

    @Test
    void credentialsWithoutAllowUpdatesAreRefusedRatherThanIgnored() throws IOException {
        Path users = Files.writeString(tmp.resolve("users"), "alice:pw\n");
        Cli.Result r = Cli.run("serve", "--store", emptyStore().toString(), "--port", "0", "--credentials",
            users.toString());
        assertEquals(2, r.exit());
        assertEquals("newsgraph: --credentials is for --allow-updates: without it the server is read-only\n", r.err());
    }

    /** Lines a child process writes, collected as they come. */
    private static List<String> collect(InputStream in, String name) {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; )
                    lines.add(l);
            } catch (IOException e) {
                lines.add("(" + name + " closed: " + e.getMessage() + ")");
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return lines;
    }

    /**
     * Puts a file into the watched folder whole, by a rename: a poll that fell between creating and writing it
     * would otherwise see it empty, and skip it as such if the writer then stalled for two polls.
     */
    private void arrive(Path inbox, String name, String text) throws IOException {
        Files.move(Files.writeString(tmp.resolve(name), text), inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static String await(List<String> lines, Predicate<String> which, Process p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            synchronized (lines) {
                for (String l : lines)
                    if (which.test(l))
                        return l;
            }
            if (!p.isAlive())
                break;
            Thread.sleep(50);
        }
        throw new AssertionError("line not written; so far: " + lines);
    }

    @Test
    void aServerWatchingAFolderIngestsWhatArrivesAndTakesArticlesFromTheUserInTheEnvironment() throws Exception {
        Path store = tmp.resolve("store");
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(inbox.resolve("first.txt"), STORY);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            "org.newsgraph.cli.NewsgraphCommand", "serve", "--store", store.toString(), "--port", "0", "--threads", "1",
            "--watch", inbox.toString(), "--watch-interval", "0.2", "--allow-updates");
        pb.environment().put("NEWSGRAPH_CREDENTIALS", "# from the environment\nalice:env-secret\n");
        Process p = pb.start();
        try {
            List<String> out = collect(p.getInputStream(), "serve-out");
            List<String> err = collect(p.getErrorStream(), "serve-err");
            String first = await(out, l -> l.startsWith("newsgraph is serving the knowledge graph at "), p);
            String url = first.substring("newsgraph is serving the knowledge graph at ".length());
            await(out, l -> l.equals("Press Ctrl-C to stop."), p);
            assertEquals(List.of(first, "  SPARQL endpoint: " + url + "kg/sparql",
                "  whole-graph dump: " + url + "dump/newsgraph.nq.gz",
                "  updates (HTTP Basic, users alice from NEWSGRAPH_CREDENTIALS): /kg/update, POST /kg/ingest?id=ID",
                "  watching " + inbox + " for new and changed articles"), out.subList(0, 5));

            await(err, l -> l.startsWith("newsgraph: watching "), p);
            // in name order, so that the log's order does not depend on which poll sees which file
            arrive(inbox, "empty.txt", "");
            arrive(inbox, "second.txt", STORY.replace("Accra", "Nairobi"));
            await(err, l -> l.startsWith("newsgraph: skipped " + inbox.resolve("empty.txt")), p);
            await(err, l -> l.startsWith("newsgraph: stored " + inbox.resolve("second.txt")), p);

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(url + "kg/ingest?id=posted"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(STORY.replace("Accra", "Oslo")));
            assertEquals(401, http.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> ok = http.send(post.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("alice:env-secret".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
            await(err, l -> l.startsWith("newsgraph: stored POST /kg/ingest?id=posted"), p);

            String ids = http.send(HttpRequest.newBuilder(URI.create(url + "kg/sparql?query=" + URLEncoder.encode(
                "SELECT ?id WHERE { ?a a <https://w3id.org/newsgraph/ontology#Article> ;"
                    + " <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id", StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString()).body();
            assertEquals("id\r\nfirst\r\nposted\r\nsecond\r\n", ids);

            p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
            assertEquals(List.of(
                "newsgraph: stored " + inbox.resolve("first.txt") + " as first",
                "newsgraph: watching " + inbox + ": 1 article stored, 0 unchanged, 0 skipped",
                "newsgraph: skipped " + inbox.resolve("empty.txt") + ": empty: no text",
                "newsgraph: stored " + inbox.resolve("second.txt") + " as second",
                "newsgraph: stored POST /kg/ingest?id=posted as posted"), err);
        } finally {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        // the store the server wrote opens afterwards and holds the three articles
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            List<String> ids = Txn.calculateRead(ks.dataset(), () -> {
                List<String> out = new ArrayList<>();
                QueryExec.dataset(ks.dataset().asDatasetGraph()).query("SELECT ?id WHERE { GRAPH ?g { ?g"
                    + " <http://purl.org/dc/terms/identifier> ?id } } ORDER BY ?id").select()
                    .forEachRemaining(b -> out.add(b.get("id").getLiteralLexicalForm()));
                return out;
            });
            assertEquals(List.of("first", "posted", "second"), ids);
        }
    }
}
