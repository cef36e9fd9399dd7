package org.newsgraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * {@code /ontology}: the vocabulary as Turtle for RDF clients, as a readable page for browsers, chosen by
 * the Accept header (Turtle when there is none, or when both are equally welcome). A missing ontology
 * resource is answered with 404.
 */
final class OntologyServlet extends HttpServlet {

    static final String TURTLE = "text/turtle; charset=utf-8";

    /** What is offered, in order of preference when a client likes several equally. */
    private static final AcceptList OFFER = AcceptList.create("text/turtle", "text/html", "application/xhtml+xml");

    private final byte[] turtle;
    private final String html;

    OntologyServlet(String resource) {
        this.turtle = read(resource);
        this.html = turtle == null ? null : new OntologyPage(new ByteArrayInputStream(turtle)).render();
    }

    private static byte[] read(String resource) {
        try (InputStream in = OntologyServlet.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (turtle == null) {
            Headers.common(resp);
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Caches must keep the two apart.
        resp.setHeader("Vary", "Accept");
        if (wantsHtml(req.getHeader("Accept"))) {
            Page.of("Ontology", html).send(resp, HttpServletResponse.SC_OK);
            return;
        }
        Headers.common(resp);
        // A public vocabulary: pages of other sites may read it.
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setContentType(TURTLE);
        resp.setContentLength(turtle.length);
        resp.getOutputStream().write(turtle);
    }

    static boolean wantsHtml(String accept) {
        if (accept == null || accept.isBlank())
            return false;
        try {
            MediaType best = AcceptList.match(new AcceptList(accept), OFFER);
            return best != null && !best.getContentTypeStr().equals("text/turtle");
        } catch (RuntimeException e) {
            // An Accept header Jena cannot read: the file, as to a client that sent none.
            return false;
        }
    }
}
