package org.newsgraph.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Demo cold start: {@code java -jar newsgraph.jar demo} (what {@code ./newsgraph demo} runs once the jar is
 * built, with its default {@code -Xmx4g}) on a fresh store, timed from process start to the first answered
 * SPARQL query (the README's who-met-whom query, with rows). Each run is stopped afterwards.
 */
final class ColdStart {

    private ColdStart() {
    }

    static Map<String, Object> run(Path jar, int runs, Path seeds, Path work) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("step", "coldstart");
        r.put("loadavg_start", Util.loadAvg());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no jar at " + jar + " (mvn -DskipTests package)");
        }
        String query = QueryBench.PREFIXES + "SELECT ?a ?b WHERE { ?x nkg:metWith ?y . ?x rdfs:label ?a ."
                + " ?y rdfs:label ?b FILTER(STR(?a) < STR(?b)) }";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        List<Double> ms = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path store = work.resolve("store-coldstart");
            Util.deleteTree(store);
            int port = Util.freePort();
            Path log = work.resolve("coldstart-" + i + ".log");
            Files.createDirectories(work);
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(QueryBench.javaBin(), "-Xmx4g",
                    "-Dnewsgraph.home=" + jar.toAbsolutePath().getParent().getParent(), "-jar", jar.toString(), "demo",
                    "--store", store.toString(), "--seeds", seeds.toString(), "--port", Integer.toString(port))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                String endpoint = "http://127.0.0.1:" + port + "/kg/sparql";
                long deadline = t0 + TimeUnit.SECONDS.toNanos(120);
                Integer answered = null;
                while (System.nanoTime() < deadline && p.isAlive()) {
                    try {
                        answered = QueryBench.send(http, endpoint, query);
                        break;
                    } catch (java.io.IOException e) {
                        Thread.sleep(20);
                    }
                }
                if (answered == null) {
                    throw new IllegalStateException("demo did not answer; see " + log);
                }
                ms.add((System.nanoTime() - t0) / 1e6);
                rows.add(answered);
            } finally {
                p.destroy();
                if (!p.waitFor(15, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
                Util.deleteTree(store);
            }
        }
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        r.put("runs_ms", ms);
        r.put("rows", rows);
        r.put("median_ms", sorted.get(sorted.size() / 2));
        r.put("max_ms", sorted.get(sorted.size() - 1));
        return r;
    }
}
