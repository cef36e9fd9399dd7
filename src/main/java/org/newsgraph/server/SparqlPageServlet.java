package org.newsgraph.server;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.newsgraph.sparql.QueryTooLarge;
import org.newsgraph.sparql.SyntaxErrors;

/**
 * The SPARQL editor at {@code /sparql?query=}: a form whose query goes into the address (so a result can be
 * shared), run here on the server with the endpoint's limits and shown as a table whose IRIs link to the
 * entity pages, with the same results as CSV or JSON from the endpoint. Without JavaScript it is a plain
 * form; {@code editor.js} turns the text area into CodeMirror with SPARQL highlighting.
 */
final class SparqlPageServlet extends HttpServlet {

    static final String PATH = "/sparql";

    /** More rows than anyone reads in a browser; the downloads have them all. */
    static final int MAX_ROWS = 1000;

    private static final Map<String, Template> PARTS = Template.fragments("sparql.html");
    private static final String DEFAULT_QUERY = Template.resourceText("default.rq");
    private static final String HEAD = Template.load("editor-head.html").render();
    /** Datatypes that go without saying: strings, and numbers and truth values, which read as what they are. */
    private static final Set<String> PLAIN_TYPES = Set.of(XSDDatatype.XSDstring.getURI(), XSDDatatype.XSDinteger.getURI(),
        XSDDatatype.XSDdecimal.getURI(), XSDDatatype.XSDdouble.getURI(), XSDDatatype.XSDboolean.getURI());

    private final transient GraphReader reader;
    private final String endpoint;
    private final String examples;

    /** @param endpoint the endpoint's path without the leading slash, for the download links */
    SparqlPageServlet(GraphReader reader, String endpoint) {
        this.reader = reader;
        this.endpoint = endpoint;
        this.examples = Html.each(TitledQuery.load("examples.rq"),
            e -> PARTS.get("example").render("href", Html.editorHref(e.query()), "title", e.title()));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String query = req.getParameter("query");
        boolean run = query != null && !query.isBlank();
        String results = run ? run(query) : "";
        Page.of("SPARQL", PARTS.get("page").render("timeout", StartPageServlet.describe(reader.timeout()),
                "examples", examples, "query", run ? query : DEFAULT_QUERY, "results", results))
            .withHead(HEAD)
            .withScripts("lib/codemirror.js", "lib/sparql.js", "lib/matchbrackets.js", "editor.js")
            // 200 even when the query fails: the page worked and says what went wrong with the query.
            // (The endpoint answers programs with 400 or 503; a browser would log those as errors.)
            .send(resp, HttpServletResponse.SC_OK);
    }

    private String run(String text) {
        // The usual prefixes need no PREFIX lines here; the downloads get the query with them written out.
        Query query = new Query();
        query.getPrefixMapping().setNsPrefixes(Html.prefixes());
        try {
            QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return error("The query has a syntax error", SyntaxErrors.readable(e.getMessage()), e.getLine(),
                e.getColumn());
        } catch (QueryException e) {
            return error("The query is not valid", e.getMessage(), -1, -1);
        }
        try {
            String refusal = reader.refusal(query);
            if (refusal != null)
                return error("The query was refused", refusal, -1, -1);
            return reader.read(() -> results(query, query.serialize()));
        } catch (QueryCancelledException e) {
            return error("The query took too long",
                "It ran longer than " + StartPageServlet.describe(reader.timeout()) + " and was stopped.", -1, -1);
        } catch (QueryTooLarge e) {
            return error("The query was too large", e.getMessage(), -1, -1);
        } catch (QueryException e) {
            return error("The query failed", e.getMessage(), -1, -1);
        }
    }

    /** @param text the query for the download links: with every prefix declared, as the endpoint needs it */
    private String results(Query query, String text) {
        try (QueryExec exec = reader.exec(query)) {
            if (query.isAskType())
                return PARTS.get("ask").render("answer", exec.ask() ? "yes" : "no");
            if (query.isSelectType())
                return select(exec.select(), text);
            Iterator<Triple> triples = (query.isDescribeType() ? exec.describe() : exec.construct()).find();
            return table(List.of("subject", "predicate", "object"), triples, t -> List.of(t.getSubject(),
                t.getPredicate(), t.getObject()), text, false);
        }
    }

    private String select(RowSet rows, String text) {
        List<Var> vars = rows.getResultVars();
        return table(vars.stream().map(Var::getVarName).toList(), rows,
            (Binding b) -> vars.stream().map(b::get).toList(), text, true);
    }

    private <T> String table(List<String> columns, Iterator<T> items, Function<T, List<Node>> cells,
                             String text, boolean tabular) {
        StringBuilder rows = new StringBuilder();
        int n = 0;
        for (; n < MAX_ROWS && items.hasNext(); n++) {
            StringBuilder tds = new StringBuilder();
            for (Node node : cells.apply(items.next()))
                tds.append(cell(node));
            rows.append(PARTS.get("row").render("cells", tds.toString())).append('\n');
        }
        String count = items.hasNext() ? "The first " + MAX_ROWS + " rows; the downloads have them all"
            : n == 0 ? "No rows" : n == 1 ? "1 row" : n + " rows";
        String base = endpoint + "?query=" + Html.enc(text) + "&output=";
        return PARTS.get("table").render("count", count,
            "head", Html.each(columns, c -> PARTS.get("th").render("name", c)), "rows", rows.toString(),
            "first-href", base + (tabular ? "csv" : "ttl"), "first-file", tabular ? "results.csv" : "results.ttl",
            "first-name", tabular ? "csv" : "turtle", "first-label", tabular ? "CSV" : "Turtle",
            "second-href", base + (tabular ? "json" : "json-ld"), "second-file", tabular ? "results.json" : "results.jsonld",
            "second-name", tabular ? "json" : "jsonld", "second-label", tabular ? "JSON" : "JSON-LD");
    }

    private static String cell(Node n) {
        if (n == null)
            return PARTS.get("empty").render();
        if (n.isURI()) {
            String href = Html.iriHref(n.getURI());
            return PARTS.get(href == null ? "iri" : "iri-link").render("href", href == null ? "" : href,
                "iri", n.getURI(), "short", Html.shortIri(n.getURI()));
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            String type = n.getLiteralDatatypeURI();
            String suffix = !lang.isEmpty() ? "@" + lang
                : type == null || PLAIN_TYPES.contains(type) ? "" : "^^" + Html.shortIri(type);
            return suffix.isEmpty() ? PARTS.get("literal").render("value", n.getLiteralLexicalForm())
                : PARTS.get("typed-literal").render("value", n.getLiteralLexicalForm(), "suffix", suffix);
        }
        return PARTS.get("other").render("value", n.toString());
    }

    private static String error(String title, String message, long line, long column) {
        return PARTS.get("error").render("title", title, "message", message,
            "line", line > 0 ? Long.toString(line) : "", "column", column > 0 ? Long.toString(column) : "");
    }
}
