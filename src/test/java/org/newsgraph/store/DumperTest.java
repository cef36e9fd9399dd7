package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DumperTest {

    private static final String NG = "https://w3id.org/newsgraph/";
    private static final Node ZARIF = NodeFactory.createURI(NG + "person/mohammad-javad-zarif");

    // Two article graphs sharing a person (so the union has fewer triples than the quads), literals of the
    // kinds the model uses, and one triple in the stored default graph, which the named-graph formats must
    // keep and the Turtle union must not contain.
    private static final String TRIG = """
        PREFIX nkg:     <https://w3id.org/newsgraph/ontology#>
        PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
        BASE <https://w3id.org/newsgraph/>

        <urn:example:s> <urn:example:p> "in the default graph" .

        <article/a1> {
          <article/a1> a nkg:Article ; dcterms:identifier "a1" ; dcterms:date "2019-08-05"^^xsd:date ;
              nkg:text "Zarif met Lavrov in Moscow.\\nThey talked." .
          <person/mohammad-javad-zarif> a nkg:Person ; rdfs:label "Mohammad Javad Zarif" ;
              nkg:confidence 0.9 .
          <person/sergey-lavrov> a nkg:Person ; rdfs:label "Sergey Lavrov"@en .
          <article/a1/meeting/1> a nkg:Meeting ; nkg:participant <person/mohammad-javad-zarif>, <person/sergey-lavrov> ;
              nkg:start 0 ; nkg:end 27 .
        }
        <article/a2> {
          <article/a2> a nkg:Article ; dcterms:identifier "a2" .
          <person/mohammad-javad-zarif> a nkg:Person ; rdfs:label "Mohammad Javad Zarif" ;
              nkg:confidence 0.9 .
        }
        """;

    // Real TDB2 stores (its union graph and indexes are what Dumper streams from), one of each for the
    // class: the tests only read, and creating a store costs most of a second of fsyncs.
    @TempDir
    static Path dir;
    @TempDir
    static Path emptyDir;

    private static Dataset store;
    private static Dataset empty;

    @BeforeAll
    static void openStores() {
        store = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(store, () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(store.asDatasetGraph()));
        empty = TDB2Factory.connectDataset(emptyDir.toString());
    }

    @AfterAll
    static void closeStores() {
        TDBInternal.expel(store.asDatasetGraph());
        TDBInternal.expel(empty.asDatasetGraph());
    }

    @ParameterizedTest
    @EnumSource(value = DumpFormat.class, names = {"NQUADS", "TRIG", "JSONLD"})
    void a_named_graph_format_parses_back_into_a_dataset_isomorphic_to_the_store(DumpFormat format) {
        DatasetGraph parsed = parse(dump(format), format);

        DatasetGraph expected = Txn.calculateRead(store, () -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            store.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
        assertTrue(IsoMatcher.isomorphic(expected, parsed), () -> format + " dump:\n" + dump(format));
        assertEquals(2, parsed.size(), "named graphs");
        assertEquals(1, parsed.getDefaultGraph().size(), "default graph triples");
    }

    @Test
    void turtle_is_the_union_of_the_named_graphs_with_each_triple_once() {
        String turtle = dump(DumpFormat.TURTLE);
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(parsed);

        Graph union = Txn.calculateRead(store, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.asDatasetGraph().getUnionGraph().find().forEach(g::add);
            return g;
        });
        assertTrue(parsed.isIsomorphicWith(union), () -> "Turtle dump:\n" + turtle);
        // 4 + 3 + 2 + 5 triples in a1, 2 + 3 in a2, of which Zarif's 3 are the same triples as in a1.
        assertEquals(16, parsed.size());
        assertEquals(3, parsed.find(ZARIF, Node.ANY, Node.ANY).toList().size());
        assertFalse(turtle.contains("in the default graph"));
    }

    @Test
    void nquads_writes_one_line_per_quad_including_the_default_graph() {
        String nq = dump(DumpFormat.NQUADS);
        assertEquals(1 + 14 + 5, nq.lines().count());
        assertTrue(nq.lines().anyMatch(l -> l.equals("<urn:example:s> <urn:example:p> \"in the default graph\" .")));
    }

    @Test
    void trig_writes_the_default_graph_as_plain_triples_not_as_a_graph_named_by_jena() {
        String trig = dump(DumpFormat.TRIG);
        assertFalse(trig.contains("urn:x-arq:DefaultGraph"), trig);
        assertTrue(trig.contains("\n<urn:example:s>  <urn:example:p>  \"in the default graph\" .\n"), trig);
    }

    @Test
    void trig_and_turtle_use_the_vocabulary_prefixes() {
        assertTrue(dump(DumpFormat.TRIG).contains("PREFIX nkg: <https://w3id.org/newsgraph/ontology#>"));
        assertTrue(dump(DumpFormat.TURTLE).contains("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"));
    }

    @Test
    void writing_inside_the_callers_read_transaction_uses_that_transaction() {
        String nq = Txn.calculateRead(store, () -> dump(DumpFormat.NQUADS));
        assertEquals(20, nq.lines().count());
    }

    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void an_empty_store_dumps_to_a_document_that_parses_to_nothing(DumpFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dumper.write(empty, format, out);
        DatasetGraph parsed = parse(out.toString(StandardCharsets.UTF_8), format);
        assertTrue(parsed.isEmpty());
    }

    @Test
    void formats_have_their_names_extensions_and_media_types() {
        assertEquals("nquads|trig|turtle|jsonld", DumpFormat.names());
        assertEquals(DumpFormat.NQUADS, DumpFormat.fromName("nquads"));
        assertEquals(DumpFormat.TRIG, DumpFormat.fromName("TriG"));
        assertEquals(DumpFormat.TURTLE, DumpFormat.fromName(" turtle "));
        assertEquals(DumpFormat.JSONLD, DumpFormat.fromName("jsonld"));

        assertEquals("nq", DumpFormat.NQUADS.fileExtension());
        assertEquals("trig", DumpFormat.TRIG.fileExtension());
        assertEquals("ttl", DumpFormat.TURTLE.fileExtension());
        assertEquals("jsonld", DumpFormat.JSONLD.fileExtension());

        assertEquals("application/n-quads", DumpFormat.NQUADS.mediaType());
        assertEquals("application/trig", DumpFormat.TRIG.mediaType());
        assertEquals("text/turtle", DumpFormat.TURTLE.mediaType());
        assertEquals("application/ld+json", DumpFormat.JSONLD.mediaType());

        assertFalse(DumpFormat.TURTLE.hasNamedGraphs());
        assertTrue(DumpFormat.NQUADS.hasNamedGraphs());
    }

    @Test
    void an_unknown_format_name_is_refused_with_the_accepted_names() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DumpFormat.fromName("rdfxml"));
        assertEquals("Unknown dump format 'rdfxml': expected one of nquads|trig|turtle|jsonld", e.getMessage());
    }

    private static String dump(DumpFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dumper.write(store, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static DatasetGraph parse(String text, DumpFormat format) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(text, format.lang()).parse(dsg);
        return dsg;
    }
}
