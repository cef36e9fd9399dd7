package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code Bench run}: the whole benchmark, one child JVM per step (so each heap figure is that step's own),
 * results as JSON under {@code WORK/results}, logs under {@code WORK/logs}, then the report. The corpus is
 * generated first when the folder holds fewer articles than the run needs.
 */
final class Runner {

    private Runner() {
    }

    static int run(Args a) throws Exception {
        boolean quick = a.has("--quick");
        Path corpus = Path.of(a.get("--corpus", "bench/corpus"));
        Path work = Path.of(a.get("--work", "bench/work"));
        Path doc = Path.of(a.get("--doc", "docs/performance.md"));
        Path jar = Path.of(a.get("--jar", "target/newsgraph.jar"));
        Path seeds = Path.of(a.get("--seeds", "seeds"));
        Path shared = Path.of(a.get("--shared", "../shared"));
        List<Integer> sizes = a.getInts("--sizes", quick ? "200,600" : "1000,5000,10000");
        List<Integer> threads = a.getInts("--threads", "1,2");
        Set<String> skip = Set.copyOf(List.of(a.get("--skip", "").split(",")));
        int maxSize = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        int maxThreads = threads.stream().mapToInt(Integer::intValue).max().orElseThrow();
        Path results = work.resolve("results");
        Path logs = work.resolve("logs");
        if (!a.has("--keep-results")) {
            Util.deleteTree(results);
        }
        Files.createDirectories(results);
        Files.createDirectories(logs);

        // corpus
        int have = Files.isDirectory(corpus) ? Util.corpusFiles(corpus, 0).size() : 0;
        if (have < maxSize) {
            System.out.printf(Locale.ROOT, "bench: generating %d articles into %s%n", Math.max(maxSize, quick ? 600
                    : 10_000), corpus);
            CorpusGen.main(new String[] {"--out", corpus.toString(), "--articles",
                    Integer.toString(Math.max(maxSize, quick ? 600 : 10_000)),
                    "--source", shared.resolve("corpora/gmb-kaggle-ner/train.txt").toString(),
                    "--real", shared.resolve("eval/dev").toString(), "--real", seeds.toString()});
        }
        Util.writeResult(results.resolve("machine.json"), machine(Path.of(a.get("--repo", ".")), quick));
        Util.writeResult(results.resolve("corpus.json"), corpusInfo(corpus));

        String c = corpus.toString();
        String w = work.toString();
        if (!skip.contains("stages")) {
            step("stages", BATCH_JVM, results, logs, "stages", "--corpus", c, "--articles",
                    Integer.toString(Math.min(maxSize, quick ? 100 : 400)), "--warm",
                    Integer.toString(Math.min(maxSize / 2, quick ? 50 : 150)), "--work", w);
        }
        Path queryStore = work.resolve("store-ingest-" + maxSize + "-" + maxThreads);
        if (!skip.contains("ingest")) {
            for (int n : sizes) {
                for (int t : threads) {
                    Path store = work.resolve("store-ingest-" + n + "-" + t);
                    List<String> args = new ArrayList<>(List.of("ingest", "--corpus", c, "--articles",
                            Integer.toString(n), "--threads", Integer.toString(t), "--store", store.toString()));
                    if (store.equals(queryStore)) {
                        args.add("--keep");
                    }
                    pinnedStep(t, "ingest-" + n + "-" + t, BATCH_JVM, results, logs, args.toArray(String[]::new));
                }
            }
        }
        Path nq = work.resolve("bulk.nq");
        if (!skip.contains("bulk")) {
            step("bulk-nquads", BATCH_JVM, results, logs, "bulk", "--corpus", c, "--articles", Integer.toString(maxSize),
                    "--threads", Integer.toString(maxThreads), "--mode", "nquads", "--target", nq.toString());
            for (String l : List.of("phased", "parallel")) {
                Path s = work.resolve("store-tdbloader-" + l);
                step("tdbloader-" + l, "-Xmx4g", results, logs, "tdbloader", "--file", nq.toString(), "--store",
                        s.toString(), "--loader", l);
                Util.deleteTree(s);
            }
            step("newsgraph-load", BATCH_JVM, results, logs, "newsgraph-load", "--file", nq.toString(), "--store",
                    work.resolve("store-newsgraph-load").toString());
            // the direct path uses whichever loader was faster on the file
            String best = "phased";
            double bestRate = -1;
            for (String l : List.of("phased", "parallel")) {
                double rate = Util.JSON.readTree(results.resolve("tdbloader-" + l + ".json").toFile())
                        .path("quads_per_s").asDouble();
                if (rate > bestRate) {
                    bestRate = rate;
                    best = l;
                }
            }
            Path d = work.resolve("store-direct");
            step("bulk-direct", BATCH_JVM, results, logs, "bulk", "--corpus", c, "--articles", Integer.toString(maxSize),
                    "--threads", Integer.toString(maxThreads), "--mode", "direct", "--loader", best, "--target",
                    d.toString());
            Util.deleteTree(d);
            Files.deleteIfExists(nq);
        }
        if (!skip.contains("queries") && Files.isDirectory(queryStore)) {
            step("queries", "-Xmx1g", results, logs, "queries", "--store", queryStore.toString(), "--clients",
                    "1,4,16", "--requests", quick ? "40" : "200", "--seconds", quick ? "10" : "30");
        }
        if (!skip.contains("compact") && Files.isDirectory(queryStore)) {
            step("compact", "-Xmx2g", results, logs, "compact", "--store", queryStore.toString());
        }
        if (!skip.contains("corenlp")) {
            int n = Math.min(sizes.get(0), quick ? 100 : 1000);
            // Also at the largest ingest size up to 5,000 articles: CoreNLP's rate leaves out a warm-up, ours
            // includes the JIT's (about 10 s of compiling in the first few hundred articles), which weighs
            // on 1,000 articles and little on 5,000.
            int big = quick ? n : sizes.stream().filter(x -> x <= 5000).max(Integer::compare).orElse(n);
            for (int m : big > n ? List.of(n, big) : List.of(n)) {
                pinnedStep(maxThreads, "corenlp-fast-" + m, "-Xmx6g", results, logs, "corenlp", "--corpus", c,
                        "--articles", Integer.toString(m), "--threads", Integer.toString(maxThreads), "--mode", "fast");
            }
            if (!quick) {
                pinnedStep(maxThreads, "corenlp-default", "-Xmx6g", results, logs, "corenlp", "--corpus", c, "--articles",
                        Integer.toString(Math.min(n, 200)),
                        "--threads", Integer.toString(maxThreads), "--mode", "default");
            }
        }
        if (!skip.contains("coldstart")) {
            if (Files.isRegularFile(jar)) {
                step("coldstart", "-Xmx256m", results, logs, "coldstart", "--jar", jar.toString(), "--runs",
                        quick ? "1" : "3", "--seeds", seeds.toString(), "--work", w);
            } else {
                System.out.println("bench: no " + jar + ", cold start skipped (mvn -DskipTests package)");
            }
        }
        if (!skip.contains("jfr")) {
            Path rec = work.resolve("ingest.jfr");
            Path store = work.resolve("store-jfr");
            step("ingest-jfr", BATCH_JVM + " -XX:StartFlightRecording=filename=" + rec + ",settings=profile", results, logs,
                    "ingest", "--corpus", c, "--articles",
                    Integer.toString(Math.min(maxSize, quick ? 300 : 2000)), "--threads",
                    Integer.toString(maxThreads), "--store", store.toString());
            step("jfr", "-Xmx2g", results, logs, "jfr", "--file", rec.toString());
        }
        Report.write(results, doc);
        if (!a.has("--keep-stores")) {
            Util.deleteTree(queryStore);
        }
        return 0;
    }

    /**
     * A step that may use only the first {@code threads} cores. Ingest runs a writer thread beside its workers,
     * so "1 thread" unpinned would use two cores; pinned, its rate per core is one core's work and the speed-up
     * from 1 to 2 threads is the speed-up from 1 to 2 cores. Without {@code taskset} the step runs unpinned.
     */
    private static void pinnedStep(int threads, String name, String jvm, Path results, Path logs, String... args)
            throws Exception {
        boolean pin = threads < Runtime.getRuntime().availableProcessors() && Files.isExecutable(TASKSET);
        run(pin ? List.of(TASKSET.toString(), "-c", "0-" + (threads - 1)) : List.of(), name, jvm, results, logs, args);
    }

    /** The JVM options the launcher ({@code ./newsgraph}) gives its batch commands, ingest among them. */
    static final String BATCH_JVM = "-Xmx4g -XX:+UseParallelGC";

    private static final Path TASKSET = Path.of("/usr/bin/taskset");

    /** Runs one step in its own JVM, its output to a log; says one line about it. */
    private static void step(String name, String jvm, Path results, Path logs, String... args) throws Exception {
        run(List.of(), name, jvm, results, logs, args);
    }

    private static void run(List<String> prefix, String name, String jvm, Path results, Path logs, String... args)
            throws Exception {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(QueryBench.javaBin());
        cmd.addAll(List.of(jvm.split(" ")));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Bench.class.getName());
        cmd.addAll(List.of(args));
        cmd.add("--out");
        cmd.add(results.resolve(name + ".json").toString());
        Path log = logs.resolve(name + ".log");
        System.out.printf(Locale.ROOT, "bench: %-20s (load %s) ...", name, Util.loadAvg());
        System.out.flush();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int rc = p.waitFor();
        System.out.printf(Locale.ROOT, " %s in %.0f s%n", rc == 0 ? "done" : "FAILED (exit " + rc + ", see " + log + ")",
                (System.nanoTime() - t0) / 1e9);
        if (rc != 0) {
            throw new IllegalStateException("step " + name + " failed; see " + log);
        }
    }

    static Map<String, Object> machine(Path repo, boolean quick) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", "machine");
        m.put("date", Report.now());
        m.put("git_revision", git(repo));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", cpuModel());
        m.put("memory", memTotal());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor") + ")");
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("mode", quick ? "bench/run --quick" : "bench/run");
        m.put("load_average_at_start", Util.loadAvg());
        return m;
    }

    private static String git(Path repo) {
        try {
            Process p = new ProcessBuilder("git", "-C", repo.toString(), "describe", "--always", "--dirty",
                    "--abbrev=12").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? out : "unknown (not a git work tree)";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String cpuModel() {
        try (Stream<String> l = Files.lines(Path.of("/proc/cpuinfo"))) {
            return l.filter(s -> s.startsWith("model name")).map(s -> s.substring(s.indexOf(':') + 1).strip())
                    .findFirst().orElse("n/a");
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static String memTotal() {
        try (Stream<String> l = Files.lines(Path.of("/proc/meminfo"))) {
            return l.filter(s -> s.startsWith("MemTotal")).map(s -> {
                long kb = Long.parseLong(s.replaceAll("\\D", ""));
                return String.format(Locale.ROOT, "%.1f GiB", kb / 1048576.0);
            }).findFirst().orElse("n/a");
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    static Map<String, Object> corpusInfo(Path corpus) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", "corpus");
        Path manifest = corpus.resolve(CorpusGen.MANIFEST);
        if (!Files.exists(manifest)) {
            m.put("description", "Corpus " + corpus + " (no manifest).");
            return m;
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        int articles = 0;
        int real = 0;
        long tokens = 0;
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split("\t");
            articles++;
            if (f[1].equals("real")) {
                real++;
            }
            tokens += Long.parseLong(f[3]);
        }
        m.put("articles", articles);
        m.put("real", real);
        m.put("source_tokens", tokens);
        m.put("description", String.format(Locale.ROOT, "`bench/gen-corpus` (CorpusGen): %,d articles, %,d of them "
                + "real news (the dev set and seeds, spread evenly), the rest regrouped from the GMB sentences of "
                + "`shared/corpora/gmb-kaggle-ner/train.txt` (VOA news, 43,200 sentences): runs of consecutive "
                + "sentences, log-normal length (median 17 sentences, 6 to 45), paragraphs of 1 to 3 sentences, "
                + "detokenized into plain text. %,d source tokens, %.0f per article on average; over 10,000 articles "
                + "each source sentence is used about 4 times, cut at different places on each pass. Runs of N "
                + "articles take the first N files in name order. The name finder was trained on the same GMB "
                + "sentences, which does not matter for speed.", articles, real, tokens, tokens / (double) articles));
        return m;
    }
}
