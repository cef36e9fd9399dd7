package org.newsgraph.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query handler with a bound on the size of every answer: a SELECT, CONSTRUCT or DESCRIBE without a
 * LIMIT, or with a larger one, is run with {@code LIMIT maxResults} (rows for SELECT, solutions of the WHERE
 * clause for CONSTRUCT and DESCRIBE). A response whose query was cut this way carries the header
 * {@value #HEADER} with the limit, so a client can tell that there may be more. Together with the query
 * timeout this keeps one request from holding the server or filling a client's memory.
 */
final class BoundedQuery extends SPARQL_QueryDataset {

    static final String HEADER = "Newsgraph-Result-Limit";

    private final long maxResults;

    BoundedQuery(long maxResults) {
        this.maxResults = maxResults;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
        Query q = p.getRight() != null ? p.getRight() : query;
        boolean bounded = q.isSelectType() || q.isConstructType() || q.isDescribeType();
        if (!bounded || q.hasLimit() && q.getLimit() <= maxResults) {
            return p;
        }
        Query limited = q == query ? q.cloneQuery() : q; // the caller's query object stays as it was asked
        limited.setLimit(maxResults);
        action.setResponseHeader(HEADER, Long.toString(maxResults));
        return Pair.create(p.getLeft(), limited);
    }
}
