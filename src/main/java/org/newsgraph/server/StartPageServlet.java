package org.newsgraph.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * The start page at {@code /}: what the store holds, where to query it, what to download, and a few
 * example queries that run with one click. Server-rendered from {@code index.html}; no script.
 */
final class StartPageServlet extends HttpServlet {

    /** The count on the page, keyed by template slot, for each class of the vocabulary. */
    private static final Map<String, String> COUNTED = Map.of(
        "articles", "Article",
        "persons", "Person",
        "organizations", "Organization",
        "locations", "Location",
        "meetings", "Meeting",
        "appeals", "Appeal");

    /**
     * Distinct instances in any article graph, which is what the union default graph holds. Written
     * with GRAPH so the counts are right whether or not the store's default graph is the union.
     */
    private static final String COUNT_QUERY = """
        PREFIX nkg: <https://w3id.org/newsgraph/ontology#>
        SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
          VALUES ?class { nkg:Article nkg:Person nkg:Organization nkg:Location nkg:Meeting nkg:Appeal }
          GRAPH ?g { ?x a ?class }
        }
        GROUP BY ?class
        """;

    private static final String NKG = "https://w3id.org/newsgraph/ontology#";

    private final transient DatasetGraph dsg;
    private final Duration queryTimeout;
    private final String sparqlPath;
    private final Template page = Template.load("index.html");
    /** The examples do not change while the server runs: rendered once. */
    private final String examplesHtml;

    StartPageServlet(DatasetGraph dsg, Duration queryTimeout, String sparqlPath) {
        this.dsg = dsg;
        this.queryTimeout = queryTimeout;
        this.sparqlPath = sparqlPath;
        this.examplesHtml = renderExamples(sparqlPath);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> values = new HashMap<>();
        Map<String, Long> counts = counts();
        COUNTED.forEach((slot, cls) -> values.put(slot, Long.toString(counts.getOrDefault(NKG + cls, 0L))));
        values.put("endpoint", endpointUrl(req));
        values.put("timeout", describe(queryTimeout));
        values.put("examples", examplesHtml);
        byte[] html = page.render(values).getBytes(StandardCharsets.UTF_8);

        Headers.html(resp);
        // The counts change with every ingest.
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(html.length);
        resp.getOutputStream().write(html);
    }

    /** Class IRI to number of distinct instances; classes without instances are absent. */
    private Map<String, Long> counts() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> counts = new HashMap<>();
            // Bounded like any endpoint query, so a huge store slows the page down but cannot hang it.
            try (QueryExec exec = QueryExec.dataset(dsg).query(COUNT_QUERY)
                    .timeout(queryTimeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    counts.put(b.get("class").getURI(), ((Number) b.get("n").getLiteralValue()).longValue());
                }
            }
            return counts;
        });
    }

    /** The absolute endpoint URL as the browser reached this server (host name, port, any proxy). */
    private String endpointUrl(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        // The page is at the root: drop the trailing slash before appending the path.
        return (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + sparqlPath;
    }

    private static String renderExamples(String sparqlPath) {
        Template template = Template.load("example.html");
        StringBuilder sb = new StringBuilder();
        for (Example e : Example.parse(Template.resourceText("examples.rq"))) {
            // Relative link, so the page also works behind a proxy that mounts the server under a path.
            // output=text: a plain-text table, readable in any browser.
            String href = sparqlPath.substring(1) + "?query=" + URLEncoder.encode(e.query(), StandardCharsets.UTF_8)
                + "&output=text";
            sb.append(template.render(Map.of("href", href, "title", e.title(), "query", e.query())));
        }
        return sb.toString();
    }

    /** "30 seconds", "1 second", "1.5 seconds". */
    static String describe(Duration d) {
        long ms = d.toMillis();
        String n = ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0);
        return n + (ms == 1000 ? " second" : " seconds");
    }

    /** One example query of the start page. */
    record Example(String title, String query) {

        private static final String TITLE_MARK = "#>";

        /**
         * The examples in a file where each begins with a line {@code #> title} and runs to the next such
         * line; lines before the first are the file's own comments.
         */
        static List<Example> parse(String text) {
            List<Example> examples = new ArrayList<>();
            String title = null;
            StringBuilder query = new StringBuilder();
            for (String line : text.split("\\R", -1)) {
                if (line.startsWith(TITLE_MARK)) {
                    if (title != null)
                        examples.add(new Example(title, query.toString().strip()));
                    title = line.substring(TITLE_MARK.length()).strip();
                    query.setLength(0);
                } else if (title != null) {
                    query.append(line).append('\n');
                }
            }
            if (title != null)
                examples.add(new Example(title, query.toString().strip()));
            return List.copyOf(examples);
        }
    }
}
