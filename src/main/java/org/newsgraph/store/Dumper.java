package org.newsgraph.store;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Writes the whole store in one of the {@link DumpFormat}s.
 *
 * <p>Everything is read in one read transaction, so a dump is a consistent snapshot even while
 * articles are being ingested (TDB2 readers do not block the writer). N-Quads, TriG and Turtle are
 * streamed from the indexes through a {@link StreamRDF} writer: memory stays flat however large the
 * store. JSON-LD cannot be streamed: Jena's JSON-LD 1.1 writer (Titanium) builds the whole document
 * in memory, so it is meant for small stores and for tools that only read JSON.
 *
 * <p>Named-graph formats write the stored default graph too (it is normally empty: every triple lives in
 * an article's graph), so a dump parses back into a dataset isomorphic to the store. Turtle writes the
 * union of the named graphs, each distinct triple once: the graph that plain SPARQL queries see.
 */
public final class Dumper {

    /** Vocabulary prefixes for readable Turtle, TriG and JSON-LD when the store has not declared them. */
    private static final List<Map.Entry<String, String>> DEFAULT_PREFIXES = List.of(
        Map.entry("nkg", "https://w3id.org/newsgraph/ontology#"),
        Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
        Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
        Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
        Map.entry("dcterms", "http://purl.org/dc/terms/"),
        Map.entry("prov", "http://www.w3.org/ns/prov#"));

    private Dumper() {}

    /**
     * Writes the dataset to {@code out} in format {@code f}, inside a read transaction (or the caller's
     * transaction, if one is active). The stream is flushed, not closed.
     */
    public static void write(Dataset ds, DumpFormat f, OutputStream out) {
        Objects.requireNonNull(ds, "ds");
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(out, "out");
        DatasetGraph dsg = ds.asDatasetGraph();
        Txn.executeRead(ds, () -> {
            Map<String, String> prefixes = prefixes(dsg);
            switch (f) {
                case NQUADS, TRIG -> streamDataset(dsg, prefixes, StreamRDFWriter.getWriterStream(out, f.rdfFormat()));
                case TURTLE -> streamGraph(dsg.getUnionGraph(), prefixes,
                    StreamRDFWriter.getWriterStream(out, f.rdfFormat()));
                case JSONLD -> RDFWriterRegistry.getWriterDatasetFactory(f.rdfFormat()).create(f.rdfFormat())
                    .write(out, dsg, PrefixMapFactory.create(prefixes), null, dsg.getContext());
            }
        });
    }

    /**
     * The usual vocabulary prefixes, then the store's own declarations (which win where both bind a
     * prefix). Kept in order, so that the prefix lines of a dump do not move around between runs.
     */
    private static Map<String, String> prefixes(DatasetGraph dsg) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        DEFAULT_PREFIXES.forEach(e -> prefixes.put(e.getKey(), e.getValue()));
        dsg.prefixes().forEach(prefixes::put);
        return prefixes;
    }

    /**
     * The stored default graph, then one named graph after another. Going graph by graph (rather than
     * {@code dsg.find()} in whatever order an index gives) keeps each TriG block whole.
     */
    private static void streamDataset(DatasetGraph dsg, Map<String, String> prefixes, StreamRDF dest) {
        dest.start();
        prefixes.forEach(dest::prefix);
        // As triples, not quads: given quads of the default graph, the TriG writer names the block
        // <urn:x-arq:DefaultGraph>, which only Jena reads back as the default graph.
        sendTriples(dsg.getDefaultGraph().find(), dest);
        Iterator<Node> graphs = dsg.listGraphNodes();
        try {
            while (graphs.hasNext())
                sendQuads(dsg.find(graphs.next(), Node.ANY, Node.ANY, Node.ANY), dest);
        } finally {
            Iter.close(graphs);
        }
        dest.finish();
    }

    private static void streamGraph(Graph graph, Map<String, String> prefixes, StreamRDF dest) {
        dest.start();
        prefixes.forEach(dest::prefix);
        sendTriples(graph.find(), dest);
        dest.finish();
    }

    // Iterators over TDB2 indexes hold resources: close them even when the client goes away mid-dump.

    private static void sendTriples(Iterator<Triple> triples, StreamRDF dest) {
        try {
            triples.forEachRemaining(dest::triple);
        } finally {
            Iter.close(triples);
        }
    }

    private static void sendQuads(Iterator<Quad> quads, StreamRDF dest) {
        try {
            quads.forEachRemaining(dest::quad);
        } finally {
            Iter.close(quads);
        }
    }
}
