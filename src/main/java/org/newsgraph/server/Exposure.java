package org.newsgraph.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * When the server may start writable. Updates always need credentials; on an address other machines can
 * reach, Basic authentication would send them in clear text over plain HTTP, so there it also needs HTTPS
 * (or a TLS reverse proxy in front of a server bound to 127.0.0.1).
 */
final class Exposure {

    private Exposure() {}

    /** Why the server must not start with these settings, or null when it may. */
    static String refusal(String host, boolean writable, boolean credentials, boolean https) {
        if (!writable) {
            return null;
        }
        if (!credentials) {
            return "refusing to accept updates on " + host + " without credentials: give --credentials FILE or set "
                + Credentials.ENVIRONMENT + " (user:password lines)";
        }
        if (!isLoopback(host) && !https) {
            return "refusing to accept updates on " + host + " over plain HTTP: passwords would cross the network in"
                + " clear text; give --https CONF, or bind 127.0.0.1 behind a TLS reverse proxy";
        }
        return null;
    }

    /** True when only this machine can reach the address. A name that does not resolve is not loopback. */
    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
