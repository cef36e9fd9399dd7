package org.newsgraph.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses TRACE everywhere. The pages' servlets would otherwise echo the request back, headers and all
 * (HttpServlet's default), which no client of newsgraph needs and which hands a script its request's headers.
 */
final class NoTrace implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        if (!"TRACE".equalsIgnoreCase(((HttpServletRequest) request).getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        resp.setContentType("text/plain;charset=utf-8");
        Headers.common(resp);
        resp.getWriter().write("Method not allowed: TRACE\n");
    }
}
