package org.newsgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** One article's named graph: its name (the article IRI) and its triples. */
public record ArticleGraph(Node name, String identifier, Graph graph) {
}
