package org.newsgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on a free loopback port that records every request it gets and answers each with a "secret"
 * in plain text: what a query must never be able to reach or read (an internal service of the host).
 */
public final class RecordingListener implements AutoCloseable {

    public static final String SECRET = "internal secret 7f3a\n";

    private final HttpServer server;
    private final List<String> hits = new CopyOnWriteArrayList<>();
    private final CountDownLatch answer;

    public RecordingListener() {
        this(new CountDownLatch(0));
    }

    /** A listener that answers only once {@code answer} is counted down: a remote host that hangs. */
    public RecordingListener(CountDownLatch answer) {
        this.answer = answer;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            hits.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            try {
                answer.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = SECRET.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The requests received so far, as "METHOD /path". */
    public List<String> hits() {
        return List.copyOf(hits);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
