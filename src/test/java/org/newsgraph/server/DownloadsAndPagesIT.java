package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.server.Http.header;
import static org.newsgraph.server.Http.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The dumps, the ontology and the start page of a real server over HTTP. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DownloadsAndPagesIT {

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

    static Stream<Arguments> namedGraphDumps() {
        return Stream.of(
            Arguments.of("newsgraph.nq.gz", "application/gzip", Lang.NQUADS),
            Arguments.of("newsgraph.trig", "application/trig", Lang.TRIG),
            Arguments.of("newsgraph.jsonld", "application/ld+json", Lang.JSONLD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedGraphDumps")
    void a_named_graph_dump_downloads_and_parses_back_into_a_dataset_isomorphic_to_the_store(
            String file, String contentType, Lang lang) {
        HttpResponse<byte[]> r = Http.get(base + "/dump/" + file);

        assertEquals(200, r.statusCode());
        assertEquals(contentType, header(r, "Content-Type"));
        assertEquals("attachment; filename=\"" + file + "\"", header(r, "Content-Disposition"));
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(body(r, file.endsWith(".gz"))).lang(lang).parse(parsed);
        assertTrue(IsoMatcher.isomorphic(TestStore.copy(store), parsed));
        assertEquals(2, parsed.size());
    }

    @Test
    void the_turtle_dump_parses_back_into_the_union_of_the_article_graphs() {
        HttpResponse<byte[]> r = Http.get(base + "/dump/newsgraph.ttl");

        assertEquals(200, r.statusCode());
        assertEquals("text/turtle; charset=utf-8", header(r, "Content-Type"));
        assertEquals("attachment; filename=\"newsgraph.ttl\"", header(r, "Content-Disposition"));
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).parse(parsed);
        assertTrue(parsed.isIsomorphicWith(TestStore.unionCopy(store)));
    }

    @Test
    void head_on_a_dump_gives_its_headers_without_claiming_it_is_empty() {
        HttpResponse<byte[]> r = Http.send(Http.request(base + "/dump/newsgraph.nq.gz")
            .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", header(r, "Content-Type"));
        assertEquals("attachment; filename=\"newsgraph.nq.gz\"", header(r, "Content-Disposition"));
        assertEquals(null, header(r, "Content-Length"));
    }

    @Test
    void an_unknown_dump_is_404() {
        assertEquals(404, Http.get(base + "/dump/newsgraph.rdf").statusCode());
        assertEquals(404, Http.get(base + "/dump/").statusCode());
    }

    @Test
    void the_ontology_is_served_as_turtle() {
        Assumptions.assumeTrue(DownloadsAndPagesIT.class.getResource(NewsgraphServer.ONTOLOGY_RESOURCE) != null,
            "ontology/newsgraph.ttl is not on the classpath yet");
        HttpResponse<byte[]> r = Http.get(base + "/ontology");

        assertEquals(200, r.statusCode());
        assertEquals("text/turtle; charset=utf-8", header(r, "Content-Type"));
        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).parse(parsed);
        assertTrue(parsed.contains(NodeFactory.createURI("https://w3id.org/newsgraph/ontology"), RDF.type.asNode(),
            OWL.Ontology.asNode()));
    }

    @Test
    void the_start_page_shows_what_the_store_holds() {
        HttpResponse<byte[]> r = Http.get(base + "/", "text/html");
        String html = text(r);

        assertEquals(200, r.statusCode());
        assertEquals("text/html;charset=utf-8", header(r, "Content-Type"));
        assertTrue(html.contains("<td id=\"count-articles\">2</td>"), html);
        assertTrue(html.contains("<td id=\"count-persons\">2</td>"), html);
        assertTrue(html.contains("<td id=\"count-organizations\">1</td>"), html);
        assertTrue(html.contains("<td id=\"count-locations\">1</td>"), html);
        assertTrue(html.contains("<td id=\"count-meetings\">1</td>"), html);
        assertTrue(html.contains("<td id=\"count-calls\">1</td>"), html);
        assertTrue(html.contains("<code id=\"endpoint-url\">" + base + "/kg/sparql</code>"), html);
        assertTrue(html.contains("query that runs longer than 30 seconds is stopped"), html);
        // The store's context does not make the default graph the union: the pages' queries must, by themselves.
        assertTrue(html.contains("<li><a class=\"entity person\" href=\"entity?iri=https%3A%2F%2Fw3id.org%2Fnewsgraph%2F"
            + "person%2Fmohammad-javad-zarif\">Mohammad Javad Zarif</a> <span class=\"count\">1 meeting</span></li>"), html);
    }

    @Test
    void the_start_page_links_to_the_dumps_and_the_ontology_and_each_link_works() {
        String html = text(Http.get(base + "/"));

        for (String link : List.of("dump/newsgraph.nq.gz", "dump/newsgraph.trig", "dump/newsgraph.ttl",
                "dump/newsgraph.jsonld", "ontology")) {
            assertTrue(html.contains("<a href=\"" + link + "\">"), link);
            if (!link.equals("ontology") || DownloadsAndPagesIT.class.getResource(NewsgraphServer.ONTOLOGY_RESOURCE) != null)
                assertEquals(200, Http.get(base + "/" + link).statusCode(), link);
        }
    }

    @Test
    void every_example_query_on_the_start_page_opens_in_the_editor_with_its_results() {
        String html = text(Http.get(base + "/"));
        List<TitledQuery> examples = TitledQuery.load("examples.rq");
        Matcher links = Pattern.compile("<a href=\"(sparql\\?query=[^\"]+)\">([^<]+)</a>").matcher(html);

        assertEquals(7, examples.size());
        for (TitledQuery e : examples) {
            assertTrue(links.find(), "no link for " + e.title());
            assertEquals(Template.escape(e.title()), links.group(2));
            assertEquals("sparql?query=" + Http.enc(e.query()), links.group(1));
            HttpResponse<byte[]> r = Http.get(base + "/" + links.group(1));
            assertEquals(200, r.statusCode(), () -> e.title() + ": " + text(r));
            assertEquals("text/html;charset=utf-8", header(r, "Content-Type"));
            assertTrue(text(r).contains("<table id=\"results-table\">"), e.title());
        }
        assertTrue(!links.find(), "more links than examples");
    }

    @Test
    void the_first_example_finds_the_meeting_with_its_sentence_and_its_csv_download_says_so_too() {
        String editor = text(Http.get(base + "/sparql?query="
            + Http.enc(TitledQuery.load("examples.rq").get(0).query())));
        Matcher csv = Pattern.compile("<a href=\"([^\"]+)\" download=\"results.csv\"").matcher(editor);

        assertTrue(editor.contains("<tr><td>Mohammad Javad Zarif</td><td>Sergey Lavrov</td>"
            + "<td>Zarif met Lavrov in Moscow on Monday.</td></tr>"), editor);
        assertTrue(csv.find(), editor);
        HttpResponse<byte[]> r = Http.get(base + "/" + csv.group(1).replace("&amp;", "&"));
        assertEquals("a,b,sentence\r\nMohammad Javad Zarif,Sergey Lavrov,Zarif met Lavrov in Moscow on Monday.\r\n", text(r));
    }

    @Test
    void the_start_page_is_sent_with_security_headers() {
        HttpResponse<byte[]> r = Http.get(base + "/");

        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        assertEquals("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'", header(r, "Content-Security-Policy"));
        assertEquals("no-referrer", header(r, "Referrer-Policy"));
        assertEquals("DENY", header(r, "X-Frame-Options"));
    }

    @Test
    void the_stylesheet_the_page_links_is_served() {
        assertTrue(text(Http.get(base + "/")).contains("<link rel=\"stylesheet\" href=\"static/newsgraph.css\">"));
        HttpResponse<byte[]> r = Http.get(base + "/static/newsgraph.css");

        assertEquals(200, r.statusCode());
        assertEquals("text/css; charset=utf-8", header(r, "Content-Type"));
    }

    @Test
    void a_path_that_is_nothing_is_404() {
        assertEquals(404, Http.get(base + "/nothing-here").statusCode());
    }

    private static InputStream body(HttpResponse<byte[]> r, boolean gzip) {
        InputStream in = new ByteArrayInputStream(r.body());
        try {
            return gzip ? new GZIPInputStream(in) : in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
