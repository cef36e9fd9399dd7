package org.newsgraph.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The fixed set of realistic queries that the benchmark (bench QueryBench) times and the load test mixes, with
 * parameters (names, persons, a date range) drawn from the store being queried, so that they find something
 * whatever the store. Request {@code i} of a query always has the same text.
 */
public final class QueryMix {

    public static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/newsgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    /**
     * A query no server should run to the end: counting a cross product of eight triple patterns (10^16 rows on
     * 100 triples). Being an aggregate, it sends nothing before it is done, so its timeout becomes the status.
     */
    public static final String RUNAWAY = """
            SELECT (COUNT(*) AS ?n) WHERE {
              ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x
            }
            """;

    private QueryMix() {
    }

    /** One query of the set: a name, what it asks, and its text for the i-th request. */
    public record Query(String name, String what, IntFunction<String> text) {
    }

    /** What the queries are about, drawn from the store. */
    public record Parameters(List<String> labels, List<String> people, List<String> words, LocalDate from,
                             long spanDays, boolean dated) {
    }

    /** Samples entity labels, persons with meetings and the articles' date range from the store's endpoint. */
    public static Parameters sample(HttpClient http, String endpoint) throws IOException, InterruptedException {
        List<String> people = column(http, endpoint, """
                SELECT ?l (COUNT(?m) AS ?n) WHERE { ?m a nkg:Meeting ; nkg:participant ?p .
                  ?p a nkg:Person ; rdfs:label ?l } GROUP BY ?l ORDER BY DESC(?n) ?l LIMIT 300""");
        List<String> labels = column(http, endpoint, """
                SELECT DISTINCT ?l WHERE { ?e a ?t ; rdfs:label ?l
                  VALUES ?t { nkg:Person nkg:Organization nkg:Location } } ORDER BY ?l LIMIT 20000""");
        List<String> dates = column(http, endpoint,
                "SELECT (MIN(?d) AS ?min) (MAX(?d) AS ?max) WHERE { ?a dcterms:date ?d }");
        if (labels.isEmpty()) {
            labels = List.of("Iran");
        }
        if (people.isEmpty()) {
            people = List.of("Mohammad Javad Zarif");
        }
        List<String> words = new ArrayList<>();
        for (String l : labels) {
            String[] w = l.split("\\s+");
            String last = w[w.length - 1].toLowerCase(Locale.ROOT);
            if (last.length() >= 4) {
                words.add(last);
            }
        }
        if (words.isEmpty()) {
            words.add("iran");
        }
        // date range: a quarter inside the articles' dates when they have any (plain text has none)
        LocalDate from = LocalDate.of(2005, 1, 1);
        long spanDays = 4 * 365;
        boolean dated = false;
        if (dates.size() == 1 && !dates.get(0).isBlank()) {
            String[] mm = dates.get(0).split(",", -1);
            if (mm.length == 2 && !mm[0].isBlank()) {
                from = LocalDate.parse(mm[0].strip());
                spanDays = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(from, LocalDate.parse(mm[1].strip())));
                dated = true;
            }
        }
        return new Parameters(labels, people, words, from, spanDays, dated);
    }

    /** The six queries of the set. */
    public static List<Query> queries(Parameters p) {
        List<String> ls = p.labels();
        List<String> ps = p.people();
        List<String> ws = p.words();
        LocalDate base = p.from();
        long span = p.spanDays();
        return List.of(
            new Query("entity look-up", "an entity by exact name (label or alternative name): IRI, type, label",
                i -> PREFIXES + "SELECT ?e ?type ?label WHERE { VALUES ?n { " + lit(pick(ls, i)) + " }"
                    + " { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } ?e a ?type ; rdfs:label ?label }"),
            new Query("name search", "labels containing a word, case-insensitive (a search box), first 20",
                i -> PREFIXES + "SELECT DISTINCT ?e ?label WHERE { ?e rdfs:label ?label"
                    + " FILTER(CONTAINS(LCASE(?label), " + lit(pick(ws, i)) + ")) } LIMIT 20"),
            new Query("meetings of a person", "whom a person (by name) met, when, and the sentence",
                i -> PREFIXES + "SELECT ?other ?date ?sentence WHERE { ?p rdfs:label " + lit(pick(ps, i))
                    + " . ?m a nkg:Meeting ; nkg:participant ?p, ?o ; nkg:evidence/nkg:text ?sentence ."
                    + " FILTER(?o != ?p) ?o rdfs:label ?other OPTIONAL { ?m nkg:date ?date } }"),
            new Query("calls in a date range", "who called for what in articles of one quarter",
                i -> {
                    LocalDate a = base.plusDays(new Random(i).nextInt((int) Math.max(1, span - 90)));
                    return PREFIXES + "SELECT ?who ?content ?date WHERE { ?p nkg:calledFor ?c ."
                        + " ?c nkg:content ?content ; prov:wasDerivedFrom ?art . ?art dcterms:date ?date"
                        + " FILTER(?date >= \"" + a + "\"^^xsd:date && ?date < \"" + a.plusDays(91)
                        + "\"^^xsd:date) ?p rdfs:label ?who } ORDER BY ?date";
                }),
            new Query("most-connected people", "the 20 persons who met the most distinct others",
                i -> PREFIXES + "SELECT ?label (COUNT(DISTINCT ?o) AS ?n) WHERE { ?p a nkg:Person ;"
                    + " nkg:metWith ?o ; rdfs:label ?label } GROUP BY ?p ?label ORDER BY DESC(?n) LIMIT 20"),
            new Query("meeting list with evidence", "every meeting pair with its sentence (README query)",
                i -> PREFIXES + "SELECT ?a ?b ?s WHERE { GRAPH ?article { ?m a nkg:Meeting ; nkg:participant ?x, ?y ;"
                    + " nkg:evidence/nkg:text ?s . ?x rdfs:label ?a . ?y rdfs:label ?b FILTER(STR(?a) < STR(?b)) } }"));
    }

    private static String pick(List<String> l, int i) {
        return l.get(new Random(31L * i + 7).nextInt(l.size()));
    }

    private static String lit(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A POST of the query as a form, CSV results, bounded wait. */
    public static HttpRequest request(String endpoint, String query, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }

    /** Runs a query, reads the whole CSV answer, returns its row count; a non-200 answer throws. */
    public static int send(HttpClient http, String endpoint, String query) throws IOException, InterruptedException {
        HttpResponse<String> resp = http.send(request(endpoint, query, Duration.ofSeconds(60)),
                HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IOException("HTTP " + resp.statusCode() + ": " + resp.body());
        }
        return rows(resp.body());
    }

    /** Rows of a CSV answer: its lines but the header. */
    public static int rows(String csv) {
        int lines = 0;
        for (int i = 0; i < csv.length(); i++) {
            if (csv.charAt(i) == '\n') {
                lines++;
            }
        }
        return Math.max(0, lines - 1);
    }

    /** The first column of a query's answer (CSV, simple values: the labels here carry no line breaks). */
    private static List<String> column(HttpClient http, String endpoint, String query)
            throws IOException, InterruptedException {
        String body = http.send(request(endpoint, PREFIXES + query, Duration.ofSeconds(120)),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> lines = new ArrayList<>(Arrays.asList(body.split("\r?\n")));
        if (!lines.isEmpty()) {
            lines.remove(0);
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (query.contains("MIN(")) {
                out.add(l);
                continue;
            }
            String v = l.startsWith("\"") ? l.substring(1, l.indexOf('"', 1) > 0 ? l.indexOf('"', 1) : l.length())
                    : l.split(",", -1)[0];
            if (!v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }
}
