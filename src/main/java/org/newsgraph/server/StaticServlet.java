package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages' own styles and scripts ({@code static/} in this package) and the front-end libraries they
 * use, from the WebJars on the classpath (pinned in pom.xml; nothing comes from a CDN: newsgraph runs
 * offline). Only the files listed here are served. All are read when the server is built, so a missing
 * library fails at once rather than as a broken page.
 */
final class StaticServlet extends HttpServlet {

    static final String PATH = "/static";

    private static final String CSS = "text/css; charset=utf-8";
    private static final String JS = "text/javascript; charset=utf-8";

    private record Asset(byte[] bytes, String contentType, String etag) {}

    private final transient Map<String, Asset> assets = new LinkedHashMap<>();

    StaticServlet() {
        own("newsgraph.css", CSS);
        own("network.css", CSS);
        own("favicon.svg", "image/svg+xml");
        own("search.js", JS);
        own("network.js", JS);
        own("editor.js", JS);
        library("lib/cytoscape.min.js", "cytoscape", "dist/cytoscape.min.js", JS);
        library("lib/codemirror.js", "codemirror", "lib/codemirror.js", JS);
        library("lib/codemirror.css", "codemirror", "lib/codemirror.css", CSS);
        library("lib/sparql.js", "codemirror", "mode/sparql/sparql.js", JS);
        library("lib/matchbrackets.js", "codemirror", "addon/edit/matchbrackets.js", JS);
    }

    private void own(String name, String type) {
        add(name, "/org/newsgraph/server/static/" + name, type);
    }

    /** A file of the WebJar {@code org.webjars.npm:artifact}, whichever version the build put on the classpath. */
    private void library(String name, String artifact, String file, String type) {
        Properties pom = new Properties();
        String properties = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = resource(properties)) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        add(name, "/META-INF/resources/webjars/" + artifact + "/" + pom.getProperty("version") + "/" + file, type);
    }

    private void add(String name, String resource, String type) {
        try (InputStream in = resource(resource)) {
            byte[] bytes = in.readAllBytes();
            assets.put("/" + name, new Asset(bytes, type, etag(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = StaticServlet.class.getResourceAsStream(name);
        if (in == null)
            throw new IllegalStateException("Missing resource " + name + ": is the build's classpath complete?");
        return in;
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Asset a = headers(req, resp);
        if (a != null)
            resp.getOutputStream().write(a.bytes());
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        headers(req, resp);
    }

    /** The asset to send, or null when the response is complete already (404, 304). */
    private Asset headers(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Headers.common(resp);
        Asset a = req.getPathInfo() == null ? null : assets.get(req.getPathInfo());
        if (a == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        // Revalidated on each use (cheap: 304 without a body), so a new jar's files are never stale.
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("ETag", a.etag());
        if (a.etag().equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return null;
        }
        resp.setContentType(a.contentType());
        resp.setContentLength(a.bytes().length);
        return a;
    }
}
