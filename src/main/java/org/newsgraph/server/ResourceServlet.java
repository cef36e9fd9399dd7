package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves one small classpath resource (the ontology, the stylesheet). The bytes are read once, when
 * the server is built; a resource missing from the classpath is answered with 404.
 */
final class ResourceServlet extends HttpServlet {

    private final byte[] bytes;
    private final String contentType;
    private final boolean anyOrigin;

    /**
     * @param resource    absolute classpath name, such as {@code /org/newsgraph/ontology/newsgraph.ttl}
     * @param contentType the Content-Type header
     * @param anyOrigin   whether pages of other sites may read it (true for public vocabulary files)
     */
    ResourceServlet(String resource, String contentType, boolean anyOrigin) {
        this.bytes = read(resource);
        this.contentType = contentType;
        this.anyOrigin = anyOrigin;
    }

    private static byte[] read(String resource) {
        try (InputStream in = ResourceServlet.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!headers(resp))
            return;
        resp.getOutputStream().write(bytes);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        headers(resp);
    }

    private boolean headers(HttpServletResponse resp) throws IOException {
        Headers.common(resp);
        if (bytes == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return false;
        }
        resp.setContentType(contentType);
        resp.setContentLength(bytes.length);
        if (anyOrigin)
            resp.setHeader("Access-Control-Allow-Origin", "*");
        return true;
    }
}
