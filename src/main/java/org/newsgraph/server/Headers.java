package org.newsgraph.server;

import jakarta.servlet.http.HttpServletResponse;

/** Response headers shared by newsgraph's own pages and files (Fuseki sets its own on /kg). */
final class Headers {

    /**
     * For HTML: scripts, styles and data only from this server (users run it offline, and nothing
     * injected into a page can run: there is no inline script or style anywhere), no form posts off-site,
     * no framing. connect-src is for the search box's suggestions.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
        + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private Headers() {}

    /** On every response of ours: browsers must trust the Content-Type, not guess. */
    static void common(HttpServletResponse resp) {
        resp.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** On HTML pages. */
    static void html(HttpServletResponse resp) {
        common(resp);
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("Referrer-Policy", "no-referrer");
        // For browsers that predate CSP frame-ancestors.
        resp.setHeader("X-Frame-Options", "DENY");
    }
}
