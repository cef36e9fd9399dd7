package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.document.Article;
import org.newsgraph.rdf.Shapes;
import org.newsgraph.store.KnowledgeStore;

/**
 * Every article of seeds/ and the shared dev set through the whole pipeline: the graphs conform to the
 * shapes and every evidence and mention points at exactly its text. Skips when ../shared is absent.
 */
class DevSetIT {

    private static final Path DEV = Path.of("..", "shared", "eval", "dev");
    private static KnowledgeStore store;

    @BeforeAll
    static void ingest() throws Exception {
        assumeTrue(Files.isDirectory(DEV), "../shared/eval/dev is not here");
        List<String> inputs = new ArrayList<>(List.of("seeds"));
        try (var files = Files.list(DEV)) {
            // the seeds are two of the dev articles: the same text twice is one article, counted unchanged
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> inputs.add(f.toString()));
        }
        store = KnowledgeStore.inMemory();
        Ingests.strictly(inputs, store);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void everyArticleGraphAndTheirUnionConformToTheShapes() {
        List<String> violations = Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            List<String> out = new ArrayList<>();
            List<Node> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(graphs::add);
            assertEquals(20, graphs.stream().filter(g -> g.getURI().contains("/article/")).count(),
                    "the twenty dev articles; the seeds share their identifiers with two of them");
            for (Node g : graphs) {
                Shapes.violations(Shapes.validate(dsg.getGraph(g))).forEach(v -> out.add(g + " " + v));
            }
            Shapes.validateUnion(dsg.getUnionGraph()).forEach(v -> out.add("union " + v));
            return out;
        });
        assertEquals(List.of(), violations);
    }

    @Test
    void everyEvidenceAndMentionIsExactlyTheTextAtItsOffsets() {
        List<String> wrong = Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            String q = """
                    PREFIX nkg: <https://w3id.org/newsgraph/ontology#>
                    SELECT ?span ?text ?start ?end ?body WHERE { GRAPH ?g {
                      ?span nkg:text ?text ; nkg:start ?start ; nkg:end ?end ; nkg:inArticle ?a .
                      ?a nkg:text ?body } }""";
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> {
                    String body = r.getLiteral("body").getString();
                    String span = body.substring(r.getLiteral("start").getInt(), r.getLiteral("end").getInt());
                    if (!span.equals(r.getLiteral("text").getString())) {
                        out.add(r.getResource("span").getURI());
                    }
                });
            }
            return out;
        });
        assertEquals(List.of(), wrong);
    }
}
