package org.newsgraph.server;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Failed logins counted per client address: after {@link #MAX_FAILURES} within {@link #WINDOW}, that address
 * may not try again until the window has passed. Guessing a password then takes years instead of hours; a user
 * who mistypes a few times does not notice.
 */
final class LoginThrottle {

    static final int MAX_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Addresses remembered at most: a flood of addresses forgets the oldest windows rather than the heap. */
    private static final int MAX_ADDRESSES = 10_000;

    private final LongSupplier nanoClock;
    private final Map<String, Window> windows = new HashMap<>();

    LoginThrottle() {
        this(System::nanoTime);
    }

    LoginThrottle(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    private static final class Window {
        final long start;
        int failures;

        Window(long start) {
            this.start = start;
        }
    }

    /** Seconds until {@code address} may try again, or 0 when it may now. */
    synchronized long waitSeconds(String address) {
        Window w = current(address);
        if (w == null || w.failures < MAX_FAILURES)
            return 0;
        long left = WINDOW.toNanos() - (nanoClock.getAsLong() - w.start);
        return Math.max(1, Duration.ofNanos(left).toSeconds() + 1);
    }

    synchronized void failed(String address) {
        Window w = current(address);
        if (w == null) {
            if (windows.size() >= MAX_ADDRESSES)
                windows.clear();
            w = new Window(nanoClock.getAsLong());
            windows.put(address, w);
        }
        w.failures++;
    }

    synchronized void succeeded(String address) {
        windows.remove(address);
    }

    /** The address's window if it is still open. */
    private Window current(String address) {
        Window w = windows.get(address);
        if (w != null && nanoClock.getAsLong() - w.start >= WINDOW.toNanos()) {
            windows.remove(address);
            return null;
        }
        return w;
    }
}
