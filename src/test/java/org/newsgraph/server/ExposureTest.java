package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** When the server may start writable: the rule, address by address. */
class ExposureTest {

    @Test
    void aReadOnlyServerMayBindAnyAddress() {
        assertNull(Exposure.refusal("0.0.0.0", false, false, false));
    }

    @Test
    void aWritableServerWithoutCredentialsRefusesToStartEvenOnLoopback() {
        assertEquals("refusing to accept updates on 127.0.0.1 without credentials: give --credentials FILE or set"
            + " NEWSGRAPH_CREDENTIALS (user:password lines)", Exposure.refusal("127.0.0.1", true, false, false));
    }

    @Test
    void aWritableServerOnANonLoopbackAddressWithoutHttpsRefusesToStart() {
        assertEquals("refusing to accept updates on 0.0.0.0 over plain HTTP: passwords would cross the network in"
            + " clear text; give --https CONF, or bind 127.0.0.1 behind a TLS reverse proxy",
            Exposure.refusal("0.0.0.0", true, true, false));
    }

    @Test
    void aWritableServerWithCredentialsMayUsePlainHttpOnLoopbackAndHttpsAnywhere() {
        assertNull(Exposure.refusal("127.0.0.1", true, true, false));
        assertNull(Exposure.refusal("localhost", true, true, false));
        assertNull(Exposure.refusal("::1", true, true, false));
        assertNull(Exposure.refusal("0.0.0.0", true, true, true));
    }
}
