package org.newsgraph.server;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newsgraph.server.EntityFacts.Ref;

/**
 * The start page at {@code /}: what the store holds and when it was last written, a search box, who met
 * most often, where to query, what to download, and example queries that open in the SPARQL editor.
 * Server-rendered from {@code index.html}; the search box's type-ahead is the only script.
 */
final class StartPageServlet extends HttpServlet {

    /** The count on the page, keyed by template slot, for each class of the vocabulary. */
    private static final Map<String, String> COUNTED = Map.of(
        "articles", "Article",
        "persons", "Person",
        "organizations", "Organization",
        "locations", "Location",
        "meetings", "Meeting",
        "calls", "Appeal");

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

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);
    private static final Map<String, Template> PARTS = Template.fragments("index.html");

    private final transient DatasetGraph dsg;
    private final transient GraphReader reader;
    private final String sparqlPath;
    /** The examples do not change while the server runs: rendered once. */
    private final String examplesHtml;

    StartPageServlet(DatasetGraph dsg, GraphReader reader, String sparqlPath) {
        this.dsg = dsg;
        this.reader = reader;
        this.sparqlPath = sparqlPath;
        this.examplesHtml = Html.each(TitledQuery.load("examples.rq"),
            e -> PARTS.get("example").render("href", Html.editorHref(e.query()), "title", e.title()));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> values = new HashMap<>();
        Map<String, Long> counts = counts();
        COUNTED.forEach((slot, cls) -> values.put(slot, Long.toString(counts.getOrDefault(Html.NKG + cls, 0L))));
        values.put("last-ingest", lastIngest(LastIngest.of(dsg)));
        values.put("most-met", mostMet());
        values.put("endpoint", endpointUrl(req));
        values.put("timeout", describe(reader.timeout()));
        values.put("examples", examplesHtml);
        new Page(null, PARTS.get("page").render(values), "", List.of(), "").send(resp, HttpServletResponse.SC_OK);
    }

    /** Class IRI to number of distinct instances; classes without instances are absent. */
    private Map<String, Long> counts() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> counts = new HashMap<>();
            // Bounded like any endpoint query, so a huge store slows the page down but cannot hang it.
            try (QueryExec exec = QueryExec.dataset(dsg).query(COUNT_QUERY)
                    .timeout(reader.timeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    counts.put(b.get("class").getURI(), ((Number) b.get("n").getLiteralValue()).longValue());
                }
            }
            return counts;
        });
    }

    private String mostMet() {
        List<Row> rows = reader.select("most met", Map.of());
        if (rows.isEmpty())
            return PARTS.get("none").render("text", "No meetings yet.");
        return PARTS.get("most-met").render("items", Html.each(rows, r -> {
            Ref e = Ref.of(r, "other");
            long n = r.number("meetings");
            return PARTS.get("met").render("kind", e.kind(), "href", Html.entityHref(e.iri()), "label", e.label(),
                "meetings", n + (n == 1 ? " meeting" : " meetings"));
        }));
    }

    static String lastIngest(Optional<Instant> when) {
        return when.map(t -> WHEN.format(t.atZone(ZoneId.systemDefault()))).orElse("not known (the store is not a TDB2 folder)");
    }

    /** The absolute endpoint URL as the browser reached this server (host name, port, any proxy). */
    private String endpointUrl(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        // The page is at the root: drop the trailing slash before appending the path.
        return (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + sparqlPath;
    }

    /** "30 seconds", "1 second", "1.5 seconds". */
    static String describe(Duration d) {
        long ms = d.toMillis();
        String n = ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0);
        return n + (ms == 1000 ? " second" : " seconds");
    }
}
