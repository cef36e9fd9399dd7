package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which queries and updates reach only the store, wherever SERVICE or LOAD hides in them. */
class QueryPolicyTest {

    private static final QueryPolicy STORE_ONLY = QueryPolicy.storeOnly();

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * { ?a ?b ?c OPTIONAL { SERVICE SILENT <http://example.org/> { ?s ?p ?o } } }",
        "SELECT * { { SELECT ?s { SERVICE <http://example.org/> { ?s ?p ?o } } } }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/> { ?s ?p ?o } } }",
        "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://example.org/> { ?s ?p ?o } } }",
        "SELECT * { SERVICE ?where { ?s ?p ?o } VALUES ?where { <http://example.org/> } }",
        "SELECT * { SERVICE <http://a/> { SERVICE <http://b/> { ?s ?p ?o } } }",
        "ASK { GRAPH ?g { SERVICE <file:///etc/passwd> { ?s ?p ?o } } }",
    })
    void aQueryWithServiceAnywhereIsRefusedWithOneLine(String query) {
        assertEquals("SERVICE refused: queries here read only this store (--allow-service lets them call other"
            + " endpoints)", STORE_ONLY.refusal(QueryFactory.create(query)));
    }

    @Test
    void aQueryOfTheStoreAloneMayRun() {
        assertNull(STORE_ONLY.refusal(QueryFactory.create(
            "SELECT ?s (GROUP_CONCAT(?o) AS ?c) { GRAPH ?g { ?s ?p ?o FILTER EXISTS { ?s a ?t } } } GROUP BY ?s")));
    }

    @Test
    void serviceMayRunWhenAllowed() {
        assertNull(QueryPolicy.of(true).refusal(QueryFactory.create("SELECT * { SERVICE <http://a/> { ?s ?p ?o } }")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "LOAD <file:///etc/passwd>",
        "LOAD SILENT <http://127.0.0.1:9/data.ttl> INTO GRAPH <http://g/>",
        "INSERT DATA { <http://s> <http://p> 1 } ; LOAD <file:///tmp/x.ttl>",
    })
    void loadIsRefusedEvenWhereServiceIsAllowed(String update) {
        String refusal = "LOAD refused: an update may not read files or URLs; put the data in INSERT DATA, or POST"
            + " articles to /kg/ingest";
        assertEquals(refusal, STORE_ONLY.refusal(UpdateFactory.create(update)));
        assertEquals(refusal, QueryPolicy.of(true).refusal(UpdateFactory.create(update)));
    }

    @Test
    void anUpdateWhoseWhereCallsAServiceIsRefused() {
        assertEquals(QueryPolicy.SERVICE_REFUSED, STORE_ONLY.refusal(UpdateFactory.create(
            "INSERT { GRAPH <http://g/> { ?s ?p ?o } } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")));
    }

    @Test
    void anUpdateOfTheStoreAloneMayRun() {
        assertNull(STORE_ONLY.refusal(UpdateFactory.create(
            "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } } ; DROP SILENT GRAPH <http://g/>")));
    }
}
