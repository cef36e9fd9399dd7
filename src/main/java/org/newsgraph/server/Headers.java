package org.newsgraph.server;

import jakarta.servlet.http.HttpServletResponse;

/** Response headers shared by newsgraph's own pages and files (Fuseki sets its own on /kg). */
final class Headers {

    /**
     * For HTML: nothing may load from elsewhere, no script runs, no form posts off-site, no framing.
     * The page needs only its own stylesheet.
     */
    static final String CONTENT_SECURITY_POLICY =
        "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

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
