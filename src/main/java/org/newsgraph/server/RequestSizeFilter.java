package org.newsgraph.server;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A bound on request bodies, before anything reads them: 413 with one line of text when the body is larger
 * than the limit of its path. A body of declared length is judged by its Content-Length; a chunked one is read
 * up to one byte past the limit and, when within it, handed on from memory; a chunked HTML form is refused with
 * 411 (its parameters cannot be handed on; Jetty's form limit, set to the same size, stays as a second bound). (Query strings are bounded by Jetty's
 * request-header limit, 512 KB as Fuseki sets it.)
 */
final class RequestSizeFilter implements Filter {

    private final long maxBytes;
    private final String ingestPath;
    private final long maxIngestBytes;

    /** {@code maxBytes} for every path but {@code ingestPath}, which allows {@code maxIngestBytes}. */
    RequestSizeFilter(long maxBytes, String ingestPath, long maxIngestBytes) {
        this.maxBytes = maxBytes;
        this.ingestPath = ingestPath;
        this.maxIngestBytes = maxIngestBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        boolean ingest = req.getRequestURI().equals(ingestPath);
        long limit = ingest ? maxIngestBytes : maxBytes;
        String option = ingest ? "--max-article-bytes" : "--max-request-bytes";
        long declared = req.getContentLengthLong();
        if (declared > limit) {
            tooLarge(resp, declared + " bytes", limit, option);
            return;
        }
        if (declared >= 0 || !hasBody(req)) {
            chain.doFilter(request, response);
            return;
        }
        if (isForm(req)) {
            // Jetty parses a form's parameters from the connection, not from a stream this filter could hand on,
            // and answers one over its limit with a 500; browsers and curl send forms with a length anyway
            resp.setStatus(HttpServletResponse.SC_LENGTH_REQUIRED);
            resp.setContentType("text/plain;charset=utf-8");
            resp.setHeader("Connection", "close");
            Headers.common(resp);
            resp.getWriter().write("Send a form with a Content-Length, not in chunks\n");
            return;
        }
        byte[] body = req.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            tooLarge(resp, "more than " + limit + " bytes", limit, option);
            return;
        }
        chain.doFilter(new Buffered(req, body), response);
    }

    /** A chunked body has no Content-Length but says so in Transfer-Encoding. */
    private static boolean hasBody(HttpServletRequest req) {
        return req.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isForm(HttpServletRequest req) {
        String type = req.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static void tooLarge(HttpServletResponse resp, String size, long limit, String option) throws IOException {
        resp.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        resp.setContentType("text/plain;charset=utf-8");
        // the client may still be sending: close rather than read what is left
        resp.setHeader("Connection", "close");
        Headers.common(resp);
        resp.getWriter().write("Request body too large: " + size + ", over the limit of " + limit + " (" + option
            + ")\n");
    }

    /** The request with its body read already. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String enc = getCharacterEncoding();
            Charset cs = enc != null ? Charset.forName(enc) : StandardCharsets.UTF_8;
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
