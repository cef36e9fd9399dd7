package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.management.GarbageCollectionNotificationInfo;
import org.newsgraph.nlp.NlpStages;

/** Small helpers shared by the bench steps: corpus files, token counts, heap watching, results as JSON. */
final class Util {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Util() {
    }

    /** The first {@code n} article files of a corpus folder, in name order (0 = all). */
    static List<Path> corpusFiles(Path dir, int n) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> all = s.filter(p -> {
                String f = p.getFileName().toString();
                return f.endsWith(".txt") || f.endsWith(".json");
            }).sorted().toList();
            if (n > all.size()) {
                throw new IllegalArgumentException("corpus " + dir + " has " + all.size() + " articles, " + n
                        + " asked for (generate a larger one with CorpusGen --articles)");
            }
            return n <= 0 ? all : all.subList(0, n);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus " + dir, e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tokens as the product's tokenizer counts them, over the files' text (JSON files: their maintext). */
    static long countTokens(List<Path> files) {
        long n = 0;
        for (Path p : files) {
            n += NlpStages.countTokens(text(p));
        }
        return n;
    }

    static String text(Path p) {
        String s = read(p);
        if (p.toString().endsWith(".json")) {
            try {
                var node = JSON.readTree(s);
                String title = node.path("title").asText("");
                return title + "\n\n" + node.path("maintext").asText("");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return s;
    }

    /** Bytes of all files under a folder (their apparent size, as ls shows; TDB2 files are sparse-free). */
    static long folderBytes(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Disk space really used by a folder ({@code du -sk}): TDB2 extends its files ahead of use. */
    static long diskBytes(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return Long.parseLong(out.split("\\s+")[0]) * 1024;
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Lets another process open a store this JVM has used: TDB2 keeps a closed store in its connection cache,
     * holding the folder's lock, until the JVM exits (matters when steps run in one JVM, as in the smoke test).
     */
    static void release(org.apache.jena.sparql.core.DatasetGraph dsg) {
        try {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg, true);
        } catch (RuntimeException e) {
            // closed already
        }
    }

    static void release(Path store) {
        try {
            org.apache.jena.tdb2.sys.DatabaseConnection.internalExpel(
                    org.apache.jena.dboe.base.file.Location.create(store.toString()), true);
        } catch (RuntimeException e) {
            // not open here: nothing to release
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String loadAvg() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    static void writeResult(Path out, Map<String, Object> result) {
        try {
            Map<String, Object> r = new LinkedHashMap<>(result);
            r.putIfAbsent("loadavg_end", loadAvg());
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, JSON.writeValueAsString(r), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double perSec(double count, long nanos) {
        return nanos <= 0 ? 0 : count * 1e9 / nanos;
    }

    /**
     * Watches the heap while a run goes on: the largest heap in use seen by sampling every 20 ms (what the
     * collector let it grow to), the largest heap left after any collection, and the largest left after a
     * full one. Only the last is the live set (what must not grow with the corpus): after a young collection
     * the old generation still holds what was promoted and has died since the last full one, which grows with
     * the length of the run.
     */
    static final class HeapWatch implements AutoCloseable {
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakAfterGc = new AtomicLong();
        private final AtomicLong peakAfterFullGc = new AtomicLong();
        private final AtomicLong fullGcs = new AtomicLong();
        private final Thread sampler;
        private final List<Runnable> unregister = new ArrayList<>();
        private volatile boolean running = true;

        HeapWatch() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter em) {
                    javax.management.NotificationListener l = (n, h) -> {
                        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                            long used = 0;
                            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc()
                                    .entrySet()) {
                                if (!e.getKey().contains("Metaspace") && !e.getKey().contains("Code")
                                        && !e.getKey().contains("Class")) {
                                    used += e.getValue().getUsed();
                                }
                            }
                            peakAfterGc.accumulateAndGet(used, Math::max);
                            if (info.getGcAction().contains("major")) {
                                peakAfterFullGc.accumulateAndGet(used, Math::max);
                                fullGcs.incrementAndGet();
                            }
                        }
                    };
                    em.addNotificationListener(l, null, null);
                    unregister.add(() -> {
                        try {
                            em.removeNotificationListener(l);
                        } catch (Exception ignored) {
                            // gone already
                        }
                    });
                }
            }
            sampler = new Thread(() -> {
                var mem = ManagementFactory.getMemoryMXBean();
                while (running) {
                    peakUsed.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heap");
            sampler.setDaemon(true);
            sampler.start();
        }

        long peakUsed() {
            return peakUsed.get();
        }

        long peakAfterGc() {
            return peakAfterGc.get();
        }

        long peakAfterFullGc() {
            return peakAfterFullGc.get();
        }

        long fullGcs() {
            return fullGcs.get();
        }

        @Override
        public void close() {
            running = false;
            sampler.interrupt();
            unregister.forEach(Runnable::run);
        }
    }
}
