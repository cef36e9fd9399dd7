package org.newsgraph.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's HTTP Basic authentication with two guards: an {@code Authorization} header that is not Base64 (on
 * which Jetty's own throws, answering 500) is a failed login like any other, 401 with the challenge; and
 * failed logins are throttled per client address ({@link LoginThrottle}), 429 once an address has failed too
 * often, whatever it sends next.
 */
final class GuardedBasicAuthenticator extends BasicAuthenticator {

    static final String THROTTLED = "Too many failed logins from this address; try again in %d s";

    private final LoginThrottle throttle;
    private final String realm;

    GuardedBasicAuthenticator(LoginThrottle throttle, String realm) {
        this.throttle = throttle;
        this.realm = realm;
    }

    @Override
    public AuthenticationState validateRequest(Request req, Response res, Callback callback)
        throws ServerAuthException {
        String client = Request.getRemoteAddr(req);
        boolean attempt = req.getHeaders().get(HttpHeader.AUTHORIZATION) != null;
        long wait = attempt ? throttle.waitSeconds(client) : 0;
        if (wait > 0 && deferred(res))
            return null; // asked in passing (a query naming its user): simply not logged in
        if (wait > 0) {
            res.getHeaders().put(HttpHeader.CONNECTION, "close"); // the body is left unread
            res.getHeaders().put(HttpHeader.RETRY_AFTER, wait);
            Response.writeError(req, res, callback, HttpStatus.TOO_MANY_REQUESTS_429, String.format(THROTTLED, wait));
            return AuthenticationState.SEND_FAILURE;
        }
        AuthenticationState state;
        try {
            state = super.validateRequest(req, res, callback);
        } catch (IllegalArgumentException malformed) { // not Base64
            if (deferred(res))
                return null;
            res.getHeaders().put(HttpHeader.CONNECTION, "close");
            // the challenge Jetty sends for a wrong password
            res.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\"");
            Response.writeError(req, res, callback, HttpStatus.UNAUTHORIZED_401);
            state = AuthenticationState.CHALLENGE;
        }
        if (state instanceof AuthenticationState.Succeeded)
            throttle.succeeded(client);
        else if (attempt)
            throttle.failed(client);
        return state;
    }

    /**
     * True when asked in passing, outside a login (Fuseki asks every request for its user): Jetty then hands a
     * stand-in response that takes no headers, and a failure means simply "not logged in".
     */
    private static boolean deferred(Response res) {
        return res == null || res.getHeaders() == null;
    }
}
