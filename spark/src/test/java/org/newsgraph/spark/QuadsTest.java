package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NKG;

class QuadsTest {

    private static final String B = "https://w3id.org/newsgraph/";

    private static ArticleGraph article() {
        Graph g = GraphFactory.createDefaultGraph();
        var person = NodeFactory.createURI(B + "person/tomas-berglund");
        var place = NodeFactory.createURI(B + "location/lima");
        g.add(Triple.create(person, RDF.type.asNode(), NKG.Person.asNode()));
        g.add(Triple.create(person, RDFS.label.asNode(), NodeFactory.createLiteralString("Tomas Berglund")));
        g.add(Triple.create(place, RDF.type.asNode(), NKG.Location.asNode()));
        g.add(Triple.create(place, RDFS.label.asNode(), NodeFactory.createLiteralString("Lima\nPeru")));
        return new ArticleGraph(NodeFactory.createURI(B + "article/a1"), "a1", g);
    }

    @Test
    void anArticleGraphBecomesSortedNQuadsLinesInItsNamedGraph() {
        String g = "<" + B + "article/a1>";
        assertEquals(String.join("\n",
                "<" + B + "location/lima> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + NKG.NS + "Location> " + g + " .",
                "<" + B + "location/lima> <http://www.w3.org/2000/01/rdf-schema#label> \"Lima\\nPeru\" " + g + " .",
                "<" + B + "person/tomas-berglund> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + NKG.NS + "Person> " + g + " .",
                "<" + B + "person/tomas-berglund> <http://www.w3.org/2000/01/rdf-schema#label> \"Tomas Berglund\" " + g + " ."),
                Quads.of(article()));
    }

    @Test
    void thePersonsOfAGraphAreItsNkgPersons() {
        assertEquals(List.of(B + "person/tomas-berglund"), Quads.persons(article().graph()));
    }
}
