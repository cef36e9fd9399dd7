package org.newsgraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.newsgraph.sparql.QueryPolicy;

/**
 * Fuseki's SPARQL Update, but only for updates the {@link QueryPolicy} allows: a {@code LOAD} (which would read
 * a local file or fetch a URL into the store) or a {@code SERVICE} in a WHERE clause is answered 400 with the
 * reason, and nothing of the request is run. The body is already bounded by the request size filter, so it is
 * read whole to be checked, then handed to Fuseki as it came.
 */
final class PolicedUpdate extends SPARQL_Update {

    /** Where the update's relative IRIs resolve while it is checked; only its shape matters here. */
    private static final String CHECK_BASE = "http://localhost/";

    private final QueryPolicy policy;

    PolicedUpdate(QueryPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String refusal;
        try {
            refusal = policy.refusal(UpdateFactory.create(new String(body, StandardCharsets.UTF_8), CHECK_BASE));
        } catch (QueryParseException e) {
            refusal = null; // Fuseki parses it again below and answers the syntax error in its own words
        }
        if (refusal != null)
            ServletOps.errorBadRequest(refusal);
        super.execute(action, new ByteArrayInputStream(body));
    }
}
