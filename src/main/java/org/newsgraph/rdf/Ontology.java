package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology ({@code ontology/newsgraph.ttl}) and the SHACL shapes ({@code ontology/shapes.ttl}) as
 * shipped inside the jar, for serving them and for loading them.
 */
public final class Ontology {

    private Ontology() {}

    /** Classpath location of the OWL ontology, Turtle. */
    public static final String ONTOLOGY_RESOURCE = "/org/newsgraph/ontology/newsgraph.ttl";

    /** Classpath location of the SHACL shapes, Turtle. */
    public static final String SHAPES_RESOURCE = "/org/newsgraph/ontology/shapes.ttl";

    /** Media type of both files. */
    public static final String CONTENT_TYPE = "text/turtle; charset=utf-8";

    /** Opens the ontology's Turtle bytes (UTF-8); the caller closes the stream. */
    public static InputStream openOntology() {
        return open(ONTOLOGY_RESOURCE);
    }

    /** Opens the shapes' Turtle bytes (UTF-8); the caller closes the stream. */
    public static InputStream openShapes() {
        return open(SHAPES_RESOURCE);
    }

    /** The ontology's Turtle text. */
    public static String ontologyTurtle() {
        return Texts.ONTOLOGY;
    }

    /** The shapes' Turtle text. */
    public static String shapesTurtle() {
        return Texts.SHAPES;
    }

    /** The ontology parsed into a new graph, which the caller owns. */
    public static Graph ontologyGraph() {
        return parse(ontologyTurtle(), ONTOLOGY_RESOURCE);
    }

    /** The shapes parsed into a new graph, which the caller owns. */
    public static Graph shapesGraph() {
        return parse(shapesTurtle(), SHAPES_RESOURCE);
    }

    private static Graph parse(String turtle, String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).base("classpath:" + resource).parse(graph);
        return graph;
    }

    private static InputStream open(String resource) {
        InputStream in = Ontology.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("not on the classpath: " + resource + " (is the jar built with the ontology/ folder?)");
        }
        return in;
    }

    private static String read(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Read once, on first use (class initialisation is thread-safe). */
    private static final class Texts {
        static final String ONTOLOGY = read(ONTOLOGY_RESOURCE);
        static final String SHAPES = read(SHAPES_RESOURCE);
    }
}
