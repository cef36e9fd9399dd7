package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The benchmark harness of issue 7. {@code bench/run} is the way in; each step can also be run alone:
 *
 * <pre>
 * Bench stages    --corpus DIR [--articles 500] [--warm 200] [--work DIR] --out FILE
 * Bench ingest    --corpus DIR --articles N --threads T [--store DIR] [--keep] --out FILE
 * Bench bulk      --corpus DIR --articles N --threads T --mode nquads|direct --target FILE|DIR [--loader L] --out FILE
 * Bench tdbloader --file F.nq --store DIR [--loader phased|parallel] --out FILE
 * Bench newsgraph-load --file F.nq --store DIR --out FILE   (the product's `newsgraph load` on the same file)
 * Bench compact   --store DIR --out FILE           (TDB2 compaction: time, size before and after)
 * Bench queries   --store DIR [--clients 1,4,16] [--requests 200] [--seconds 30] --out FILE
 * Bench load      --store DIR [--requests 10000] [--clients 16] [--timeout 30] [--runaway-at 2000] --out FILE
 * Bench corenlp   --corpus DIR --articles N [--threads 2] [--mode fast|default] --out FILE
 * Bench coldstart --jar target/newsgraph.jar [--runs 3] [--seeds seeds] [--work DIR] --out FILE
 * Bench jfr       --file rec.jfr --out FILE
 * Bench machine   [--repo DIR] --out FILE          (cores, memory, Java, git revision)
 * Bench corpus-info --corpus DIR --out FILE
 * Bench report    --results DIR [--doc docs/performance.md]
 * Bench run       [--quick] [--corpus DIR] [--work DIR] [--doc FILE] ...   (all of the above, one JVM per step)
 * </pre>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0) {
            System.err.println("usage: Bench STEP [options]; see the class comment or bench/README.md");
            System.exit(2);
        }
        String step = argv[0];
        Args a = new Args(Arrays.copyOfRange(argv, 1, argv.length));
        if (step.equals("run")) {
            System.exit(Runner.run(a));
        }
        if (step.equals("report")) {
            Report.write(Path.of(a.get("--results", "bench/work/results")), Path.of(a.get("--doc",
                    "docs/performance.md")));
            return;
        }
        Map<String, Object> r = step(step, a);
        Path out = Path.of(a.get("--out", "bench/work/results/" + step + ".json"));
        Util.writeResult(out, r);
        System.out.println(Util.JSON.writeValueAsString(r));
        System.exit(0); // a loader or server library may leave non-daemon threads behind
    }

    static Map<String, Object> step(String step, Args a) throws Exception {
        Path work = Path.of(a.get("--work", "bench/work"));
        return switch (step) {
            case "stages" -> PipelineBench.stages(Path.of(a.get("--corpus", "bench/corpus")),
                    a.getInt("--articles", 500), a.getInt("--warm", 200), work);
            case "ingest" -> PipelineBench.ingest(Path.of(a.get("--corpus", "bench/corpus")),
                    a.getInt("--articles", 1000), a.getInt("--threads", 1),
                    Path.of(a.get("--store", work.resolve("store-ingest").toString())), a.has("--keep"));
            case "bulk" -> PipelineBench.bulk(Path.of(a.get("--corpus", "bench/corpus")),
                    a.getInt("--articles", 1000), a.getInt("--threads", 2), a.get("--mode", "nquads"),
                    Path.of(a.get("--target", work.resolve("bulk.nq").toString())), a.get("--loader", "phased"));
            case "tdbloader" -> PipelineBench.tdbloader(Path.of(a.get("--file", work.resolve("bulk.nq").toString())),
                    Path.of(a.get("--store", work.resolve("store-tdbloader").toString())),
                    a.get("--loader", "phased"));
            case "newsgraph-load" -> PipelineBench.productLoad(Path.of(a.get("--file",
                    work.resolve("bulk.nq").toString())), Path.of(a.get("--store", work.resolve("store-load").toString())));
            case "queries" -> QueryBench.run(Path.of(a.get("--store", work.resolve("store-query").toString())),
                    a.getInts("--clients", "1,4,16"), a.getInt("--requests", 200), a.getInt("--seconds", 30),
                    a.get("--server-heap", "-Xmx4g"));
            case "load" -> LoadBench.run(Path.of(a.get("--store", work.resolve("store-load").toString())),
                    a.getInt("--requests", 10_000), a.getInt("--clients", 16), a.getInt("--timeout", 30),
                    a.getInt("--runaway-at", 2_000), a.get("--server-heap", "-Xmx4g"));
            case "corenlp" -> CoreNlpBench.run(Path.of(a.get("--corpus", "bench/corpus")),
                    a.getInt("--articles", 1000), a.getInt("--threads", 2), a.get("--mode", "fast"),
                    a.getInt("--warm", 20));
            case "coldstart" -> ColdStart.run(Path.of(a.get("--jar", "target/newsgraph.jar")),
                    a.getInt("--runs", 3), Path.of(a.get("--seeds", "seeds")), work);
            case "jfr" -> JfrSummary.run(Path.of(a.get("--file", work.resolve("ingest.jfr").toString())),
                    a.getInt("--top", 25));
            case "compact" -> PipelineBench.compact(Path.of(a.get("--store", work.resolve("store-query").toString())));
            case "machine" -> Runner.machine(Path.of(a.get("--repo", ".")), a.has("--quick"));
            case "corpus-info" -> Runner.corpusInfo(Path.of(a.get("--corpus", "bench/corpus")));
            default -> throw new IllegalArgumentException("unknown step " + step);
        };
    }
}
