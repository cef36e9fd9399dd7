package org.newsgraph.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.newsgraph.load.LoadTest;
import org.newsgraph.load.QueryMix;

/**
 * The load test of issue 8 (docs/reliability.md): {@code newsgraph serve} in its own JVM on loopback, then a fixed
 * number of requests of the benchmark's query mix from a fixed number of clients, with the runaway query once,
 * at a fixed place. Stops by itself; the server is stopped at the end. Prints a Markdown summary on stderr.
 */
final class LoadBench {

    private LoadBench() {
    }

    static Map<String, Object> run(Path store, int total, int clients, int timeoutSeconds, int runawayAt, String heap)
            throws Exception {
        if (!Files.isDirectory(store)) {
            throw new IllegalArgumentException("no store at " + store + " (bench/load-test makes one)");
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("step", "load");
        r.put("loadavg_start", Util.loadAvg());
        int port = Util.freePort();
        Path log = store.toAbsolutePath().getParent().resolve("load-server-" + port + ".log");
        // loopback only: the load never leaves this machine
        List<String> cmd = new ArrayList<>(List.of(QueryBench.javaBin(), heap, "-cp", System.getProperty("java.class.path"),
                "org.newsgraph.cli.NewsgraphCommand", "serve", "--store", store.toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--timeout", Integer.toString(timeoutSeconds)));
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String endpoint = "http://127.0.0.1:" + port + "/kg/sparql";
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            QueryBench.waitReady(http, endpoint, server, 300);
            r.put("articles", QueryMix.send(http, endpoint, QueryMix.PREFIXES
                    + "SELECT ?a WHERE { ?a a nkg:Article }"));
            List<QueryMix.Query> mix = QueryMix.queries(QueryMix.sample(http, endpoint));
            for (QueryMix.Query q : mix) { // one cold run of each, so that the figures are of a warm server
                QueryMix.send(http, endpoint, q.text().apply(0));
            }
            System.err.printf(Locale.ROOT, "load: %d requests from %d clients, runaway at #%d, timeout %d s%n",
                    total, clients, runawayAt, timeoutSeconds);
            LoadTest.Outcome o = LoadTest.run(http, endpoint, mix, total, clients, QueryMix.RUNAWAY, runawayAt,
                    Duration.ofSeconds(timeoutSeconds + 60), Duration.ofHours(3));
            r.put("requests", total);
            r.put("clients", clients);
            r.put("timeout_s", timeoutSeconds);
            r.put("runaway_at", runawayAt);
            r.put("ordinary_ok", o.ordinaryOk());
            r.put("ordinary_failed", o.ordinaryFailed());
            r.put("failures", o.failures());
            r.put("runaway_status", o.runawayStatus());
            r.put("runaway_body", o.runawayBody());
            r.put("runaway_ms", o.runawayMillis());
            r.put("wall_s", o.wallSeconds());
            r.put("throughput_per_s", o.ordinaryOk() / o.wallSeconds());
            r.put("all", stats(o.all()));
            Map<String, Object> per = new LinkedHashMap<>();
            o.perQuery().forEach((k, v) -> per.put(k, stats(v)));
            r.put("per_query", per);
            r.put("loadavg_end", Util.loadAvg());
            System.err.println(markdown(o));
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        return r;
    }

    private static Map<String, Object> stats(LoadTest.Stats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requests", s.requests());
        m.put("p50_ms", s.p50());
        m.put("p95_ms", s.p95());
        m.put("p99_ms", s.p99());
        m.put("max_ms", s.max());
        return m;
    }

    static String markdown(LoadTest.Outcome o) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "ordinary queries: %,d answered 200, %d failed; runaway: HTTP %d \"%s\" after"
                + " %,.0f ms; %,.0f s in all, %.1f queries/s%n%n", o.ordinaryOk(), o.ordinaryFailed(), o.runawayStatus(),
                o.runawayBody(), o.runawayMillis(), o.wallSeconds(), o.ordinaryOk() / o.wallSeconds()));
        b.append("| query | requests | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        o.perQuery().forEach((k, s) -> b.append(row(k, s)));
        b.append(row("**all ordinary queries**", o.all()));
        return b.toString();
    }

    private static String row(String name, LoadTest.Stats s) {
        return String.format(Locale.ROOT, "| %s | %,d | %,.1f | %,.1f | %,.1f | %,.1f |%n", name, s.requests(), s.p50(),
                s.p95(), s.p99(), s.max());
    }
}
