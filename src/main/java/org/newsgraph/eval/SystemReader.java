package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.newsgraph.eval.SystemArticle.SystemCall;
import org.newsgraph.eval.SystemArticle.SystemEntity;
import org.newsgraph.eval.SystemArticle.SystemPair;

/**
 * Reads what the system wrote for one article from a store laid out as docs/rdf-model.md says:
 * only the article's own named graph is read, so entities typed in other articles do not leak in.
 */
public final class SystemReader {

    private static final String PREFIXES = """
            PREFIX nkg:     <https://w3id.org/newsgraph/ontology#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    // The article IRI names its graph; STR() also accepts an identifier written with a datatype or language.
    private static final String ARTICLE = PREFIXES + """
            SELECT ?article WHERE {
              GRAPH ?article { ?article dcterms:identifier ?id }
              FILTER(STR(?id) = ?wanted)
            } ORDER BY STR(?article) LIMIT 1
            """;

    /**
     * The entities the article mentions. A country the graph holds only as a role's nkg:roleOf, with no
     * mention denoting it ("Turkmen counterpart" → Turkmenistan), is typed so the graph stands on its own,
     * but a demonym is no mention (GUIDELINES.md), so it is not counted.
     */
    private static final String TYPES = PREFIXES + """
            SELECT DISTINCT ?e ?type WHERE {
              VALUES (?class ?type) {
                (nkg:Person "PERSON") (nkg:Organization "ORGANIZATION") (nkg:Location "LOCATION")
              }
              GRAPH ?g {
                ?e a ?class .
                FILTER(EXISTS { ?mention nkg:denotes ?e } || NOT EXISTS { ?role nkg:roleOf ?e })
              }
            }
            """;

    private static final String LABELS = PREFIXES + """
            SELECT ?e ?label WHERE { GRAPH ?g { ?e rdfs:label ?label } } ORDER BY STR(?label)
            """;

    private static final String ALT_LABELS = PREFIXES + """
            SELECT ?e ?label WHERE { GRAPH ?g { ?e skos:altLabel ?label } } ORDER BY STR(?label)
            """;

    /** Who met whom is nkg:metWith: people on one side of a meeting take part in it but are not paired. */
    private static final String PAIRS = PREFIXES + """
            SELECT DISTINCT ?a ?b WHERE {
              GRAPH ?g { { ?a nkg:metWith ?b } UNION { ?b nkg:metWith ?a } FILTER(STR(?a) < STR(?b)) }
            } ORDER BY STR(?a) STR(?b)
            """;

    private static final String AGENTS = PREFIXES + """
            SELECT ?c ?agent WHERE {
              GRAPH ?g { ?c a nkg:Appeal OPTIONAL { ?c nkg:agent ?agent } }
            } ORDER BY STR(?c) STR(?agent)
            """;

    private static final String CONTENTS = PREFIXES + """
            SELECT ?c ?content WHERE { GRAPH ?g { ?c a nkg:Appeal ; nkg:content ?content } } ORDER BY STR(?content)
            """;

    private static final List<String> TYPE_ORDER = List.of("PERSON", "ORGANIZATION", "LOCATION");

    private SystemReader() {
    }

    /**
     * The article whose node has {@code dcterms:identifier articleId}, read from its named graph;
     * empty when the store has no such article. Runs in a read transaction (or the caller's).
     */
    public static Optional<SystemArticle> read(Dataset dataset, String articleId) {
        return Txn.calculateRead(dataset, () -> findArticle(dataset, articleId)
                .map(graph -> new GraphReader(dataset, graph).read(articleId)));
    }

    private static Optional<Node> findArticle(Dataset dataset, String articleId) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(ARTICLE);
        query.setLiteral("wanted", articleId);
        List<Node> found = new ArrayList<>();
        select(dataset, query, row -> found.add(row.get("article").asNode()));
        return found.stream().findFirst();
    }

    private static void select(Dataset dataset, ParameterizedSparqlString query, Consumer<QuerySolution> onRow) {
        try (QueryExecution execution = QueryExecutionFactory.create(query.asQuery(), dataset)) {
            ResultSet rows = execution.execSelect();
            rows.forEachRemaining(onRow);
        }
    }

    private static String text(QuerySolution row, String variable) {
        Node node = row.get(variable).asNode();
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    /** The queries of one article graph, and the node-to-entity view they share. */
    private static final class GraphReader {
        private final Dataset dataset;
        private final Node graph;
        private final Map<Node, List<String>> labels = new LinkedHashMap<>();
        private final Map<Node, Set<String>> altLabels = new LinkedHashMap<>();
        private final Map<Node, Set<String>> types = new LinkedHashMap<>();

        GraphReader(Dataset dataset, Node graph) {
            this.dataset = dataset;
            this.graph = graph;
        }

        SystemArticle read(String articleId) {
            forEachRow(TYPES, row -> types.computeIfAbsent(node(row, "e"), n -> new TreeSet<>(byTypeOrder()))
                    .add(text(row, "type")));
            forEachRow(LABELS, row -> labels.computeIfAbsent(node(row, "e"), n -> new ArrayList<>())
                    .add(text(row, "label")));
            forEachRow(ALT_LABELS, row -> altLabels.computeIfAbsent(node(row, "e"), n -> new LinkedHashSet<>())
                    .add(text(row, "label")));
            return new SystemArticle(articleId, entities(), pairs(), calls());
        }

        /** One entity per typed node and type: a node typed twice claims two entities. */
        private List<SystemEntity> entities() {
            List<SystemEntity> entities = new ArrayList<>();
            types.forEach((node, nodeTypes) -> nodeTypes.forEach(type -> entities.add(entity(node, type))));
            entities.sort(Comparator.comparing((SystemEntity e) -> TYPE_ORDER.indexOf(e.type()))
                    .thenComparing(SystemEntity::label));
            return entities;
        }

        /** Every pair that nkg:metWith links, once. */
        private List<SystemPair> pairs() {
            List<SystemPair> pairs = new ArrayList<>();
            forEachRow(PAIRS, row -> pairs.add(new SystemPair(entity(node(row, "a")), entity(node(row, "b")))));
            return pairs;
        }

        private List<SystemCall> calls() {
            Map<Node, List<SystemEntity>> agents = new LinkedHashMap<>();
            forEachRow(AGENTS, row -> {
                List<SystemEntity> appealAgents = agents.computeIfAbsent(node(row, "c"), c -> new ArrayList<>());
                if (row.contains("agent")) {
                    appealAgents.add(entity(node(row, "agent")));
                }
            });
            Map<Node, String> contents = new LinkedHashMap<>();
            // nkg:content is single-valued in the model; should a graph hold two, the first in order is used
            forEachRow(CONTENTS, row -> contents.putIfAbsent(node(row, "c"), text(row, "content")));
            List<SystemCall> calls = new ArrayList<>();
            agents.forEach((appeal, appealAgents) -> calls.add(new SystemCall(appealAgents, contents.get(appeal))));
            return calls;
        }

        /** A participant or agent: its first type in PERSON, ORGANIZATION, LOCATION order, or null if untyped here. */
        private SystemEntity entity(Node node) {
            Set<String> nodeTypes = types.get(node);
            return entity(node, nodeTypes == null ? null : nodeTypes.iterator().next());
        }

        /**
         * The first rdfs:label (in string order) is the label; further labels count as alternatives.
         * A node without a label is shown by its IRI, which names no gold entity.
         */
        private SystemEntity entity(Node node, String type) {
            List<String> nodeLabels = labels.getOrDefault(node, List.of());
            String label = nodeLabels.isEmpty() ? node.toString() : nodeLabels.get(0);
            Set<String> alternatives = new LinkedHashSet<>(nodeLabels.subList(Math.min(1, nodeLabels.size()), nodeLabels.size()));
            alternatives.addAll(altLabels.getOrDefault(node, Set.of()));
            alternatives.remove(label);
            return new SystemEntity(label, alternatives, type);
        }

        private void forEachRow(String template, Consumer<QuerySolution> onRow) {
            ParameterizedSparqlString query = new ParameterizedSparqlString(template);
            query.setParam("g", graph);
            select(dataset, query, onRow);
        }

        private static Node node(QuerySolution row, String variable) {
            return row.get(variable).asNode();
        }

        private static Comparator<String> byTypeOrder() {
            return Comparator.comparingInt(TYPE_ORDER::indexOf);
        }
    }
}
