package org.newsgraph.server;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses writes that a browser makes on behalf of another site. A browser that has logged in to the update
 * endpoint resends the Basic credentials on its own, and an HTML form or a text/plain fetch from any page needs no
 * CORS permission to be sent: without this check, a page the user visits could change the graph. Browsers mark
 * such requests with an {@code Origin} (and {@code Sec-Fetch-Site}) naming the other site; command-line clients
 * send neither and are let through.
 */
final class CrossSiteWriteFilter implements Filter {

    private final Set<String> writePaths;

    CrossSiteWriteFilter(Set<String> writePaths) {
        this.writePaths = writePaths;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (writePaths.contains(req.getRequestURI()) && crossSite(req)) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            resp.setContentType("text/plain;charset=utf-8");
            Headers.common(resp);
            resp.getWriter().write("Cross-site write refused: send updates from this server's own pages or a"
                + " non-browser client\n");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean crossSite(HttpServletRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none"))
            return true;
        String origin = req.getHeader("Origin");
        if (origin == null)
            return false;
        String self = req.getScheme() + "://" + req.getHeader("Host");
        return !origin.toLowerCase(Locale.ROOT).equals(self.toLowerCase(Locale.ROOT));
    }
}
