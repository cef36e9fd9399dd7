package org.newsgraph.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Answers leave the server a buffer at a time, not a flush at a time. Jena's CSV writer flushes after every
 * value, and a flush of the servlet stream is a write to the socket: a 1,589-row, 290 KB meeting list took
 * 4,766 socket writes and 90 ms, against 55 ms for the same query written to memory. Flushes asked for by
 * the writers are dropped; Jetty sends when its output buffer is full and when the answer ends, so large
 * answers still stream.
 */
final class FlushWhenFull implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        chain.doFilter(request, new Response((HttpServletResponse) response));
    }

    private static final class Response extends HttpServletResponseWrapper {
        private ServletOutputStream out;

        Response(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new NoFlush(super.getOutputStream());
            }
            return out;
        }
    }

    /** The response's stream, but for {@link #flush()}. */
    static final class NoFlush extends ServletOutputStream {
        private final ServletOutputStream out;

        NoFlush(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() {
            // dropped: see the class comment
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
