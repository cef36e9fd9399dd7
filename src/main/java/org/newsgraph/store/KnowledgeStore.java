package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NKG;

/**
 * The TDB2 store: one named graph per article, the default graph the union of all of them. An article is
 * replaced whole in one write transaction, so a reader or a crash never sees half of one.
 */
public final class KnowledgeStore implements AutoCloseable {

    private final Dataset dataset;
    private final Path location;

    private KnowledgeStore(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating when absent) the store in a folder. One process at a time may open a folder. */
    public static KnowledgeStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
        try {
            return new KnowledgeStore(TDB2Factory.connectDataset(dir.toString()), dir);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open store " + dir + ": " + e.getMessage()
                    + " (is another newsgraph process using it?)", e);
        }
    }

    /** A store in memory, for tests and evaluation runs that keep nothing. */
    public static KnowledgeStore inMemory() {
        return new KnowledgeStore(TDB2Factory.createDataset(), null);
    }

    public Dataset dataset() {
        return dataset;
    }

    public Path location() {
        return location;
    }

    /** Replaces each article's graph with its new triples, all in one write transaction. */
    public void replace(Collection<ArticleGraph> articles) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (ArticleGraph a : articles) {
                replaceGraph(dsg, a.name(), a.graph());
            }
        });
    }

    /** Compacts the store on disk (TDB2 keeps old versions until compacted), removing the old generation. */
    public void compact() {
        if (location != null) {
            org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        }
    }

    /** True when the store holds no quads at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
    }

    /** Loads N-Quads (gzipped or not) into the store, in one write transaction: all or nothing. */
    public void load(java.nio.file.Path nquads) throws java.io.IOException {
        try (java.io.InputStream raw = Files.newInputStream(nquads);
             java.io.InputStream in = nquads.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw) : raw) {
            Txn.executeWrite(dataset, () -> org.apache.jena.riot.RDFParser.source(in)
                    .lang(org.apache.jena.riot.Lang.NQUADS).parse(dataset.asDatasetGraph()));
        }
    }

    /** True when the store holds this article with exactly this text, extracted by this build. */
    public boolean holds(Node article, String contentHash, String extractor) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            return dsg.contains(article, article, NKG.contentHash.asNode(),
                    org.apache.jena.graph.NodeFactory.createLiteralString(contentHash))
                    && dsg.contains(article, article, NKG.extractor.asNode(),
                    org.apache.jena.graph.NodeFactory.createLiteralString(extractor));
        });
    }

    /** Recomputes the cross-article identity links ({@link IdentityLinks}) after a round of ingest. */
    public void relinkIdentities(String base) {
        Txn.executeWrite(dataset, () -> IdentityLinks.relink(dataset, base));
    }

    private static void replaceGraph(DatasetGraph dsg, Node name, Graph g) {
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        g.find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void close() {
        dataset.close();
        if (location != null) {
            // TDB2 keeps a store open for the life of the JVM; expel it so another process may open the folder
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
        }
    }
}
