package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The builder's checks and the start page's small parts, without a running server. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NewsgraphServerTest {

    @Test
    void building_without_a_dataset_says_what_is_missing() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> NewsgraphServer.create().build());
        assertEquals("No dataset: call dataset(...) before build()", e.getMessage());
    }

    @Test
    void ports_outside_0_to_65535_are_refused() {
        assertEquals("port must be 0 to 65535, not -1",
            assertThrows(IllegalArgumentException.class, () -> NewsgraphServer.create().port(-1)).getMessage());
        assertEquals("port must be 0 to 65535, not 65536",
            assertThrows(IllegalArgumentException.class, () -> NewsgraphServer.create().port(65536)).getMessage());
    }

    @Test
    void a_query_timeout_under_one_millisecond_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> NewsgraphServer.create().queryTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> NewsgraphServer.create().queryTimeout(Duration.ofSeconds(-1)));
    }

    @Test
    void a_blank_host_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> NewsgraphServer.create().host(" "));
    }

    @Test
    void the_url_names_the_host_and_port_asked_for() {
        NewsgraphServer server = NewsgraphServer.create().dataset(DatasetFactory.createTxnMem()).port(3999).build();
        assertEquals("http://127.0.0.1:3999/", server.url());
        NewsgraphServer v6 = NewsgraphServer.create().dataset(DatasetFactory.createTxnMem()).host("::1").port(3999).build();
        assertEquals("http://[::1]:3999/", v6.url());
    }

    @Test
    void timeouts_are_described_in_seconds() {
        assertEquals("30 seconds", StartPageServlet.describe(Duration.ofSeconds(30)));
        assertEquals("1 second", StartPageServlet.describe(Duration.ofSeconds(1)));
        assertEquals("1.5 seconds", StartPageServlet.describe(Duration.ofMillis(1500)));
    }

    @Test
    void the_example_file_holds_the_titled_queries_of_the_issue_and_each_parses() {
        List<TitledQuery> examples = TitledQuery.load("examples.rq");

        assertEquals(List.of("Who met whom, and the sentence that says so", "The meetings of a person",
            "Calls addressed to an organization", "Where they met, and when the article says it was",
            "The most connected people",
            "Who called for what", "Meetings by date and place, with the article they come from"),
            examples.stream().map(TitledQuery::title).toList());
        examples.forEach(e -> QueryFactory.create(e.query()));
    }

    @Test
    void every_query_of_the_pages_parses_and_the_default_editor_query_too() {
        TitledQuery.loadByTitle("queries.rq").forEach((title, q) -> QueryFactory.create(q));
        QueryFactory.create(Template.resourceText("default.rq"));
    }

    @Test
    void titled_queries_are_split_at_title_lines_and_trimmed_and_lines_before_the_first_are_comments() {
        String text = "# file comment\n\n#> One\nASK {}\n\n#> Two\r\nSELECT * {}\n# note\n";

        assertEquals(List.of(new TitledQuery("One", "ASK {}"), new TitledQuery("Two", "SELECT * {}\n# note")),
            TitledQuery.parse(text));
    }

    @Test
    void template_values_are_escaped_unless_the_slot_takes_html() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Template.escape("<a href=\"x\">&'"));
        String html = Template.fragments("index.html").get("example").render("href", "a?b=1&c=2", "title", "<T>");
        assertEquals("    <li><a href=\"a?b=1&amp;c=2\">&lt;T&gt;</a></li>", html);
        assertEquals("<a class=\"entity person\" href=\"x\"><b></a>", Template.fragments("entity.html").get("link")
            .render(Map.of("kind", "person", "href", "x", "label", "<b>")).replace("&lt;b&gt;", "<b>"));
    }

    @Test
    void a_template_slot_without_a_value_is_an_error() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Template.fragments("index.html").get("example").render("href", "x"));
        assertEquals("Template index.html#example: no value for {{title}}", e.getMessage());
    }

    @Test
    void fragments_run_from_their_marker_line_to_the_next_without_the_last_line_break() {
        Map<String, Template> parts = Template.fragments("article.html");

        assertEquals("</a>", parts.get("mention-end").render());
        assertEquals("<mark class=\"evidence meeting appeal\" title=\"t\">",
            parts.get("evidence-continued").render("kinds", "meeting appeal", "title", "t"));
    }

    @Test
    void iris_show_short_and_link_to_the_page_that_knows_them() {
        assertEquals("nkg:Meeting", Html.shortIri("https://w3id.org/newsgraph/ontology#Meeting"));
        assertEquals("ng:person/maria-lopez", Html.shortIri("https://w3id.org/newsgraph/person/maria-lopez"));
        assertEquals("<http://example.org/x>", Html.shortIri("http://example.org/x"));
        assertEquals("ontology#Meeting", Html.iriHref("https://w3id.org/newsgraph/ontology#Meeting"));
        assertEquals(null, Html.iriHref("http://www.w3.org/2000/01/rdf-schema#label"));
        assertEquals("entity?iri=http%3A%2F%2Fexample.org%2Fx%23y", Html.iriHref("http://example.org/x#y"));
        assertEquals("article?iri=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Farticle%2Fa1#char=0,37",
            Html.articleHref("https://w3id.org/newsgraph/article/a1", "https://w3id.org/newsgraph/article/a1#char=0,37"));
    }

    @Test
    void dates_read_as_people_write_them() {
        assertEquals("9 April 2024", Html.date("2024-04-09"));
        assertEquals("2024-13", Html.date("2024-13"));
    }

    @Test
    void the_ontology_goes_to_browsers_as_html_and_to_everyone_else_as_turtle() {
        assertTrue(OntologyServlet.wantsHtml("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertFalse(OntologyServlet.wantsHtml(null));
        assertFalse(OntologyServlet.wantsHtml("*/*"));
        assertFalse(OntologyServlet.wantsHtml("text/turtle"));
        assertFalse(OntologyServlet.wantsHtml("text/turtle, text/html;q=0.5"));
        assertFalse(OntologyServlet.wantsHtml("application/rdf+xml, text/turtle;q=0.9, */*;q=0.1"));
        assertFalse(OntologyServlet.wantsHtml("this is ;;; not an accept header"));
    }

    @Test
    void the_pages_read_the_union_of_the_article_graphs_of_a_dataset_that_is_not_tdb2() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> RDFParser.fromString(TestStore.TRIG, Lang.TRIG).parse(dsg));
        // a bound on the query, not a measurement: generous for a cold engine on a busy machine
        GraphReader reader = new GraphReader(dsg, Duration.ofSeconds(60), org.newsgraph.sparql.QueryPolicy.storeOnly());

        List<Row> rows = reader.select("most met", Map.of());

        assertEquals(List.of("Mohammad Javad Zarif 1", "Sergey Lavrov 1"),
            rows.stream().map(r -> r.text("otherLabel") + " " + r.number("meetings")).toList());
    }
}
