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
 *
 * <p>The origin is compared with what the server knows of itself, never with the request's {@code Host} header,
 * which the page's own site chooses: with DNS rebinding, {@code evil.example} resolves to this server, and the
 * browser sends {@code Origin} and {@code Host} both {@code evil.example}. This server's origins are the address
 * it was configured to listen on and the one the connection arrived at (plus {@code localhost} and the loopback
 * addresses on a loopback connection), on the port it arrived at. Behind a reverse proxy that serves another
 * name, browsers' writes are therefore refused: send them from a command-line client.
 */
final class CrossSiteWriteFilter implements Filter {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> writePaths;
    private final String configuredHost;

    /** @param configuredHost the address the server was told to listen on, as given */
    CrossSiteWriteFilter(Set<String> writePaths, String configuredHost) {
        this.writePaths = writePaths;
        this.configuredHost = bracketed(configuredHost.toLowerCase(Locale.ROOT));
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

    private boolean crossSite(HttpServletRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none"))
            return true;
        String origin = req.getHeader("Origin");
        return origin != null && !ownOrigins(req).contains(origin.toLowerCase(Locale.ROOT));
    }

    /** This server's origins for this connection: from its configuration and its socket, not from headers. */
    private Set<String> ownOrigins(HttpServletRequest req) {
        String local = bracketed(req.getLocalAddr().toLowerCase(Locale.ROOT));
        Set<String> hosts = new java.util.HashSet<>(java.util.List.of(configuredHost, local));
        if (Exposure.isLoopback(req.getLocalAddr()))
            hosts.addAll(LOOPBACK_NAMES);
        String suffix = ":" + req.getLocalPort();
        Set<String> origins = new java.util.HashSet<>();
        for (String h : hosts)
            origins.add(req.getScheme() + "://" + h + suffix);
        return origins;
    }

    /** An IPv6 address as it appears in an origin: in brackets. */
    private static String bracketed(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
