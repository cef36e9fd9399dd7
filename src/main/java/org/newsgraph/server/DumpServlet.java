package org.newsgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.newsgraph.store.DumpFormat;
import org.newsgraph.store.Dumper;

/**
 * The whole store as a download, under {@code /dump/}: {@code newsgraph.nq.gz}, {@code newsgraph.trig},
 * {@code newsgraph.ttl}, {@code newsgraph.jsonld}. Written by {@link Dumper} straight into the response
 * (chunked), so a large store is never held in memory (except for JSON-LD, see {@link Dumper}).
 */
final class DumpServlet extends HttpServlet {

    /** The path under which this servlet is mounted. */
    static final String PATH = "/dump";

    /** One downloadable file. */
    private record Download(String fileName, DumpFormat format, boolean gzip) {

        String contentType() {
            // The .gz file is served as what it is, a gzip file, and not with Content-Encoding: gzip,
            // which browsers undo while still saving under the .gz name.
            if (gzip)
                return "application/gzip";
            String type = format.mediaType();
            // text/* defaults to US-ASCII without a charset; the application/* types are UTF-8 by definition.
            return type.startsWith("text/") ? type + "; charset=utf-8" : type;
        }
    }

    private static final Map<String, Download> DOWNLOADS = Map.of(
        "/newsgraph.nq.gz", new Download("newsgraph.nq.gz", DumpFormat.NQUADS, true),
        "/newsgraph.trig", new Download("newsgraph.trig", DumpFormat.TRIG, false),
        "/newsgraph.ttl", new Download("newsgraph.ttl", DumpFormat.TURTLE, false),
        "/newsgraph.jsonld", new Download("newsgraph.jsonld", DumpFormat.JSONLD, false));

    private static final int STREAM_BUFFER = 64 * 1024;

    private final transient Dataset dataset;

    DumpServlet(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Download d = headers(req, resp);
        if (d == null)
            return;
        // Fuseki configures Jetty with a 5 MB response buffer, good for query results; a dump would sit in
        // it (a whole compressed dump of a few MB until the end) before the first byte leaves. Send as made.
        resp.setBufferSize(STREAM_BUFFER);
        OutputStream out = resp.getOutputStream();
        try {
            if (d.gzip()) {
                GZIPOutputStream gz = new GZIPOutputStream(out, STREAM_BUFFER);
                Dumper.write(dataset, d.format(), gz);
                gz.finish();
            } else {
                Dumper.write(dataset, d.format(), out);
            }
        } catch (RuntimeException e) {
            // The 200 and part of the body are gone already. Throwing makes Jetty abort the connection
            // instead of ending the chunked body normally, so no client takes a cut dump for a whole one.
            // A client that went away surfaces as an I/O failure wrapped by Jena: rethrown unwrapped,
            // Jetty recognises it (EofException) and does not log it as a server error.
            IOException io = ioCause(e);
            if (io != null)
                throw io;
            throw e;
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // Not the default doHead, which would run the whole dump to count its bytes. Committing the
        // headers now keeps Jetty from adding "Content-Length: 0", which would claim an empty dump.
        if (headers(req, resp) != null)
            resp.flushBuffer();
    }

    private static Download headers(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Headers.common(resp);
        Download d = req.getPathInfo() == null ? null : DOWNLOADS.get(req.getPathInfo());
        if (d == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        resp.setContentType(d.contentType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"");
        // The store changes with every ingest.
        resp.setHeader("Cache-Control", "no-cache");
        return d;
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof IOException io)
                return io;
        return null;
    }
}
