package org.newsgraph.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NKG;

/** Graphs as the text the job writes: N-Quads lines in one named graph, sorted so reruns write the same bytes. */
final class Quads {

    private Quads() {
    }

    /** The article's graph as N-Quads lines named by the article IRI, joined by newlines, no trailing one. */
    static String of(ArticleGraph article) {
        return lines(article.name(), article.graph().find());
    }

    static String lines(Node graphName, Iterator<Triple> triples) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        writer.start();
        triples.forEachRemaining(t -> writer.quad(Quad.create(graphName, t)));
        writer.finish();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }

    /** The IRIs of the persons the graph types as nkg:Person: what identity linking looks at. */
    static List<String> persons(Graph graph) {
        return graph.find(Node.ANY, RDF.type.asNode(), NKG.Person.asNode())
                .mapWith(t -> t.getSubject().getURI()).toList().stream().sorted().toList();
    }
}
