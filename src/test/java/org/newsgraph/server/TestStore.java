package org.newsgraph.server;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A real TDB2 store with two article graphs written by hand in the shape of docs/rdf-model.md: in a1,
 * Zarif meets Lavrov in Moscow; in a2, Zarif calls on the United Nations to lift the sanctions. Zarif is
 * typed and labelled in both graphs, so counting and the union must not count him twice.
 *
 * <p>The dataset context does not set the union-default-graph flag (the real store does): the server
 * must make the default graph the union by itself.
 */
final class TestStore {

    static final String NG = "https://w3id.org/newsgraph/";
    static final Node A1 = NodeFactory.createURI(NG + "article/a1");
    static final Node A2 = NodeFactory.createURI(NG + "article/a2");

    static final String TRIG = """
        BASE <https://w3id.org/newsgraph/>
        PREFIX nkg:     <https://w3id.org/newsgraph/ontology#>
        PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX prov:    <http://www.w3.org/ns/prov#>
        PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>

        <article/a1> {
          <article/a1> a nkg:Article ; dcterms:identifier "a1" ; dcterms:title "Zarif meets Lavrov" ;
              dcterms:date "2019-08-05"^^xsd:date ; nkg:text "Zarif met Lavrov in Moscow on Monday." .
          <person/mohammad-javad-zarif> a nkg:Person ; rdfs:label "Mohammad Javad Zarif" ; skos:altLabel "Zarif" ;
              nkg:confidence 0.9 .
          <person/sergey-lavrov> a nkg:Person ; rdfs:label "Sergey Lavrov" ; nkg:confidence 0.9 .
          <location/moscow> a nkg:Location ; rdfs:label "Moscow" ; nkg:confidence 0.8 .
          <article/a1/meeting/1> a nkg:Meeting ;
              nkg:participant <person/mohammad-javad-zarif>, <person/sergey-lavrov> ;
              nkg:dateText "Monday" ; nkg:date "2019-08-05"^^xsd:date ; nkg:place <location/moscow> ;
              nkg:evidence <article/a1#char=0,37> ; nkg:confidence 0.9 ; prov:wasDerivedFrom <article/a1> .
          <article/a1#char=0,37> a nkg:Evidence ; nkg:text "Zarif met Lavrov in Moscow on Monday." ;
              nkg:start 0 ; nkg:end 37 ; nkg:inArticle <article/a1> .
          <person/mohammad-javad-zarif> nkg:metWith <person/sergey-lavrov> .
          <person/sergey-lavrov> nkg:metWith <person/mohammad-javad-zarif> .
        }

        <article/a2> {
          <article/a2> a nkg:Article ; dcterms:identifier "a2" ;
              nkg:text "Zarif called on the United Nations to lift the sanctions." .
          <person/mohammad-javad-zarif> a nkg:Person ; rdfs:label "Mohammad Javad Zarif" ; skos:altLabel "Zarif" ;
              nkg:confidence 0.9 .
          <organization/united-nations> a nkg:Organization ; rdfs:label "United Nations" ; nkg:confidence 0.9 .
          <article/a2/appeal/1> a nkg:Appeal ; nkg:agent <person/mohammad-javad-zarif> ;
              nkg:content "to lift the sanctions" ; nkg:addressee <organization/united-nations> ;
              nkg:evidence <article/a2#char=0,57> ; nkg:confidence 0.8 ; prov:wasDerivedFrom <article/a2> .
          <article/a2#char=0,57> a nkg:Evidence ; nkg:text "Zarif called on the United Nations to lift the sanctions." ;
              nkg:start 0 ; nkg:end 57 ; nkg:inArticle <article/a2> .
          <person/mohammad-javad-zarif> nkg:calledFor <article/a2/appeal/1> .
        }
        """;

    private TestStore() {}

    /** A TDB2 store in {@code dir} holding {@link #TRIG}. */
    static Dataset create(Path dir) {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(ds, () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(ds.asDatasetGraph()));
        return ds;
    }

    /** Lets go of the store's files. */
    static void release(Dataset ds) {
        if (ds != null)
            TDBInternal.expel(ds.asDatasetGraph());
    }

    /** An in-memory copy of every quad, to compare with. */
    static DatasetGraph copy(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            ds.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** An in-memory copy of the union of the named graphs. */
    static Graph unionCopy(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            ds.asDatasetGraph().getUnionGraph().find().forEach(g::add);
            return g;
        });
    }

    /** An in-memory copy of one named graph. */
    static Graph graphCopy(Dataset ds, Node graphName) {
        return Txn.calculateRead(ds, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            ds.asDatasetGraph().getGraph(graphName).find().forEach(g::add);
            return g;
        });
    }
}
