package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.pipeline.FolderWatch;
import org.newsgraph.server.Credentials;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store: SPARQL at /kg/sparql (read-only by default), dumps under /dump/, a start page at /.",
                "TDB2 allows one process per store folder: stop ingesting into it first, or let this server ingest"
                        + " (--watch, or POST /kg/ingest with --allow-updates)."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server = new ServerOptions();

    @Mixin
    IngestOptions ingest = new IngestOptions();

    @Option(names = "--watch", paramLabel = "DIR",
            description = {"Also ingest new and changed article files under DIR while serving, once their size and"
                    + " time have held still for one interval; one line per article on stderr. Write a file under a"
                    + " name starting with . and rename it when done to be sure it is read whole.",
                    "Creates the store when absent."})
    Path watch;

    @Option(names = "--watch-interval", paramLabel = "SECONDS",
            description = "How often to look at the watched folder (default: ${DEFAULT-VALUE}).")
    double watchInterval = 2;

    @Option(names = "--allow-updates",
            description = {"Accept SPARQL Update at /kg/update and articles at POST /kg/ingest?id=ID (text/plain or"
                    + " news-please application/json), for the users in the credentials only (HTTP Basic).",
                    "Refused without credentials, and on an address other than loopback without --https."})
    boolean allowUpdates;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "user:password lines for --allow-updates (else the environment variable "
                    + Credentials.ENVIRONMENT + " holds the lines). Never on the command line.")
    Path credentials;

    @Option(names = "--https", paramLabel = "CONF",
            description = "Serve HTTPS only, with the keystore named in this JSON file: {\"keystore\": \"server.p12\","
                    + " \"passwd\": \"...\"} (path relative to the file).")
    Path https;

    @Override
    public Integer call() {
        if (credentials != null && !allowUpdates) {
            throw new UserError("--credentials is for --allow-updates: without it the server is read-only");
        }
        try (KnowledgeStore ks = watch != null ? store.openOrCreate() : store.openExisting()) {
            WatchLog log = new WatchLog(System.err);
            NewsgraphServer.Builder b = server.builder(ks.dataset());
            List<String> notes = new ArrayList<>();
            if (https != null) {
                b.https(https);
            }
            if (allowUpdates) {
                Credentials users = credentials();
                if (users != null) {
                    b.updates(users).ingest(ingest.ingest(), ks, log);
                    notes.add("updates (HTTP Basic, users " + String.join(", ", users.users()) + " from "
                            + users.source() + "): /kg/update, POST /kg/ingest?id=ID");
                } else {
                    b.updates(null); // the server names what is missing and refuses
                }
            }
            FolderWatch watcher = null;
            if (watch != null) {
                if (!Files.isDirectory(watch)) {
                    throw new UserError("no folder " + watch + " to watch");
                }
                notes.add("watching " + watch + " for new and changed articles");
            }
            NewsgraphServer running = server.start(b, notes);
            if (watch != null) {
                watcher = new FolderWatch(watch, ingest.ingest(), ks, Duration.ofMillis((long) (watchInterval * 1000)),
                        log);
                FolderWatch w = watcher;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> w.close(Duration.ofSeconds(20)),
                        "newsgraph-stop-watch"));
            }
            running.join();
            if (watcher != null) {
                watcher.close();
            }
        }
        return 0;
    }

    /** From --credentials, else from the environment; null when neither gives any. */
    private Credentials credentials() {
        try {
            if (credentials != null) {
                String warning = Credentials.exposureWarning(credentials);
                if (warning != null) {
                    System.err.println("newsgraph: warning: " + warning);
                }
                return Credentials.fromFile(credentials);
            }
            String env = System.getenv(Credentials.ENVIRONMENT);
            return env == null || env.isBlank() ? null : Credentials.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
