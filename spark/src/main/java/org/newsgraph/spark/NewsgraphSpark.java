package org.newsgraph.spark;

import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsgraph.document.ArticleReader;
import org.newsgraph.rdf.NKG;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spark-submit --class org.newsgraph.spark.NewsgraphSpark newsgraph-spark.jar extract --input PATH
 * --output PATH}: the entry point. It wires options to {@link ExtractJob}; the job does the work.
 */
@Command(name = "newsgraph-spark", mixinStandardHelpOptions = true, subcommands = NewsgraphSpark.Extract.class,
        description = "newsgraph's extraction as an Apache Spark job.")
public final class NewsgraphSpark implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exit = commandLine().execute(args);
        if (exit != 0) {
            System.exit(exit); // after a good run, let Spark's own shutdown end the JVM as it expects
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new NewsgraphSpark());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("newsgraph-spark: " + (e instanceof JobError ? e.getMessage() : e.toString()));
            return e instanceof JobError ? 2 : 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Reads articles (.txt, news-please .json, .jsonl; folders recursively) from any file system"
                    + " Spark reads and writes their graphs as gzipped N-Quads, one named graph per article, exactly as"
                    + " newsgraph ingest stores them; plus the cross-article identity graph and summary.json.",
                    "Load the output with: newsgraph load --store DIR OUTPUT",
                    "Bad inputs are counted and named in the summary, never fatal. Exit status: 0 done, 2 bad options"
                            + " or output exists."})
    static final class Extract implements Callable<Integer> {

        @Option(names = "--input", paramLabel = "PATH", required = true, split = ",",
                description = "Files or folders to read (repeat or separate with commas); later inputs win over"
                        + " earlier ones with the same article identifier.")
        List<String> inputs;

        @Option(names = "--output", paramLabel = "PATH", required = true, description = "New folder for the output.")
        String output;

        @Option(names = "--partitions", paramLabel = "N",
                description = "Partitions of the pipeline stage (default: one per " + ExtractJob.ARTICLES_PER_PARTITION
                        + " articles, at least two per core).")
        int partitions;

        @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of entities and articles (default: ${DEFAULT-VALUE}).")
        String base = NKG.DEFAULT_BASE;

        @Option(names = "--max-article-bytes", paramLabel = "N", description = "Skip articles larger than this (default: ${DEFAULT-VALUE}).")
        long maxArticleBytes = ArticleReader.DEFAULT_MAX_ARTICLE_BYTES;

        @Override
        public Integer call() {
            // spark-submit sets the master; run with plain java, the job uses this machine's cores
            SparkConf conf = new SparkConf().setAppName("newsgraph extract").setIfMissing("spark.master", "local[*]");
            try (JavaSparkContext sc = new JavaSparkContext(conf)) {
                RunSummary s = ExtractJob.run(sc, new ExtractJob.Options(inputs, output, partitions, base,
                        maxArticleBytes));
                s.lines().forEach(System.out::println);
            }
            return 0;
        }
    }
}
