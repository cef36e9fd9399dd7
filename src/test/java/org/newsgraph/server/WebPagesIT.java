package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.server.Http.enc;
import static org.newsgraph.server.Http.header;
import static org.newsgraph.server.Http.text;
import static org.newsgraph.server.WebFixture.LOPEZ;
import static org.newsgraph.server.WebFixture.MARTIN;
import static org.newsgraph.server.WebFixture.NG;
import static org.newsgraph.server.WebFixture.PARIS_ARTICLE;
import static org.newsgraph.server.WebFixture.RAHMON_SENTENCE;
import static org.newsgraph.server.WebFixture.ZARIF;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web pages over plain HTTP, as a browser without JavaScript (or a crawler) gets them: everything but
 * the network drawing and the editor's highlighting is in the HTML the server sends.
 */
@ExtendWith(WebFixture.Resolver.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebPagesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebFixture web;

    @BeforeAll
    static void fixture(WebFixture fixture) {
        web = fixture;
    }

    private static String page(String path) {
        HttpResponse<byte[]> r = Http.get(web.url(path), "text/html");
        assertEquals(200, r.statusCode(), () -> path + ": " + text(r));
        assertEquals("text/html;charset=utf-8", header(r, "Content-Type"));
        assertEquals(Headers.CONTENT_SECURITY_POLICY, header(r, "Content-Security-Policy"));
        return text(r);
    }

    private static String link(String kind, String iri, String label) {
        return "<a class=\"entity " + kind + "\" href=\"entity?iri=" + enc(iri) + "\">" + label + "</a>";
    }

    @Test
    void the_start_page_counts_the_store_says_when_it_was_written_and_who_met_most() {
        String html = page("");

        assertTrue(html.contains("<td id=\"count-articles\">5</td>"), html);
        assertTrue(Pattern.compile("<td id=\"last-ingest\">\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\S+</td>").matcher(html).find(), html);
        assertTrue(html.contains("<li>" + link("person", LOPEZ, "Maria Lopez") + " <span class=\"count\">3 meetings</span></li>"),
            html);
        assertTrue(html.contains("<input id=\"start-search\" name=\"q\" type=\"search\""), html);
    }

    @Test
    void searching_zarif_finds_mohammad_javad_zarif_by_his_other_name() {
        String html = page("search?q=Zarif");

        assertTrue(html.contains("<p id=\"hit-count\">1 match.</p>"), html);
        assertTrue(html.contains("<li>" + link("person", ZARIF, "Mohammad Javad Zarif")
            + " <span class=\"badge person\">Person</span> <span class=\"matched\">also “Zarif”</span></li>"), html);
    }

    @Test
    void a_search_that_matches_nothing_says_so() {
        assertTrue(page("search?q=" + enc("Nobody <here>")).contains(
            "<p class=\"none\" id=\"hit-count\">No person, organization or place is named like “Nobody &lt;here&gt;”.</p>"));
    }

    @Test
    void suggestions_come_as_json_from_the_second_letter_on_ignoring_case_and_accents() throws IOException {
        HttpResponse<byte[]> r = Http.get(web.url("suggest?q=zar"));
        assertEquals("application/json", header(r, "Content-Type"));
        JsonNode first = JSON.readTree(r.body()).get(0);
        assertEquals("Mohammad Javad Zarif", first.get("label").asText());
        assertEquals("Person", first.get("type").asText());
        assertEquals("Zarif", first.get("matched").asText());
        assertEquals("entity?iri=" + enc(ZARIF), first.get("href").asText());

        assertEquals("[]", text(Http.get(web.url("suggest?q=z"))));
        assertEquals("Raşit Meredow", JSON.readTree(Http.get(web.url("suggest?q=RASIT")).body()).get(0).get("label").asText());
    }

    @Test
    void zarifs_page_shows_his_meeting_with_emomali_rahmon_with_the_sentence_and_its_date_text() {
        String html = page("entity?iri=" + enc(ZARIF));

        assertTrue(html.contains("<h1 id=\"entity-label\">Mohammad Javad Zarif</h1>"), html);
        assertTrue(html.contains("<p class=\"badge person\" id=\"entity-type\">Person</p>"), html);
        assertTrue(Pattern.compile("<dd id=\"other-names\">[^<]*\\bZarif\\b").matcher(html).find(), html);
        assertTrue(html.contains("<p class=\"fact-head\">With " + link("person", WebFixture.RAHMON, "Emomali Rahmon")
            + " in " + link("location", NG + "location/dushanbe", "Dushanbe") + "<span class=\"when\"> · on Monday</span></p>\n"
            + "  <blockquote class=\"evidence\"><p>" + RAHMON_SENTENCE + "</p>"), html);
    }

    @Test
    void maria_lopezs_network_has_her_two_counterparts_and_one_edge_per_meeting() throws IOException {
        String html = page("entity?iri=" + enc(LOPEZ));
        Matcher data = Pattern.compile("data-graph=\"([^\"]*)\"").matcher(html);
        assertTrue(data.find(), html);
        JsonNode graph = JSON.readTree(unescape(data.group(1)));

        assertEquals(List.of("Maria Lopez", "Olaf Brandt", "Pierre Martin"), texts(graph.get("nodes"), "label"));
        assertEquals(List.of("4 March 2024", "9 April 2024", "17 May 2024"), texts(graph.get("edges"), "label"));
        assertEquals(List.of(BRANDT_TARGET, MARTIN, BRANDT_TARGET), texts(graph.get("edges"), "target"));
        assertEquals(List.of("#meeting-1", "#meeting-2", "#meeting-3"), texts(graph.get("edges"), "href"));
        assertTrue(html.contains("aria-label=\"Network of meetings: Maria Lopez and 2 others, 3 edges\""), html);
    }

    private static final String BRANDT_TARGET = WebFixture.BRANDT;

    @Test
    void maria_lopezs_timeline_puts_her_three_meetings_on_a_time_axis() {
        String html = page("entity?iri=" + enc(LOPEZ));

        assertTrue(html.contains("<figcaption>3 dated meetings, 4 March 2024 to 17 May 2024.</figcaption>"), html);
        Matcher marks = Pattern.compile("<a href=\"#(meeting-\\d)\"><circle class=\"mark person\" cx=\"(\\d+)\"[^>]*><title>([^<]*)</title>")
            .matcher(html);
        List<String> found = new ArrayList<>();
        while (marks.find())
            found.add(marks.group(1) + " " + marks.group(2) + " " + marks.group(3));
        // 4 March at the left margin, 17 May at the right, 9 April in proportion between them.
        assertEquals(List.of("meeting-1 90 4 March 2024: Olaf Brandt", "meeting-2 392 9 April 2024: Pierre Martin",
            "meeting-3 710 17 May 2024: Olaf Brandt"), found);
    }

    @Test
    void maria_lopezs_role_and_call_come_with_their_sentences() {
        String html = page("entity?iri=" + enc(LOPEZ));

        assertTrue(html.contains("<span class=\"role-title\">Foreign Minister</span> of "
            + link("location", NG + "location/spain", "Spain") + "</p>"), html);
        assertTrue(html.contains("<p class=\"fact-head\"><q class=\"content\">expand its support for refugees</q></p>\n"
            + "  <p class=\"fact-meta\"><span>addressed to "
            + link("organization", NG + "organization/european-union", "European Union") + "</span></p>\n"
            + "  <blockquote class=\"evidence\"><p>Lopez called on the European Union to expand its support for refugees.</p>"
            + "<footer><a href=\"article?iri=" + enc(NG + "article/lopez-brandt-berlin") + "#char=131,201\">"
            + "Energy prices on the agenda in Berlin</a><span class=\"when\"> · 6 March 2024</span></footer></blockquote>"), html);
    }

    @Test
    void a_place_shows_the_calls_addressed_to_it_and_who_made_them() {
        String html = page("entity?iri=" + enc(NG + "location/spain"));

        assertTrue(html.contains("<p class=\"fact-head\"><q class=\"content\">increase its defence spending</q></p>\n"
            + "  <p class=\"fact-meta\"><span>by " + link("person", MARTIN, "Pierre Martin") + "</span></p>"), html);
    }

    @Test
    void other_iris_of_the_graph_are_sent_on_to_their_article_and_the_sentence_there() {
        HttpResponse<byte[]> meeting = Http.get(web.entityUrl(NG + "article/lopez-martin-paris/meeting/1"));
        assertEquals(303, meeting.statusCode());
        assertEquals("article?iri=" + enc(PARIS_ARTICLE) + "#char=28,132", header(meeting, "Location"));

        HttpResponse<byte[]> article = Http.get(web.entityUrl(PARIS_ARTICLE));
        assertEquals(303, article.statusCode());
        assertEquals("article?iri=" + enc(PARIS_ARTICLE), header(article, "Location"));

        HttpResponse<byte[]> sentence = Http.get(web.entityUrl(PARIS_ARTICLE + "#char=28,132"));
        assertEquals("article?iri=" + enc(PARIS_ARTICLE) + "#char=28,132", header(sentence, "Location"));
    }

    @Test
    void an_iri_that_is_not_in_the_graph_is_404_and_a_missing_one_400() {
        HttpResponse<byte[]> unknown = Http.get(web.entityUrl("http://example.org/nobody"));
        assertEquals(404, unknown.statusCode());
        assertTrue(text(unknown).contains("<p class=\"message\">Nothing in the store is about http://example.org/nobody.</p>"));
        assertEquals(400, Http.get(web.url("entity")).statusCode());
        assertEquals(404, Http.get(web.articleUrl(NG + "article/none")).statusCode());
        assertEquals(400, Http.get(web.url("article?iri=")).statusCode());
    }

    @Test
    void the_article_page_marks_every_mention_by_type_and_each_sentence_of_a_meeting_or_call() {
        String html = page("article?iri=" + enc(PARIS_ARTICLE));
        String lopez = mention("person", LOPEZ, "Maria Lopez");
        String martin = mention("person", MARTIN, "Pierre Martin");
        String paris = mention("location", NG + "location/paris", "Paris");

        assertTrue(html.contains("<div class=\"article-text\" id=\"article-text\">"
            + lopez + "Lopez</a> holds talks in " + paris + "Paris</a>\n\n"
            + "<mark class=\"evidence meeting\" id=\"char=28,132\" title=\"Meeting: Maria Lopez and Pierre Martin\">"
            + "Spanish Foreign Minister " + lopez + "Maria Lopez</a> held talks with French President " + martin
            + "Pierre Martin</a> in " + paris + "Paris</a> on Tuesday.</mark> "
            + "<mark class=\"evidence appeal\" id=\"char=133,185\" title=\"Call: Pierre Martin\">" + martin + "Martin</a> urged "
            + mention("location", NG + "location/spain", "Spain") + "Spain</a> to increase its defence spending.</mark></div>"),
            html);
        assertTrue(html.contains("<h1 id=\"article-title\">Lopez holds talks in Paris</h1>"), html);
        assertTrue(html.contains("<dd id=\"article-published\">12 April 2024</dd>"), html);
    }

    @Test
    void the_article_pages_source_address_is_a_link() {
        String html = page("article?iri=" + enc(PARIS_ARTICLE));

        assertTrue(html.contains("<dd id=\"article-source\"><a href=\"https://example.org/2024/04/lopez-paris?a=1&amp;b=2\""
            + " rel=\"noopener noreferrer nofollow\">https://example.org/2024/04/lopez-paris?a=1&amp;b=2</a></dd>"), html);
    }

    @Test
    void the_editor_counts_only_the_graphs_named_in_from_as_the_endpoint_does() {
        String query = "SELECT (COUNT(*) AS ?n) FROM <" + PARIS_ARTICLE + "> WHERE { ?s ?p ?o }";
        String endpoint = text(Http.get(web.url("kg/sparql?query=" + enc(query)), "text/csv"));
        String n = endpoint.split("\r\n")[1];
        String all = text(Http.get(web.url("kg/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")),
            "text/csv")).split("\r\n")[1];
        assertTrue(Integer.parseInt(n) > 0 && Integer.parseInt(n) < Integer.parseInt(all), n + " of " + all);

        String html = page(Html.editorHref(query));

        assertTrue(html.contains("<td>" + n + "</td>"), n + " in " + html);
    }

    private static String mention(String kind, String iri, String label) {
        return "<a class=\"mention " + kind + "\" href=\"entity?iri=" + enc(iri) + "\" title=\""
            + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + ": " + label + "\">";
    }

    @Test
    void the_editor_without_a_query_offers_one_with_the_prefixes_and_runs_nothing() {
        String html = page("sparql");

        assertTrue(html.contains("PREFIX nkg:     &lt;https://w3id.org/newsgraph/ontology#&gt;\nPREFIX ng:"), html);
        assertFalse(html.contains("id=\"results-h\""), html);
        assertTrue(html.contains("<script src=\"static/editor.js\"></script>"), html);
    }

    @Test
    void the_editor_runs_an_example_and_shows_its_rows_with_entity_links() {
        String html = page(Html.editorHref(TitledQuery.load("examples.rq").get(1).query()));

        assertTrue(html.contains("<span id=\"result-count\">3 rows</span>"), html);
        assertTrue(html.contains("<tr>" + iriCell(WebFixture.RAHMON) + "<td>Emomali Rahmon</td><td>on Monday</td><td></td><td>"
            + RAHMON_SENTENCE + "</td></tr>"), html);
        assertTrue(html.contains("<tr>" + iriCell(NG + "person/mala-bakhtiar") + "<td>Mala Bakhtiar</td>"), html);
        assertTrue(html.contains("<tr>" + iriCell(NG + "person/rasit-meredow") + "<td>Raşit Meredow</td>"), html);
    }

    private static String iriCell(String iri) {
        return "<td><a class=\"iri\" href=\"entity?iri=" + enc(iri) + "\" title=\"" + iri + "\">ng:"
            + iri.substring(NG.length()) + "</a></td>";
    }

    @Test
    void the_editors_downloads_give_the_same_results_as_csv_and_json_and_the_usual_prefixes_need_no_declaring() throws IOException {
        // No PREFIX line: the editor knows rdfs:, and writes it out in the query it gives the endpoint.
        String query = "SELECT ?name WHERE { <" + MARTIN + "> rdfs:label ?name }";
        String html = page(Html.editorHref(query));
        Matcher csv = Pattern.compile("<a href=\"([^\"]+)\" download=\"results.csv\" id=\"download-csv\">CSV</a>").matcher(html);
        Matcher json = Pattern.compile("<a href=\"([^\"]+)\" download=\"results.json\" id=\"download-json\">JSON</a>").matcher(html);
        assertTrue(csv.find() && json.find(), html);

        assertEquals("name\r\nPierre Martin\r\n", text(Http.get(web.url(csv.group(1).replace("&amp;", "&")))));
        JsonNode results = JSON.readTree(Http.get(web.url(json.group(1).replace("&amp;", "&"))).body());
        assertEquals("Pierre Martin", results.at("/results/bindings/0/name/value").asText());
    }

    @Test
    void the_editor_shows_a_syntax_error_readably_with_its_line() {
        // 200: the page worked; it says what is wrong with the query (a 4xx would be an error in the console).
        String html = page(Html.editorHref("SELECT ?x WHERE {\n  ?x ?y \n"));

        assertTrue(html.contains("<h2 id=\"results-h\">The query has a syntax error</h2>"), html);
        assertTrue(html.contains("<div class=\"error\" role=\"alert\" id=\"query-error\" data-line=\"2\""), html);
        assertTrue(html.contains("<pre>The query ends too soon, at line 2, column 9</pre>"), html);
    }

    @Test
    void the_editor_answers_ask_and_shows_construct_results_as_triples() {
        assertTrue(page(Html.editorHref("ASK { <" + LOPEZ + "> ?p ?o }"))
            .contains("The answer is <strong id=\"ask-answer\">yes</strong>."));
        String html = page(Html.editorHref("CONSTRUCT { <" + MARTIN + "> <http://www.w3.org/2000/01/rdf-schema#label> ?n }"
            + " WHERE { <" + MARTIN + "> <http://www.w3.org/2000/01/rdf-schema#label> ?n }"));
        assertTrue(html.contains("<thead><tr><th scope=\"col\">subject</th>\n<th scope=\"col\">predicate</th>\n"
            + "<th scope=\"col\">object</th></tr></thead>"), html);
        assertTrue(html.contains("<tr>" + iriCell(MARTIN) + "<td><span class=\"iri\" title=\"http://www.w3.org/2000/01/rdf-schema#label\">"
            + "rdfs:label</span></td><td>Pierre Martin</td></tr>"), html);
        Matcher turtle = Pattern.compile("<a href=\"([^\"]+)\" download=\"results.ttl\"").matcher(html);
        assertTrue(turtle.find(), html);
        HttpResponse<byte[]> r = Http.get(web.url(turtle.group(1).replace("&amp;", "&")));
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/turtle"), header(r, "Content-Type"));
    }

    @Test
    void the_ontology_is_a_page_for_browsers_and_turtle_for_rdf_clients() {
        HttpResponse<byte[]> html = Http.get(web.url("ontology"), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals("text/html;charset=utf-8", header(html, "Content-Type"));
        assertEquals("Accept", header(html, "Vary"));
        assertTrue(text(html).contains("<h3 id=\"Meeting-h\"><code>nkg:Meeting</code> <span class=\"term-label\">Meeting</span></h3>"),
            text(html));
        assertTrue(text(html).contains("<dt>Domain</dt><dd><a href=\"#Meeting\"><code>nkg:Meeting</code></a></dd>"), text(html));
        assertTrue(text(html).contains("<dt>Range</dt><dd><a href=\"#Person\"><code>nkg:Person</code></a> or "
            + "<a href=\"#Organization\"><code>nkg:Organization</code></a></dd>"), text(html));

        assertEquals("text/turtle; charset=utf-8", header(Http.get(web.url("ontology"), "text/turtle"), "Content-Type"));
        assertEquals("text/turtle; charset=utf-8", header(Http.get(web.url("ontology.ttl"), "text/html"), "Content-Type"));
    }

    @Test
    void every_script_and_stylesheet_a_page_names_is_served_with_its_type() {
        for (String path : List.of("", "search?q=x", "entity?iri=" + enc(LOPEZ), "article?iri=" + enc(PARIS_ARTICLE),
                "sparql", "ontology")) {
            Matcher refs = Pattern.compile("(?:src|href)=\"(static/[^\"]+)\"").matcher(page(path));
            while (refs.find()) {
                HttpResponse<byte[]> r = Http.get(web.url(refs.group(1)));
                assertEquals(200, r.statusCode(), refs.group(1));
                String file = refs.group(1);
                assertEquals(file.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : file.endsWith(".css") ? "text/css; charset=utf-8" : "image/svg+xml", header(r, "Content-Type"), file);
                assertEquals("nosniff", header(r, "X-Content-Type-Options"));
            }
        }
    }

    @Test
    void static_files_are_revalidated_by_etag_and_only_listed_files_are_served() {
        HttpResponse<byte[]> r = Http.get(web.url("static/lib/cytoscape.min.js"));
        String etag = header(r, "ETag");
        assertEquals("no-cache", header(r, "Cache-Control"));

        assertEquals(304, Http.send(Http.request(web.url("static/lib/cytoscape.min.js")).header("If-None-Match", etag)
            .GET().build()).statusCode());
        assertEquals(404, Http.get(web.url("static/lib/package.json")).statusCode());
        assertEquals(404, Http.get(web.url("static/../index.html")).statusCode());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).asText()));
        return texts;
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&amp;", "&");
    }
}
