package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.server.Http.enc;
import static org.newsgraph.server.Http.header;
import static org.newsgraph.server.Http.text;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SPARQL endpoint and the read-only Graph Store Protocol of a real server over HTTP. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SparqlEndpointIT {

    private static final String PREFIXES = """
        PREFIX nkg:  <https://w3id.org/newsgraph/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        """;

    /** Who met whom: the two directions of nkg:metWith, in a1. */
    private static final String MET_WITH = PREFIXES + """
        SELECT ?a ?b WHERE { ?x nkg:metWith ?y . ?x rdfs:label ?a . ?y rdfs:label ?b } ORDER BY ?a
        """;

    @TempDir
    static Path dir;
    private static Dataset store;
    private static NewsgraphServer server;
    private static String base;

    @BeforeAll
    static void start() {
        store = TestStore.create(dir);
        server = NewsgraphServer.create().dataset(store).port(0).build().start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
        TestStore.release(store);
    }

    @Test
    void the_server_listens_on_the_free_port_it_was_given_on_the_loopback_address() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.url());
    }

    @Test
    void a_select_over_the_default_graph_joins_facts_from_two_article_graphs() {
        // The meeting is in a1 and the appeal in a2: only the union default graph has both.
        String query = PREFIXES + """
            SELECT ?met ?called WHERE {
              ?m a nkg:Meeting ; nkg:participant ?p, ?q .
              ?p nkg:calledFor/nkg:content ?called .
              ?q rdfs:label ?met FILTER(?p != ?q)
            }
            """;
        HttpResponse<byte[]> r = Http.get(base + "/kg/sparql?query=" + enc(query), "application/sparql-results+json");

        assertEquals(200, r.statusCode());
        assertEquals(List.of(List.of("Sergey Lavrov", "to lift the sanctions")), rows(r, ResultSetLang.RS_JSON));
    }

    @Test
    void the_default_graph_holds_each_triple_once_though_two_graphs_state_it() {
        String query = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?x a nkg:Person }";
        HttpResponse<byte[]> r = Http.get(base + "/kg/sparql?query=" + enc(query), "application/sparql-results+json");

        assertEquals(List.of(List.of("2")), rows(r, ResultSetLang.RS_JSON));
    }

    @Test
    void query_results_come_as_json_when_asked_for() {
        HttpResponse<byte[]> r = Http.get(base + "/kg/sparql?query=" + enc(MET_WITH), "application/sparql-results+json");

        assertEquals(200, r.statusCode());
        assertEquals("application/sparql-results+json; charset=utf-8", header(r, "Content-Type"));
        assertEquals(List.of(List.of("Mohammad Javad Zarif", "Sergey Lavrov"), List.of("Sergey Lavrov", "Mohammad Javad Zarif")),
            rows(r, ResultSetLang.RS_JSON));
    }

    @Test
    void query_results_come_as_xml_when_asked_for() {
        HttpResponse<byte[]> r = Http.get(base + "/kg/query?query=" + enc(MET_WITH), "application/sparql-results+xml");

        assertEquals(200, r.statusCode());
        assertEquals("application/sparql-results+xml", header(r, "Content-Type"));
        assertEquals(List.of(List.of("Mohammad Javad Zarif", "Sergey Lavrov"), List.of("Sergey Lavrov", "Mohammad Javad Zarif")),
            rows(r, ResultSetLang.RS_XML));
    }

    @Test
    void query_results_come_as_csv_when_asked_for() {
        HttpResponse<byte[]> r = Http.get(base + "/kg/sparql?query=" + enc(MET_WITH), "text/csv");

        assertEquals(200, r.statusCode());
        assertEquals("text/csv; charset=utf-8", header(r, "Content-Type"));
        assertEquals("a,b\r\nMohammad Javad Zarif,Sergey Lavrov\r\nSergey Lavrov,Mohammad Javad Zarif\r\n", text(r));
    }

    @Test
    void a_csv_answer_that_fits_the_output_buffer_leaves_in_one_piece_with_its_length() {
        // Jena's CSV writer flushes after every value; passed on, each flush went out as a chunk of its own
        // (a socket write each) and the answer had no Content-Length.
        HttpResponse<byte[]> r = Http.get(base + "/kg/sparql?query=" + enc(MET_WITH), "text/csv");

        assertEquals(200, r.statusCode());
        assertEquals(null, header(r, "Transfer-Encoding"));
        assertEquals("77", header(r, "Content-Length"));
        assertEquals(77, r.body().length);
    }

    @Test
    void a_query_sent_by_post_as_a_form_is_answered() {
        HttpResponse<byte[]> r = Http.send(Http.request(base + "/kg/sparql")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/tab-separated-values")
            .POST(BodyPublishers.ofString("query=" + enc(MET_WITH))).build());

        assertEquals(200, r.statusCode());
        assertEquals("?a\t?b\n\"Mohammad Javad Zarif\"\t\"Sergey Lavrov\"\n\"Sergey Lavrov\"\t\"Mohammad Javad Zarif\"\n", text(r));
    }

    @Test
    void a_query_sent_by_post_as_sparql_query_is_answered_on_the_dataset_url() {
        HttpResponse<byte[]> r = Http.send(Http.request(base + "/kg")
            .header("Content-Type", "application/sparql-query")
            .header("Accept", "application/sparql-results+json")
            .POST(BodyPublishers.ofString(MET_WITH)).build());

        assertEquals(200, r.statusCode());
        assertEquals(2, rows(r, ResultSetLang.RS_JSON).size());
    }

    static Stream<Arguments> writes() {
        String update = "INSERT DATA { GRAPH <urn:example:g> { <urn:example:s> <urn:example:p> 1 } }";
        String nquads = "<urn:example:s> <urn:example:p> <urn:example:o> <urn:example:g> .\n";
        String turtle = "<urn:example:s> <urn:example:p> <urn:example:o> .\n";
        String a1 = "/kg?graph=" + enc(TestStore.A1.getURI());
        String form = "application/x-www-form-urlencoded";
        return Stream.of(
            write("SPARQL Update posted to /kg/sparql", 415, "POST", "/kg/sparql", "application/sparql-update", update),
            write("SPARQL Update posted as a form to /kg/sparql", 400, "POST", "/kg/sparql", form, "update=" + enc(update)),
            write("SPARQL Update posted to /kg", 400, "POST", "/kg", "application/sparql-update", update),
            write("SPARQL Update posted as a form to /kg", 400, "POST", "/kg", form, "update=" + enc(update)),
            write("SPARQL Update posted to /kg/update", 404, "POST", "/kg/update", "application/sparql-update", update),
            write("PUT of a dataset on /kg", 405, "PUT", "/kg", "application/n-quads", nquads),
            write("POST of a dataset to /kg", 405, "POST", "/kg", "application/n-quads", nquads),
            write("PUT of a graph on /kg?graph=", 405, "PUT", a1, "text/turtle", turtle),
            write("POST of a graph to /kg?graph=", 405, "POST", a1, "text/turtle", turtle),
            write("DELETE of a graph on /kg?graph=", 405, "DELETE", a1, null, null),
            write("DELETE of /kg", 405, "DELETE", "/kg", null, null));
    }

    /** One write attempt: the request, made once the server's base URL is known. */
    private static Arguments write(String description, int status, String method, String path, String contentType, String body) {
        Function<String, HttpRequest> request = base -> {
            HttpRequest.Builder r = Http.request(base + path);
            if (contentType != null)
                r.header("Content-Type", contentType);
            return r.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body)).build();
        };
        return Arguments.of(Named.of(description, request), status);
    }

    @ParameterizedTest(name = "{0} is refused with {1}")
    @MethodSource("writes")
    void every_way_of_writing_is_refused_and_the_store_is_unchanged(Function<String, HttpRequest> request, int status) {
        DatasetGraph before = TestStore.copy(store);

        HttpResponse<byte[]> r = Http.send(request.apply(base));

        assertEquals(status, r.statusCode(), () -> text(r));
        assertTrue(IsoMatcher.isomorphic(before, TestStore.copy(store)));
    }

    @Test
    void a_refused_write_with_a_body_closes_its_connection_so_no_client_reuses_it_while_it_closes() {
        HttpResponse<byte[]> r = Http.send(Http.request(base + "/kg").header("Content-Type", "application/n-quads")
            .PUT(BodyPublishers.ofString("<urn:example:s> <urn:example:p> <urn:example:o> <urn:example:g> .\n")).build());

        assertEquals(405, r.statusCode());
        assertEquals("close", header(r, "Connection"));
    }

    @Test
    void get_on_the_dataset_returns_every_quad_in_the_format_asked_for() {
        HttpResponse<byte[]> r = Http.get(base + "/kg", "application/n-quads");

        assertEquals(200, r.statusCode());
        assertEquals("application/n-quads", header(r, "Content-Type"));
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.NQUADS).parse(parsed);
        assertTrue(IsoMatcher.isomorphic(TestStore.copy(store), parsed));
    }

    @Test
    void get_of_one_graph_returns_exactly_that_article_graph() {
        HttpResponse<byte[]> r = Http.get(base + "/kg?graph=" + enc(TestStore.A2.getURI()), "text/turtle");

        assertEquals(200, r.statusCode());
        assertEquals("text/turtle", header(r, "Content-Type"));
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).parse(parsed);
        assertTrue(parsed.isIsomorphicWith(TestStore.graphCopy(store, TestStore.A2)));
        assertEquals(23, parsed.size());
    }

    @Test
    void get_of_a_graph_that_does_not_exist_is_404() {
        HttpResponse<byte[]> r = Http.get(base + "/kg?graph=" + enc("https://w3id.org/newsgraph/article/none"), "text/turtle");

        assertEquals(404, r.statusCode());
    }

    @Test
    void a_malformed_query_is_a_400_that_names_the_problem() {
        HttpResponse<byte[]> r = Http.get(base + "/kg/sparql?query=" + enc("SELECT * WHERE { ?s ?p }"), "application/sparql-results+json");

        assertEquals(400, r.statusCode());
        assertTrue(text(r).contains("Parse error"), text(r));
    }

    private static List<List<String>> rows(HttpResponse<byte[]> r, Lang lang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), lang);
        List<String> vars = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            for (String v : vars) {
                Node n = s.get(v).asNode();
                row.add(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
            }
            rows.add(row);
        }
        return rows;
    }
}
