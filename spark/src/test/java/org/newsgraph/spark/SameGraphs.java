package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.store.KnowledgeStore;

/** Two stores hold the same named graphs, each isomorphic to its namesake (Jena's isIsomorphicWith). */
final class SameGraphs {

    private SameGraphs() {
    }

    static List<String> graphNames(KnowledgeStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> names = new ArrayList<>();
            store.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            return names.stream().sorted().toList();
        });
    }

    static void assertSame(KnowledgeStore expected, KnowledgeStore actual) {
        List<String> names = graphNames(expected);
        assertEquals(names, graphNames(actual));
        Txn.executeRead(expected.dataset(), () -> Txn.executeRead(actual.dataset(), () -> {
            DatasetGraph a = expected.dataset().asDatasetGraph();
            DatasetGraph b = actual.dataset().asDatasetGraph();
            assertEquals(a.getDefaultGraph().size(), b.getDefaultGraph().size(), "default graph");
            for (String name : names) {
                Node g = org.apache.jena.graph.NodeFactory.createURI(name);
                assertEquals(a.getGraph(g).size(), b.getGraph(g).size(), name);
                assertTrue(a.getGraph(g).isIsomorphicWith(b.getGraph(g)), name);
            }
        }));
    }
}
