package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
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
    void the_example_file_holds_four_titled_queries_that_parse() {
        List<StartPageServlet.Example> examples = StartPageServlet.Example.parse(Template.resourceText("examples.rq"));

        assertEquals(List.of("Who met whom, and the sentence that says so", "Who called for what",
            "The people met most often", "Meetings by date and place, with the article they come from"),
            examples.stream().map(StartPageServlet.Example::title).toList());
        examples.forEach(e -> QueryFactory.create(e.query()));
    }

    @Test
    void examples_are_split_at_title_lines_and_trimmed() {
        String text = "# file comment\n\n#> One\nASK {}\n\n#> Two\r\nSELECT * {}\n";

        assertEquals(List.of(new StartPageServlet.Example("One", "ASK {}"), new StartPageServlet.Example("Two", "SELECT * {}")),
            StartPageServlet.Example.parse(text));
    }

    @Test
    void template_values_are_escaped_unless_the_slot_takes_html() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Template.escape("<a href=\"x\">&'"));
        String html = Template.load("example.html").render(Map.of("href", "a?b=1&c=2", "title", "<T>", "query", "?x < ?y"));
        assertEquals("""
              <article class="example">
                <h3><a href="a?b=1&amp;c=2">&lt;T&gt;</a></h3>
                <pre><code>?x &lt; ?y</code></pre>
              </article>
            """, html);
    }

    @Test
    void a_template_slot_without_a_value_is_an_error() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Template.load("example.html").render(Map.of("href", "x", "title", "y")));
        assertEquals("Template example.html: no value for {{query}}", e.getMessage());
    }
}
