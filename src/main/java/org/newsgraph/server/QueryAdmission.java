package org.newsgraph.server;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Semaphore;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A bound on the queries of users running at once: the SPARQL endpoint (and the dataset's own URL) and the
 * editor page. One more is answered 503 at once, never queued, so slow queries cannot take every server
 * thread: the other pages, whose queries are the server's own and short, go on answering beside them.
 */
final class QueryAdmission implements Filter {

    static final String BUSY = "Server busy: %d queries are running, the most it runs at once; try again shortly";
    /** Seconds a client is asked to wait before trying again. */
    private static final String RETRY_AFTER = "1";

    private final Semaphore running;
    private final int max;
    private final Set<String> queryPaths;
    private final String pagePath;

    /**
     * @param queryPaths paths whose every request is a query (or a read of the whole dataset)
     * @param pagePath   the editor page, whose requests with a {@code query} parameter run one
     */
    QueryAdmission(int max, Set<String> queryPaths, String pagePath) {
        this.running = new Semaphore(max);
        this.max = max;
        this.queryPaths = queryPaths;
        this.pagePath = pagePath;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        boolean page = req.getRequestURI().equals(pagePath);
        if (!page && !queryPaths.contains(req.getRequestURI()) || page && !runsQuery(req)) {
            chain.doFilter(request, response);
            return;
        }
        if (!running.tryAcquire()) {
            refuse((HttpServletResponse) response, page);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }

    private static boolean runsQuery(HttpServletRequest req) {
        String q = req.getParameter("query");
        return q != null && !q.isBlank();
    }

    private void refuse(HttpServletResponse resp, boolean page) throws IOException {
        resp.setHeader("Retry-After", RETRY_AFTER);
        String message = String.format(BUSY, max);
        if (page) {
            Page.sendMessage(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Busy", message + ".");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.setContentType("text/plain;charset=utf-8");
        Headers.common(resp);
        resp.getWriter().write(message + "\n");
    }
}
