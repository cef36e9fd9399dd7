package org.newsgraph.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A request with a body that is refused (status 400 or more) is answered with {@code Connection: close}. The
 * refusal may come before the body is read, and Jetty then closes the connection after answering; without the
 * header a client that keeps connections open (Java's HttpClient, browsers) sends its next request on a
 * connection the server is closing and gets no answer at all.
 */
final class RefusalClosesConnection implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        boolean body = req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
        chain.doFilter(request, body ? new Closing((HttpServletResponse) response) : response);
    }

    private static final class Closing extends HttpServletResponseWrapper {
        Closing(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            close(sc);
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            close(sc);
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            close(sc);
            super.sendError(sc, msg);
        }

        private void close(int sc) {
            if (sc >= 400 && !isCommitted()) {
                setHeader("Connection", "close");
            }
        }
    }
}
