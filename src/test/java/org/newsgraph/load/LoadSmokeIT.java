package org.newsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.Ingests;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.KnowledgeStore;

/**
 * The load test of docs/reliability.md in small: 300 requests of the benchmark's query mix from 16 clients on
 * loopback against a store of the two seed articles, with the runaway query as request 100 and a 5-second
 * query timeout. Every ordinary query is answered; the runaway is stopped with the timeout status.
 * (The full run, 10,000 requests against 10,000 articles, is {@code bench/load-test}.)
 */
class LoadSmokeIT {

    /**
     * The server's limit on every query, the ordinary ones too: those take milliseconds, and the limit leaves
     * them ample room on a machine busy with other work.
     */
    private static final Duration LIMIT = Duration.ofSeconds(5);

    /** The runaway, cut at its limit, answers well before this; left to run it would take days. */
    private static final Duration CUT_BEFORE = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    @Test
    void threeHundredMixedQueriesFromSixteenClientsAllSucceedAndTheRunawayIsCutAtItsTimeout() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("store"))) {
            Ingests.strictly(List.of("seeds"), store);
            NewsgraphServer server = NewsgraphServer.create().dataset(store.dataset()).port(0)
                .queryTimeout(LIMIT).build().start();
            try {
                String endpoint = "http://127.0.0.1:" + server.port() + "/kg/sparql";
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
                List<QueryMix.Query> mix = QueryMix.queries(QueryMix.sample(http, endpoint));

                LoadTest.Outcome o = LoadTest.run(http, endpoint, mix, 300, 16, QueryMix.RUNAWAY, 100,
                    Duration.ofSeconds(60), Duration.ofMinutes(5));

                assertEquals(List.of(), o.failures());
                assertEquals(0, o.ordinaryFailed());
                assertEquals(299, o.ordinaryOk());
                Map<String, Integer> counts = new LinkedHashMap<>();
                o.perQuery().forEach((name, s) -> counts.put(name, s.requests()));
                // request 100 would have been the fifth query of the mix (100 mod 6 = 4)
                assertEquals(Map.of("entity look-up", 50, "name search", 50, "meetings of a person", 50,
                    "calls in a date range", 50, "most-connected people", 49, "meeting list with evidence", 50), counts);
                assertEquals(503, o.runawayStatus());
                assertEquals("Query timed out", o.runawayBody());
                assertTrue(o.runawayMillis() >= LIMIT.toMillis(), "answered before its timeout: " + o.runawayMillis());
                assertTrue(o.runawayMillis() < CUT_BEFORE.toMillis(), "not cut at its timeout: " + o.runawayMillis());
            } finally {
                server.stop();
            }
        }
    }
}
