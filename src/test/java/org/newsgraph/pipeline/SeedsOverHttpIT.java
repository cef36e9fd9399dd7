package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.Article;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.KnowledgeStore;

/** The foundation's promise: the seeds ingested into TDB2 and asked over SPARQL on HTTP give their meetings. */
class SeedsOverHttpIT {

    @TempDir
    static Path dir;

    private static KnowledgeStore store;
    private static NewsgraphServer server;

    @BeforeAll
    static void ingestAndServe() {
        store = KnowledgeStore.open(dir.resolve("store"));
        IngestReport r = Ingests.strictly(List.of("seeds"), store);
        assertEquals(2, r.articles());
        server = NewsgraphServer.create().dataset(store.dataset()).port(0).build();
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static JsonNode select(String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/kg/sparql"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), resp.body());
        return new ObjectMapper().readTree(resp.body()).path("results").path("bindings");
    }

    @Test
    void everyExampleOfTheEditorReturnsRowsOnTheSeeds() throws Exception {
        String file;
        try (var in = NewsgraphServer.class.getResourceAsStream("examples.rq")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] parts = file.split("(?m)^#> ");
        assertEquals(8, parts.length, "the file's comment and seven examples");
        for (int i = 1; i < parts.length; i++) {
            String title = parts[i].lines().findFirst().orElseThrow();
            String query = parts[i].substring(title.length());
            assertTrue(select(query).size() > 0, "no rows for the example " + title);
        }
    }

    @Test
    void theMeetingsOfBothSeedsComeBackWithLabelsAndTheirSentences() throws Exception {
        JsonNode rows = select("""
                PREFIX nkg: <https://w3id.org/newsgraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?a ?b ?s WHERE {
                  ?m a nkg:Meeting ; nkg:participant ?x, ?y ; nkg:evidence/nkg:text ?s .
                  ?x rdfs:label ?a . ?y rdfs:label ?b FILTER(STR(?a) < STR(?b))
                } ORDER BY ?a ?b""");
        List<String> got = new ArrayList<>();
        rows.forEach(r -> got.add(r.path("a").path("value").asText() + " | " + r.path("b").path("value").asText()
                + " | " + r.path("s").path("value").asText()));
        assertEquals(List.of(
                "Abdolreza Rahmani Fazli | Mala Bakhtiar | Bakhtiar also met with Iran’s Interior Minister Abdolreza"
                        + " Rahmani Fazli on Tuesday to discuss ways to counter terrorism.",
                "Ali Shamkhani | Karim Sinjari | Back in August, Iran’s Supreme National Security Council (SNSC) Ali"
                        + " Shamkhani and the Iraqi Kurdistan Region’s Interior Minister Karim Sinjari met to discuss the"
                        + " security situation in Iraq’s semi-autonomous Kurdistan region as well as ways to further"
                        + " ramp up the security of the region.",
                "Emomali Rahmon | Mohammad Javad Zarif | As another part of his schedule in Dushanbe, Zarif on Monday"
                        + " conferred with Tajik President Emomali Rahmon on bilateral relations as well as regional and"
                        + " international developments.",
                "Mala Bakhtiar | Mohammad Javad Zarif | Zarif made the remarks in a meeting with Mala Bakhtiar, the"
                        + " chief of executive body of Patriotic Union of Kurdistan (PUK).",
                "Mohammad Javad Zarif | Raşit Meredow | Iranian foreign minister also held a meeting with his Turkmen"
                        + " counterpart Raşit Meredow discussed bilateral relations."), got);
    }

    @Test
    void theMeetingInDushanbeKeepsItsDateTextAndPlace() throws Exception {
        JsonNode rows = select("""
                PREFIX nkg: <https://w3id.org/newsgraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?when ?where WHERE {
                  ?m a nkg:Meeting ; nkg:participant ?p ; nkg:dateText ?when ; nkg:place/rdfs:label ?where .
                  ?p rdfs:label "Emomali Rahmon" }""");
        assertEquals(1, rows.size());
        assertEquals("on Monday", rows.get(0).path("when").path("value").asText());
        assertEquals("Dushanbe", rows.get(0).path("where").path("value").asText());
    }

    @Test
    void theCallsOfBothSeedsComeBackWithAgentsContentAndAddressee() throws Exception {
        JsonNode rows = select("""
                PREFIX nkg: <https://w3id.org/newsgraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT (GROUP_CONCAT(?n; separator=" + ") AS ?agents) ?c (SAMPLE(?t) AS ?to) WHERE {
                  ?a a nkg:Appeal ; nkg:content ?c ; nkg:agent/rdfs:label ?n
                  OPTIONAL { ?a nkg:addressee/rdfs:label ?t }
                } GROUP BY ?a ?c ORDER BY ?c""");
        List<String> got = new ArrayList<>();
        rows.forEach(r -> got.add(String.join(" + ", java.util.Arrays.stream(r.path("agents").path("value").asText()
                .split(" \\+ ")).sorted().toList()) + " > " + r.path("c").path("value").asText()
                + (r.has("to") ? " | " + r.path("to").path("value").asText() : "")));
        assertEquals(List.of(
                "Mohammad Javad Zarif > a regional strategy to tackle the threat",
                "Abdolreza Rahmani Fazli > cooperation between the two sides in order to fight drug smuggling and"
                        + " illegal cross-border transactions",
                "Emomali Rahmon + Mohammad Javad Zarif > expansion of mutual relations and cooperation in various"
                        + " political, economic, cultural, energy and technological know-how sectors",
                "Mohammad Javad Zarif > forge a common regional strategy against terrorist groups and stop “the spread"
                        + " of their ideology of hate and cut their financial resources” | Economic Cooperation"
                        + " Organization"), got);
    }
}
