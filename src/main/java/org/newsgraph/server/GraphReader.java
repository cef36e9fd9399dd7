package org.newsgraph.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.sparql.QueryPolicy;

/**
 * How the pages read the store: SPARQL, each query bounded by the server's query timeout, over a default
 * graph that is the union of the article graphs (as on the endpoint). The pages' queries are in
 * {@code queries.rq}, named by their titles; values go in by substitution, never by string building.
 */
final class GraphReader {

    private static final Map<String, String> QUERIES = TitledQuery.loadByTitle("queries.rq");

    private final DatasetGraph dsg;
    private final DatasetGraph union;
    private final boolean tdb2;
    private final Duration timeout;
    private final QueryPolicy policy;

    GraphReader(DatasetGraph dsg, Duration timeout, QueryPolicy policy) {
        this.dsg = dsg;
        this.tdb2 = TDBInternal.isTDB2(dsg);
        // TDB2 answers over the union itself (and fast, from its quad indexes) when the context says so;
        // any other dataset is queried through a view whose default graph is the union.
        this.union = tdb2 ? dsg : DatasetGraphFactory.wrap(dsg.getUnionGraph());
        this.timeout = timeout;
        this.policy = policy;
    }

    Duration timeout() {
        return timeout;
    }

    /** Runs {@code work} in one read transaction, so that all the queries of one page see one state. */
    <T> T read(Supplier<T> work) {
        return Txn.calculateRead(dsg, work);
    }

    /** The rows of the query titled {@code name} in queries.rq, with each variable of {@code values} bound. */
    List<Row> select(String name, Map<String, Node> values) {
        String query = QUERIES.get(name);
        if (query == null)
            throw new IllegalArgumentException("No query titled " + name + " in queries.rq");
        return read(() -> {
            QueryExecBuilder b = builder().query(query);
            values.forEach((var, node) -> b.substitution(Var.alloc(var), node));
            List<Row> rows = new ArrayList<>();
            try (QueryExec exec = b.build()) {
                RowSet rs = exec.select();
                rs.forEachRemaining(binding -> rows.add(new Row(binding)));
            }
            return rows;
        });
    }

    /** Why a query of the user's may not run here (one line), or null when it may. */
    String refusal(Query query) {
        return policy.refusal(query);
    }

    /**
     * A query of the user's, ready to run; call inside {@link #read}. Its FROM and FROM NAMED pick graphs of
     * the store, as on the endpoint (a graph the store lacks is empty; nothing is fetched).
     */
    QueryExec exec(Query query) {
        QueryExecBuilder b = query.hasDatasetDescription() ? fromGraphs(query) : builder().query(query);
        Context cxt = policy.configure(new Context());
        cxt.keys().forEach(k -> b.set(k, cxt.get(k)));
        return b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    /**
     * The query over the dataset its FROM and FROM NAMED describe, made of the store's graphs as Fuseki makes it
     * (a graph the store lacks is empty; nothing is fetched), and asked without them: the dataset says it all.
     */
    private QueryExecBuilder fromGraphs(Query query) {
        DatasetGraph described = DynamicDatasets.dynamicDataset(query.getDatasetDescription(), dsg, false);
        Query plain = query.cloneQuery();
        plain.getGraphURIs().clear();
        plain.getNamedGraphURIs().clear();
        return QueryExec.dataset(described).query(plain);
    }

    private QueryExecBuilder builder() {
        QueryExecBuilder b = QueryExec.dataset(union).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return tdb2 ? b.set(TDB2.symUnionDefaultGraph, true) : b;
    }
}
