package org.newsgraph.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * SPARQL latency over HTTP on loopback: the product's server ({@code serve}) started in its own JVM on the
 * store, then a fixed set of realistic queries at 1, 4 and 16 concurrent clients. Every loop is bounded by a
 * request count and a deadline per cell; the server is stopped at the end.
 */
final class QueryBench {

    static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/newsgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private QueryBench() {
    }

    /** One query of the fixed set: a name, what it asks, and its text for the i-th request. */
    record Query(String name, String what, IntFunction<String> text) {
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

            List<String> people = column(http, endpoint, """
                    SELECT ?l (COUNT(?m) AS ?n) WHERE { ?m a nkg:Meeting ; nkg:participant ?p .
                      ?p a nkg:Person ; rdfs:label ?l } GROUP BY ?l ORDER BY DESC(?n) ?l LIMIT 300""");
            List<String> labels = column(http, endpoint, """
                    SELECT DISTINCT ?l WHERE { ?e a ?t ; rdfs:label ?l
                      VALUES ?t { nkg:Person nkg:Organization nkg:Location } } ORDER BY ?l LIMIT 20000""");
            List<String> dates = column(http, endpoint,
                    "SELECT (MIN(?d) AS ?min) (MAX(?d) AS ?max) WHERE { ?a dcterms:date ?d }");
            r.put("distinct_entity_labels_sampled", labels.size());
            r.put("persons_with_meetings_sampled", people.size());
            if (labels.isEmpty()) {
                labels = List.of("Iran");
            }
            if (people.isEmpty()) {
                people = List.of("Mohammad Javad Zarif");
            }
            List<String> ls = labels;
            List<String> ps = people;
            List<String> words = new ArrayList<>();
            for (String l : labels) {
                String[] w = l.split("\\s+");
                String last = w[w.length - 1].toLowerCase(Locale.ROOT);
                if (last.length() >= 4) {
                    words.add(last);
                }
            }
            if (words.isEmpty()) {
                words.add("iran");
            }
            List<String> ws = words;
            // date range: a quarter inside the articles' dates when they have any (plain text has none)
            java.time.LocalDate from = java.time.LocalDate.of(2005, 1, 1);
            long spanDays = 4 * 365;
            if (dates.size() == 1 && !dates.get(0).isBlank()) {
                String[] mm = dates.get(0).split(",", -1);
                if (mm.length == 2 && !mm[0].isBlank()) {
                    from = java.time.LocalDate.parse(mm[0].strip());
                    spanDays = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(from,
                            java.time.LocalDate.parse(mm[1].strip())));
                }
            }
            r.put("articles_dated", dates.size() == 1 && !dates.get(0).replace(",", "").isBlank());
            java.time.LocalDate base = from;
            long span = spanDays;

            List<Query> queries = List.of(
                new Query("entity look-up", "an entity by exact name (label or alternative name): IRI, type, label",
                    i -> PREFIXES + "SELECT ?e ?type ?label WHERE { VALUES ?n { " + lit(pick(ls, i)) + " }"
                        + " { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } ?e a ?type ; rdfs:label ?label }"),
                new Query("name search", "labels containing a word, case-insensitive (a search box), first 20",
                    i -> PREFIXES + "SELECT DISTINCT ?e ?label WHERE { ?e rdfs:label ?label"
                        + " FILTER(CONTAINS(LCASE(?label), " + lit(pick(ws, i)) + ")) } LIMIT 20"),
                new Query("meetings of a person", "whom a person (by name) met, when, and the sentence",
                    i -> PREFIXES + "SELECT ?other ?date ?sentence WHERE { ?p rdfs:label " + lit(pick(ps, i))
                        + " . ?m a nkg:Meeting ; nkg:participant ?p, ?o ; nkg:evidence/nkg:text ?sentence ."
                        + " FILTER(?o != ?p) ?o rdfs:label ?other OPTIONAL { ?m nkg:date ?date } }"),
                new Query("calls in a date range", "who called for what in articles of one quarter",
                    i -> {
                        java.time.LocalDate a = base.plusDays(new Random(i).nextInt((int) Math.max(1, span - 90)));
                        return PREFIXES + "SELECT ?who ?content ?date WHERE { ?p nkg:calledFor ?c ."
                            + " ?c nkg:content ?content ; prov:wasDerivedFrom ?art . ?art dcterms:date ?date"
                            + " FILTER(?date >= \"" + a + "\"^^xsd:date && ?date < \"" + a.plusDays(91)
                            + "\"^^xsd:date) ?p rdfs:label ?who } ORDER BY ?date";
                    }),
                new Query("most-connected people", "the 20 persons who met the most distinct others",
                    i -> PREFIXES + "SELECT ?label (COUNT(DISTINCT ?o) AS ?n) WHERE { ?p a nkg:Person ;"
                        + " nkg:metWith ?o ; rdfs:label ?label } GROUP BY ?p ?label ORDER BY DESC(?n) LIMIT 20"),
                new Query("meeting list with evidence", "every meeting pair with its sentence (README query)",
                    i -> PREFIXES + "SELECT ?a ?b ?s WHERE { ?m a nkg:Meeting ; nkg:participant ?x, ?y ;"
                        + " nkg:evidence/nkg:text ?s . ?x rdfs:label ?a . ?y rdfs:label ?b FILTER(STR(?a) < STR(?b)) }"));

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

    private static String pick(List<String> l, int i) {
        return l.get(new Random(31L * i + 7).nextInt(l.size()));
    }

    private static String lit(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Runs a query, reads the whole CSV answer, returns its row count; a non-200 answer throws. */
    static int send(HttpClient http, String endpoint, String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IOException("HTTP " + resp.statusCode() + ": " + resp.body());
        }
        String body = resp.body();
        int rows = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                rows++;
            }
        }
        return Math.max(0, rows - 1);
    }

    /** The first column of a query's answer (CSV, simple values: the labels here carry no line breaks). */
    private static List<String> column(HttpClient http, String endpoint, String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query="
                        + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8)))
                .build();
        String body = http.send(req, HttpResponse.BodyHandlers.ofString()).body();
        List<String> lines = new ArrayList<>(Arrays.asList(body.split("\r?\n")));
        if (!lines.isEmpty()) {
            lines.remove(0);
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (query.contains("MIN(")) {
                out.add(l);
                continue;
            }
            String v = l.startsWith("\"") ? l.substring(1, l.indexOf('"', 1) > 0 ? l.indexOf('"', 1) : l.length())
                    : l.split(",", -1)[0];
            if (!v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }

    private static void waitReady(HttpClient http, String endpoint, Process server, int seconds) throws Exception {
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
