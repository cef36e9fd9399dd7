package org.newsgraph.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.sparql.QueryPolicy;
import org.newsgraph.sparql.QueryTooLarge;
import org.newsgraph.sparql.SyntaxErrors;

/**
 * Fuseki's query handler with a bound on the size of every answer: a SELECT, CONSTRUCT or DESCRIBE without a
 * LIMIT, or with a larger one, is run with {@code LIMIT maxResults} (rows for SELECT, solutions of the WHERE
 * clause for CONSTRUCT and DESCRIBE). A response whose query was cut this way carries the header
 * {@value #HEADER} with the limit, so a client can tell that there may be more. Together with the query
 * timeout this keeps one request from holding the server or filling a client's memory.
 *
 * <p>A query the {@link QueryPolicy} refuses (SERVICE) is answered 400 with the reason before it runs; one
 * stopped for building too much in memory (a GROUP_CONCAT over its budget), or for the heap running out, 503
 * with one line, like one stopped by the timeout.
 */
final class BoundedQuery extends SPARQL_QueryDataset {

    static final String HEADER = "Newsgraph-Result-Limit";

    /** The base Fuseki resolves a query's relative IRIs against. */
    private static final String PARSE_BASE = "http://server/unset-base/";
    static final String OUT_OF_MEMORY = "Query too large: the server ran out of memory for it";

    private final long maxResults;
    private final QueryPolicy policy;

    BoundedQuery(long maxResults, QueryPolicy policy) {
        this.maxResults = maxResults;
        this.policy = policy;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        String refusal = policy.refusal(query);
        if (refusal != null)
            ServletOps.errorBadRequest(refusal);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            // parsed here first, as Fuseki parses it, to say a syntax error in one readable line
            QueryFactory.create(queryString, PARSE_BASE, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest("Parse error: " + SyntaxErrors.readable(e.getMessage()));
        }
        try {
            super.execute(queryString, action);
        } catch (QueryTooLarge e) {
            ServletOps.error(503, e.getMessage());
        } catch (OutOfMemoryError e) {
            // The query's own allocation failed, and what it held is garbage now: the server goes on.
            ServletOps.error(503, OUT_OF_MEMORY);
        }
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
