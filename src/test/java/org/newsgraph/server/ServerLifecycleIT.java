package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.ConnectException;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Starting, binding and stopping a real server. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServerLifecycleIT {

    private final Dataset empty = DatasetFactory.createTxnMem();

    @Test
    void the_server_listens_only_on_the_address_it_was_given() {
        // Every 127.x.y.z address is this machine, but a socket bound to one is not reachable through another.
        NewsgraphServer server = NewsgraphServer.create().dataset(empty).host("127.0.0.2").port(0).build().start();
        try {
            assertEquals(200, Http.get("http://127.0.0.2:" + server.port() + "/").statusCode());
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Http.get("http://127.0.0.1:" + server.port() + "/"));
            assertInstanceOf(ConnectException.class, e.getCause());
        } finally {
            server.stop();
        }
    }

    @Test
    void a_stopped_server_no_longer_answers() {
        NewsgraphServer server = NewsgraphServer.create().dataset(empty).port(0).build().start();
        String url = server.url();
        assertEquals(200, Http.get(url).statusCode());

        server.stop();

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Http.get(url));
        assertInstanceOf(ConnectException.class, e.getCause());
    }

    @Test
    void an_empty_store_shows_zero_counts() {
        NewsgraphServer server = NewsgraphServer.create().dataset(empty).port(0).build().start();
        try {
            String html = Http.text(Http.get(server.url()));
            for (String id : new String[] {"articles", "persons", "organizations", "locations", "meetings", "calls"})
                assertTrue(html.contains("<td id=\"count-" + id + "\">0</td>"), id);
        } finally {
            server.stop();
        }
    }
}
