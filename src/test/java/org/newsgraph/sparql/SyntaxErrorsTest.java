package org.newsgraph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser's errors, each said in one line with what was found and where. */
class SyntaxErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SELECT * { ?s ?p }                       | Unexpected \"}\" at line 1, column 18",
        "SELECT * WHERE { ?s <bad iri> ?o }       | Unexpected \"<\" at line 1, column 21",
        "SELEKT * {}                              | Unknown word \"SELEKT\" at line 1, column 7",
        "SELECT * WHERE { ?s ?p ?o } LIMT 3       | Unknown word \"LIMT\" at line 1, column 33",
        "SELECT ?x { ?s ?p \"abc }                | Unfinished: \"abc } at line 1, column 25",
        "SELECT * { ?s foo:bar ?o }               | Line 1, column 15: Unresolved prefixed name: foo:bar",
        "SELECT ?x WHERE { ?x ?y                  | The query ends too soon, at line 1, column 23",
    })
    void aSyntaxErrorIsOneLineSayingWhatWasFoundAndWhere(String query, String expected) {
        assertEquals(expected, SyntaxErrors.readable(parseError(query.strip())));
    }

    private static String parseError(String query) {
        try {
            QueryFactory.create(query, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return e.getMessage();
        }
        throw new AssertionError("parsed: " + query);
    }
}
