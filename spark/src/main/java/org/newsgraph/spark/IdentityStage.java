package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.store.IdentityLinks;

/** One candidate-key group of persons to its owl:sameAs quads, by the rule single-machine ingest applies. */
final class IdentityStage {

    private IdentityStage() {
    }

    /** N-Quads lines in the identity graph, sorted, joined by newlines; empty when the group links nothing. */
    static String links(String graph, Iterable<String> persons) {
        List<Node> nodes = new ArrayList<>();
        persons.forEach(p -> nodes.add(NodeFactory.createURI(p)));
        var g = IdentityLinks.links(nodes);
        return g.isEmpty() ? "" : Quads.lines(NodeFactory.createURI(graph), g.find());
    }
}
