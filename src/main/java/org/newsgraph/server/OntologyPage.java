package org.newsgraph.server;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The ontology as a page: its header, then each class and property with its label, comment, and
 * relations, in the order the Turtle file gives them (which groups them as its author meant).
 */
final class OntologyPage {

    private static final Map<String, Template> PARTS = Template.fragments("ontology.html");
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/newsgraph/ontology");

    private final Graph graph = GraphFactory.createDefaultGraph();
    /** Subjects in the order they first appear. */
    private final Set<Node> subjects = new LinkedHashSet<>();

    OntologyPage(InputStream turtle) {
        StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
            @Override
            public void triple(Triple t) {
                if (t.getSubject().isURI())
                    subjects.add(t.getSubject());
                super.triple(t);
            }
        };
        RDFParser.source(turtle).lang(Lang.TURTLE).parse(sink);
    }

    String render() {
        List<Node> classes = terms(OWL.Class.asNode(), true);
        List<Node> objects = terms(OWL.ObjectProperty.asNode(), true);
        List<Node> data = terms(OWL.DatatypeProperty.asNode(), true);
        List<Node> reused = new ArrayList<>(terms(OWL.AnnotationProperty.asNode(), false));
        reused.addAll(terms(OWL.ObjectProperty.asNode(), false));
        return PARTS.get("page").render("title", text(ONTOLOGY, DCTERMS + "title"),
            "namespace", Html.NKG, "version", text(ONTOLOGY, OWL.versionInfo.getURI()),
            "description", text(ONTOLOGY, DCTERMS + "description"),
            "class-links", links(classes), "object-links", links(objects), "data-links", links(data),
            "reused-links", links(reused),
            "classes", Html.each(classes, this::term), "objects", Html.each(objects, this::term),
            "data", Html.each(data, this::term), "reused", Html.each(reused, this::term));
    }

    /** The subjects of the given type, in file order: nkg: terms, or ({@code own} false) the reused ones. */
    private List<Node> terms(Node type, boolean own) {
        return subjects.stream()
            .filter(s -> s.getURI().startsWith(Html.NKG) == own && graph.contains(s, RDF.type.asNode(), type))
            .toList();
    }

    private String term(Node t) {
        String comment = text(t, RDFS.comment.getURI());
        List<String> facts = new ArrayList<>();
        fact(facts, "Subclass of", t, RDFS.subClassOf.asNode());
        fact(facts, "Domain", t, RDFS.domain.asNode());
        fact(facts, "Range", t, RDFS.range.asNode());
        fact(facts, "Subproperty of", t, RDFS.subPropertyOf.asNode());
        fact(facts, "Inverse of", t, OWL.inverseOf.asNode());
        List<String> traits = new ArrayList<>();
        if (graph.contains(t, RDF.type.asNode(), OWL.FunctionalProperty.asNode()))
            traits.add("functional (one value at most)");
        if (graph.contains(t, RDF.type.asNode(), OWL.SymmetricProperty.asNode()))
            traits.add("symmetric");
        if (!traits.isEmpty())
            facts.add(PARTS.get("fact").render("name", "Characteristics", "value", Template.escape(String.join(", ", traits))));
        facts.add(PARTS.get("fact").render("name", "IRI", "value", PARTS.get("name").render("name", t.getURI())));
        return PARTS.get("term").render("id", id(t), "name", Html.shortIri(t.getURI()),
            "label", t.getURI().startsWith(Html.NKG) ? text(t, RDFS.label.getURI()) : "",
            "comment", comment.isEmpty() ? text(t, SKOS + "scopeNote") : comment, "facts", String.join("\n", facts));
    }

    private void fact(List<String> facts, String name, Node subject, Node property) {
        List<String> values = graph.find(subject, property, Node.ANY).mapWith(tr -> value(tr.getObject())).toList();
        if (!values.isEmpty())
            facts.add(PARTS.get("fact").render("name", name, "value", String.join(", ", values)));
    }

    /** A term as a link within the page when it has a section here, else its short name; unions as "A or B". */
    private String value(Node n) {
        if (n.isBlank())
            return graph.find(n, OWL.unionOf.asNode(), Node.ANY).mapWith(Triple::getObject).nextOptional()
                .map(list -> String.join(" or ", GraphList.members(new GNode(graph, list)).stream().map(this::value).toList()))
                .orElse("");
        if (n.isURI() && subjects.contains(n) && graph.contains(n, RDF.type.asNode(), Node.ANY))
            return PARTS.get("term-link").render("id", id(n), "name", Html.shortIri(n.getURI()));
        return n.isURI() ? PARTS.get("name").render("name", Html.shortIri(n.getURI())) : Template.escape(n.toString());
    }

    private String links(List<Node> terms) {
        return String.join(", ", terms.stream()
            .map(t -> PARTS.get("term-link").render("id", id(t), "name", Html.shortIri(t.getURI()))).toList());
    }

    /** {@code Person} for nkg:Person, {@code skos-altLabel} for a reused term. */
    private static String id(Node t) {
        String uri = t.getURI();
        return uri.startsWith(Html.NKG) ? uri.substring(Html.NKG.length()) : Html.shortIri(uri).replace(':', '-');
    }

    /** The first literal value, or "". */
    private String text(Node subject, String property) {
        return graph.find(subject, NodeFactory.createURI(property), Node.ANY)
            .filterKeep(tr -> tr.getObject().isLiteral())
            .mapWith(tr -> tr.getObject().getLiteralLexicalForm())
            .nextOptional().orElse("");
    }
}
