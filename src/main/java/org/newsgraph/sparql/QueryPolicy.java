package org.newsgraph.sparql;

import java.time.Duration;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.ExprVisitor;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * What a query or an update of a user may do: read this store, and nothing else. {@code SERVICE} (a request
 * to any address the query names, from the server's own network position) is refused unless allowed, and
 * {@code LOAD} (which reads a local file or a URL into the store) always. The refusals come before execution,
 * as one line; {@link #configure} also shuts the doors in the execution context (no HTTP {@code SERVICE}) and
 * bounds the functions that could outrun the timeout or the heap (see {@link Safeguards}).
 */
public final class QueryPolicy {

    /** What one query may concatenate with GROUP_CONCAT, over all its groups: far beyond any readable answer. */
    public static final long MAX_CONCAT_CHARS = 16_000_000;

    static final String SERVICE_REFUSED = "SERVICE refused: queries here read only this store"
        + " (--allow-service lets them call other endpoints)";
    static final String LOAD_REFUSED = "LOAD refused: an update may not read files or URLs;"
        + " put the data in INSERT DATA, or POST articles to /kg/ingest";

    private final boolean serviceAllowed;
    private final long maxConcatChars;
    private final Duration serviceTimeout;
    private final Safeguards safeguards;

    private QueryPolicy(boolean serviceAllowed, long maxConcatChars, Duration serviceTimeout) {
        this.serviceAllowed = serviceAllowed;
        this.maxConcatChars = maxConcatChars;
        this.serviceTimeout = serviceTimeout;
        this.safeguards = new Safeguards(maxConcatChars);
    }

    /** Only this store: no SERVICE. */
    public static QueryPolicy storeOnly() {
        return new QueryPolicy(false, MAX_CONCAT_CHARS, null);
    }

    /** SERVICE allowed when {@code allowService}; everything else as {@link #storeOnly}. */
    public static QueryPolicy of(boolean allowService) {
        return new QueryPolicy(allowService, MAX_CONCAT_CHARS, null);
    }

    /** With a different bound on GROUP_CONCAT (for tests). */
    public QueryPolicy withMaxConcatChars(long max) {
        return new QueryPolicy(serviceAllowed, max, serviceTimeout);
    }

    /**
     * Where SERVICE is allowed, how long the server waits for a remote endpoint: the query's own timeout does
     * not reach into the HTTP request that SERVICE makes.
     */
    public QueryPolicy withServiceTimeout(Duration timeout) {
        return new QueryPolicy(serviceAllowed, maxConcatChars, timeout);
    }

    public boolean serviceAllowed() {
        return serviceAllowed;
    }

    /** Why the query may not run here (one line), or null when it may. */
    public String refusal(Query query) {
        return !serviceAllowed && hasService(Algebra.compile(query)) ? SERVICE_REFUSED : null;
    }

    /** Why the update may not run here (one line), or null when it may. */
    public String refusal(UpdateRequest request) {
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad)
                return LOAD_REFUSED;
            if (!serviceAllowed && u instanceof UpdateModify m && hasService(m.getWherePattern()))
                return SERVICE_REFUSED;
        }
        return null;
    }

    /** Sets the execution context of user queries: no HTTP SERVICE unless allowed, and the safeguards. */
    public Context configure(Context context) {
        if (!serviceAllowed)
            context.set(ARQ.httpServiceAllowed, false);
        else if (serviceTimeout != null)
            context.set(Service.httpQueryTimeout, serviceTimeout.toMillis());
        context.set(ARQConstants.sysOptimizerFactory, safeguards);
        // Folding evaluates constant expressions while the query is planned, before the safeguards are in
        // place and outside the reach of the timeout: REGEX("aaa…a!", "^(.*a){34}$") would run for hours there.
        context.set(ARQ.optExprConstantFolding, false);
        return context;
    }

    private static boolean hasService(Element pattern) {
        return pattern != null && hasService(Algebra.compile(pattern));
    }

    /** True when SERVICE occurs anywhere: nested, in a subquery, or inside FILTER (NOT) EXISTS. */
    private static boolean hasService(Op op) {
        boolean[] found = {false};
        OpVisitorBase ops = new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                found[0] = true;
            }
        };
        ExprVisitor exprs = new ExprVisitorBase();
        Walker.walk(op, ops, exprs);
        return found[0];
    }
}
