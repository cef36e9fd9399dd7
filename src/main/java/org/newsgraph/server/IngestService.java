package org.newsgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;
import org.newsgraph.document.Article;
import org.newsgraph.document.Rejected;
import org.newsgraph.pipeline.Ingest;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.store.KnowledgeStore;

/**
 * {@code POST /kg/ingest?id=ID}: one article in the request body, plain UTF-8 text ({@code text/plain}, the
 * default) or a news-please record ({@code application/json}, whose own {@code id} wins), through the same
 * reader and pipeline as {@code newsgraph ingest}. It replaces the article's graph in one write transaction,
 * so queries running meanwhile see the old graph or the new one, never part of it. Answers one line of text:
 * 200 "stored ID (N triples)" or "unchanged ID", 400 with the reason it was skipped, 415 for another type.
 * Reached only through authentication (see {@link NewsgraphServer.Builder#updates}).
 */
final class IngestService extends ActionService {

    static final String NAME = "ingest";

    private final Ingest ingest;
    private final KnowledgeStore store;
    private final Ingest.Listener log;

    IngestService(Ingest ingest, KnowledgeStore store, Ingest.Listener log) {
        this.ingest = ingest;
        this.store = store;
        this.log = log;
    }

    @Override
    public void execPost(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void validate(HttpAction action) {
        String type = contentType(action);
        if (!type.equals("text/plain") && !type.equals("application/json")) {
            ServletOps.error(HttpSC.UNSUPPORTED_MEDIA_TYPE_415, "Send the article as text/plain or application/json,"
                + " not " + type);
        }
        String id = action.getRequestParameter("id");
        if (type.equals("text/plain") && (id == null || id.isBlank())) {
            ServletOps.errorBadRequest("Name the article: POST /kg/ingest?id=IDENTIFIER");
        }
    }

    @Override
    public void execute(HttpAction action) {
        String id = action.getRequestParameter("id");
        boolean json = contentType(action).equals("application/json");
        byte[] body;
        try {
            body = action.getRequestInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Article> stored = new ArrayList<>();
        List<Article> unchanged = new ArrayList<>();
        IngestReport r = ingest.run("POST /kg/ingest" + (id != null ? "?id=" + id : ""), id == null || id.isBlank()
            ? null : id, body, json, store, new Ingest.Listener() {
                @Override
                public void stored(Article a) {
                    stored.add(a);
                    log.stored(a);
                }

                @Override
                public void unchanged(Article a) {
                    unchanged.add(a);
                    log.unchanged(a);
                }

                @Override
                public void skipped(Rejected rejected) {
                    log.skipped(rejected);
                }
            });
        if (!r.skipped().isEmpty()) {
            ServletOps.errorBadRequest("Skipped: " + r.skipped().get(0).reason());
        }
        String line = !stored.isEmpty() ? "stored " + stored.get(0).id() + " (" + r.triples() + " triples)"
            : "unchanged " + unchanged.get(0).id();
        action.setResponseStatus(HttpSC.OK_200);
        action.setResponseContentType("text/plain;charset=utf-8");
        try {
            action.getResponseOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The media type without parameters; text/plain when the client sends none. */
    private static String contentType(HttpAction action) {
        String ct = action.getRequestContentType();
        if (ct == null || ct.isBlank()) {
            return "text/plain";
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }
}
