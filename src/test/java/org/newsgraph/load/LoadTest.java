package org.newsgraph.load;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load on a SPARQL endpoint: a fixed number of requests from a fixed number of client threads,
 * cycling through a query mix, with one runaway query at a fixed place in the sequence. It stops by itself when
 * the last request is answered (or, as a safety net, at a deadline, counting what did not run as failed).
 * Ordinary queries must answer 200; the runaway's status, body and time are reported for the caller to judge.
 */
public final class LoadTest {

    /** Latency figures of a set of requests, in milliseconds (nearest-rank percentiles). */
    public record Stats(int requests, double p50, double p95, double p99, double max) {

        static Stats of(List<Long> nanos) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return new Stats(sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        }

        private static double pct(List<Long> sorted, int p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
        }
    }

    /**
     * What happened: ordinary requests answered 200 and those that were not (with the first few reasons), latency
     * of the answered ones overall and per query, the runaway's status, first line of its body and time, and the
     * wall time of the whole run.
     */
    public record Outcome(int ordinaryOk, int ordinaryFailed, List<String> failures, Stats all,
                          Map<String, Stats> perQuery, int runawayStatus, String runawayBody, double runawayMillis,
                          double wallSeconds) {
    }

    private LoadTest() {
    }

    /**
     * Sends {@code total} requests to {@code endpoint} from {@code clients} threads: request {@code runawayAt}
     * is {@code runaway}, request {@code i} otherwise query {@code i mod mix.size()} of the mix. Each request may
     * wait {@code requestTimeout} for its answer; the whole run stops at {@code deadline}.
     */
    public static Outcome run(HttpClient http, String endpoint, List<QueryMix.Query> mix, int total, int clients,
                              String runaway, int runawayAt, Duration requestTimeout, Duration deadline)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long stopAt = System.nanoTime() + deadline.toNanos();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        Map<String, List<Long>> latency = new LinkedHashMap<>();
        mix.forEach(q -> latency.put(q.name(), Collections.synchronizedList(new ArrayList<>())));
        Object[] runawayResult = new Object[3];
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    if (System.nanoTime() > stopAt) {
                        failed.incrementAndGet();
                        continue; // past the deadline: count what is left as not answered, quickly
                    }
                    boolean isRunaway = i == runawayAt;
                    QueryMix.Query q = isRunaway ? null : mix.get(i % mix.size());
                    String text = isRunaway ? runaway : q.text().apply(i);
                    long s = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(QueryMix.request(endpoint, text, requestTimeout),
                                HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - s;
                        if (isRunaway) {
                            synchronized (runawayResult) {
                                runawayResult[0] = r.statusCode();
                                runawayResult[1] = r.body().lines().findFirst().orElse("");
                                runawayResult[2] = took / 1e6;
                            }
                        } else if (r.statusCode() == 200) {
                            latency.get(q.name()).add(took);
                        } else {
                            failed.incrementAndGet();
                            note(failures, q.name() + " #" + i + ": HTTP " + r.statusCode() + " "
                                    + r.body().lines().findFirst().orElse(""));
                        }
                    } catch (java.io.IOException e) {
                        if (isRunaway) {
                            synchronized (runawayResult) {
                                runawayResult[0] = -1;
                                runawayResult[1] = e.toString();
                                runawayResult[2] = (System.nanoTime() - s) / 1e6;
                            }
                        } else {
                            failed.incrementAndGet();
                            note(failures, q.name() + " #" + i + ": " + e);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "load-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        List<Long> all = new ArrayList<>();
        Map<String, Stats> per = new LinkedHashMap<>();
        latency.forEach((name, l) -> {
            all.addAll(l);
            per.put(name, Stats.of(l));
        });
        synchronized (runawayResult) {
            return new Outcome(all.size(), failed.get(), List.copyOf(failures), Stats.of(all), per,
                    runawayResult[0] == null ? 0 : (Integer) runawayResult[0],
                    runawayResult[1] == null ? "" : (String) runawayResult[1],
                    runawayResult[2] == null ? 0 : (Double) runawayResult[2], wall);
        }
    }

    private static void note(List<String> failures, String what) {
        if (failures.size() < 20) {
            failures.add(what);
        }
    }
}
