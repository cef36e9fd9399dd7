package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/**
 * The functions that could outrun the timeout or the heap, bounded: REGEX stopped in mid-match by the timeout,
 * GROUP_CONCAT stopped at its budget, with the answers of both unchanged below their bounds.
 */
class SafeguardsTest {

    /** Backtracks 34 levels deep over 40 characters: hours of matching without the safeguard. */
    private static final String CATASTROPHIC = "SELECT * { BIND(\"" + "a".repeat(40) + "!\" AS ?x)"
        + " FILTER(REGEX(?x, \"^(.*a){34}$\")) }";

    private static final DatasetGraph DATA = DatasetGraphFactory.create();

    static {
        for (int i = 0; i < 200; i++)
            DATA.add(SSE.parseQuad("(<http://g> <http://s" + i + "> <http://p> \"value " + i + "\")"));
    }

    private static QueryExecBuilder exec(String query, QueryPolicy policy) {
        QueryExecBuilder b = QueryExec.dataset(DATA).query(query);
        Context cxt = policy.configure(new Context());
        cxt.keys().forEach(k -> b.set(k, cxt.get(k)));
        return b;
    }

    private static List<String> column(String query, QueryPolicy policy) {
        try (QueryExec qe = exec(query, policy).build()) {
            RowSet rs = qe.select();
            return rs.stream().map(b -> b.get("r").getLiteralLexicalForm()).toList();
        }
    }

    @Test
    void aCatastrophicRegexIsStoppedByTheTimeoutWithinTwoSecondsOfIt() {
        long start = System.nanoTime();
        try (QueryExec qe = exec(CATASTROPHIC, QueryPolicy.storeOnly()).timeout(1, TimeUnit.SECONDS).build()) {
            assertThrows(QueryCancelledException.class, () -> qe.select().forEachRemaining(b -> {}));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
    }

    @Test
    void aCatastrophicRegexOfConstantsIsStoppedToo() {
        String constant = "SELECT * { FILTER(REGEX(\"" + "a".repeat(40) + "!\", \"^(.*a){34}$\")) }";
        long start = System.nanoTime();
        try (QueryExec qe = exec(constant, QueryPolicy.storeOnly()).timeout(1, TimeUnit.SECONDS).build()) {
            assertThrows(QueryCancelledException.class, () -> qe.select().forEachRemaining(b -> {}));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
    }

    @Test
    void regexAnswersAsArqDoesWithFlagsLanguagesAndVariablePatterns() {
        String q = """
            SELECT ?r {
              VALUES (?text ?pattern ?flags) {
                ("Zarif met Lavrov" "^zarif" "i") ("Zarif met Lavrov" "^zarif" "") ("Moscou"@fr "c.u$" "")
                ("a.b" "a\\\\.b" "") ("axb" "a\\\\.b" "") (<http://iri> "iri" "")
              }
              BIND(COALESCE(STR(REGEX(?text, ?pattern, ?flags)), "error") AS ?r)
            }""";
        assertEquals(List.of("true", "false", "true", "true", "false", "error"), column(q, QueryPolicy.storeOnly()));
    }

    @Test
    void groupConcatBeyondItsBudgetStopsTheQueryWithOneLine() {
        // 200 x 200 rows of about 9 characters: 360,000 characters, over a budget of 100,000
        String q = "SELECT (GROUP_CONCAT(?o) AS ?r) { GRAPH ?g { ?a ?b ?o } GRAPH ?h { ?c ?d ?e } }";
        QueryPolicy small = QueryPolicy.storeOnly().withMaxConcatChars(100_000);
        QueryTooLarge e = assertThrows(QueryTooLarge.class, () -> column(q, small));
        assertEquals("Query too large: GROUP_CONCAT over 100,000 characters", e.getMessage());
    }

    @Test
    void groupConcatWithinItsBudgetAnswersAsArqDoes() {
        // 5 + 3 + 0 characters: exactly the budget, shared by the groups of the whole query
        String q = """
            SELECT ?r { { SELECT (GROUP_CONCAT(?o; SEPARATOR="|") AS ?r) { VALUES ?o { "a" "b" "a" } } }
              UNION { SELECT (GROUP_CONCAT(DISTINCT ?o) AS ?r) { VALUES ?o { "a" "b" "a" } } }
              UNION { SELECT (GROUP_CONCAT(?o) AS ?r) { VALUES ?o { "x" } FILTER(false) } } }""";
        assertEquals(List.of("a|b|a", "a b", ""), column(q, QueryPolicy.storeOnly().withMaxConcatChars(8)));
    }
}
