package org.newsgraph.sparql;

import org.apache.jena.query.QueryExecException;

/** A query stopped because what it was building in memory outgrew its bound. */
public final class QueryTooLarge extends QueryExecException {

    QueryTooLarge(String message) {
        super(message);
    }
}
