package org.newsgraph.bench;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.newsgraph.load.QueryMix;
import org.newsgraph.load.QueryMix.Query;

/**
 * SPARQL latency over HTTP on loopback: the product's server ({@code serve}) started in its own JVM on the
 * store, then a fixed set of realistic queries at 1, 4 and 16 concurrent clients. Every loop is bounded by a
 * request count and a deadline per cell; the server is stopped at the end.
 */
final class QueryBench {

    /** The query set lives with the load test (src/test/java/org/newsgraph/load), which mixes the same queries. */
    static final String PREFIXES = QueryMix.PREFIXES;

    private QueryBench() {
    }

    static Map<String, Object> run(Path store, List<Integer> clients, int requests, int seconds, String heap)
            throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("step", "queries");
        r.put("loadavg_start", Util.loadAvg());
        int port = Util.freePort();
        Path log = store.toAbsolutePath().getParent().resolve("server-" + port + ".log");
        List<String> cmd = new ArrayList<>(List.of(javaBin(), heap, "-cp", System.getProperty("java.class.path"),
                "org.newsgraph.cli.NewsgraphCommand", "serve", "--store", store.toString(), "--host", "127.0.0.1",
                "--port", Integer.toString(port)));
        long s0 = System.nanoTime();
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String endpoint = "http://127.0.0.1:" + port + "/kg/sparql";
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            try {
                waitReady(http, endpoint, server, 120);
            } catch (IllegalStateException e) {
                List<String> lines = java.nio.file.Files.readAllLines(log);
                throw new IllegalStateException(e.getMessage() + "; server log " + log + " ends: "
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size())), e);
            }
            r.put("server_ready_ms", (System.nanoTime() - s0) / 1e6);

            QueryMix.Parameters params = QueryMix.sample(http, endpoint);
            r.put("distinct_entity_labels_sampled", params.labels().size());
            r.put("persons_with_meetings_sampled", params.people().size());
            r.put("articles_dated", params.dated());
            List<Query> queries = QueryMix.queries(params);

            // first (cold) run of each, then a short warm-up
            Map<String, Object> qinfo = new LinkedHashMap<>();
            for (Query q : queries) {
                long t = System.nanoTime();
                int rows = send(http, endpoint, q.text().apply(0));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("what", q.what());
                m.put("first_run_ms", (System.nanoTime() - t) / 1e6);
                m.put("rows_first_request", rows);
                m.put("example", q.text().apply(0).substring(PREFIXES.length()));
                qinfo.put(q.name(), m);
                for (int i = 1; i <= 3; i++) {
                    send(http, endpoint, q.text().apply(i));
                }
            }
            r.put("queries", qinfo);

            List<Map<String, Object>> cells = new ArrayList<>();
            for (int c : clients) {
                for (Query q : queries) {
                    cells.add(cell(http, endpoint, q, c, requests, seconds));
                    System.err.printf(Locale.ROOT, "queries: %s at %d clients done%n", q.name(), c);
                }
            }
            r.put("clients", clients);
            r.put("requests_per_cell", requests);
            r.put("seconds_per_cell", seconds);
            r.put("cells", cells);
        } finally {
            server.destroy();
            if (!server.waitFor(15, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        return r;
    }

    private static Map<String, Object> cell(HttpClient http, String endpoint, Query q, int clients, int requests,
                                            int seconds) throws InterruptedException {
        AtomicInteger next = new AtomicInteger(100); // request numbers after the warm-up ones
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<List<Long>> lat = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int k = 0; k < clients; k++) {
            List<Long> mine = new ArrayList<>();
            lat.add(mine);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    int i = next.getAndIncrement();
                    if (i >= 100 + requests) {
                        break;
                    }
                    long s = System.nanoTime();
                    try {
                        send(http, endpoint, q.text().apply(i));
                        mine.add(System.nanoTime() - s);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            }, "bench-client-" + k);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long wall = System.nanoTime() - t0;
        List<Long> all = new ArrayList<>();
        lat.forEach(all::addAll);
        Collections.sort(all);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", q.name());
        m.put("clients", clients);
        m.put("requests", all.size());
        m.put("errors", errors.get());
        m.put("p50_ms", pct(all, 50));
        m.put("p95_ms", pct(all, 95));
        m.put("p99_ms", pct(all, 99));
        m.put("max_ms", all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6);
        m.put("throughput_per_s", Util.perSec(all.size(), wall));
        m.put("stopped_by_deadline", all.size() + errors.get() < requests);
        return m;
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }

    /** Runs a query, reads the whole CSV answer, returns its row count; a non-200 answer throws. */
    static int send(HttpClient http, String endpoint, String query) throws IOException, InterruptedException {
        return QueryMix.send(http, endpoint, query);
    }

    static void waitReady(HttpClient http, String endpoint, Process server, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("server exited with " + server.exitValue());
            }
            try {
                send(http, endpoint, "SELECT * WHERE { } LIMIT 1");
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("server not answering after " + seconds + " s");
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString()
                .replace('/', File.separatorChar);
    }
}
