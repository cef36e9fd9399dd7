package org.newsgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.jena.graph.NodeFactory;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.newsgraph.document.Article;
import org.newsgraph.document.Rejected;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.store.IdentityLinks;
import scala.Tuple2;

/**
 * The extraction as a Spark job: list the inputs, read them into articles, keep the first of two articles with
 * one identifier (the later is skipped, named, as ingest does), run the very {@link ArticlePipeline} of single-machine ingest on each, and write
 *
 * <pre>
 * OUT/graphs/part-r-NNNNN.nq.gz    one named graph per article, exactly as ingest stores it
 * OUT/identity/part-r-00000.nq.gz  the owl:sameAs graph that ingest recomputes from its whole store
 * OUT/summary.json                 {@link RunSummary}
 * </pre>
 *
 * Identity is a grouping stage: persons are grouped by {@link IdentityLinks#candidateKey} and each group is
 * linked on its own, which gives the same links as the whole store does. Bad input is counted and named,
 * never fatal.
 */
final class ExtractJob {

    /** About 30 s of pipeline per task at a single core's rate: short enough to retry, long enough to pay off. */
    static final int ARTICLES_PER_PARTITION = 500;

    /** What to read, where to write, and the settings ingest also has. */
    record Options(List<String> inputs, String output, int partitions, String base, long maxArticleBytes)
            implements java.io.Serializable {
    }

    private ExtractJob() {
    }

    static RunSummary run(JavaSparkContext sc, Options o) {
        long t0 = System.nanoTime();
        Configuration hadoop = sc.hadoopConfiguration();
        refuseExisting(o.output(), hadoop);
        InputListing.Listing listing = InputListing.of(o.inputs(), hadoop);
        JavaRDD<Parsed> parsed = read(sc, listing, o.maxArticleBytes());
        List<Rejected> skipped = new ArrayList<>(listing.rejected());
        skipped.addAll(parsed.filter(p -> p.rejected() != null).map(Parsed::rejected).collect());
        JavaPairRDD<String, Parsed> byId = parsed.filter(p -> p.article() != null)
                .mapToPair(p -> new Tuple2<>(p.article().id(), p));
        long read = byId.count();
        skipped.addAll(duplicates(byId));
        int partitions = partitions(sc, o, read);

        String base = o.base();
        JavaRDD<Outcome> outcomes = byId.reduceByKey(Parsed::earlier, partitions).values()
                .mapPartitions(it -> process(it, base))
                .persist(StorageLevel.MEMORY_AND_DISK_SER()); // the pipeline runs once; three outputs read it
        save(outcomes.filter(Outcome::isOk).map(Outcome::nquads), o.output() + "/graphs", hadoop);
        parsed.unpersist();
        long links = writeIdentity(outcomes, base, o.output() + "/identity", hadoop);
        skipped.addAll(outcomes.filter(out -> !out.isOk()).map(Outcome::rejected).collect());
        skipped.sort(Comparator.comparing(Rejected::origin).thenComparing(Rejected::reason));

        long distinct = outcomes.count();
        JavaRDD<Outcome> ok = outcomes.filter(Outcome::isOk);
        long articles = ok.count();
        long quads = ok.map(Outcome::triples).fold(0L, Long::sum);
        outcomes.unpersist();
        RunSummary summary = new RunSummary(listing.files().size(), articles, read - distinct, skipped, quads, links,
                partitions, (System.nanoTime() - t0) / 1_000_000, base, ArticlePipeline.extractor());
        writeSummary(summary, o.output(), hadoop);
        return summary;
    }

    /**
     * Each input after the first with an identifier and a different text, named as ingest names it; a copy
     * with the same text (one article in two folders) is dropped silently, as ingest counts it unchanged.
     * Only positions, origins and hashes travel.
     */
    private static List<Rejected> duplicates(JavaPairRDD<String, Parsed> byId) {
        return byId.mapValues(p -> new Copy(p.position(), p.article().origin(), ArticlePipeline.contentHash(p.article())))
                .groupByKey()
                .flatMap(g -> {
                    List<Copy> copies = new ArrayList<>();
                    g._2().forEach(copies::add);
                    copies.sort(Comparator.comparingLong(Copy::position));
                    Copy first = copies.get(0);
                    return copies.stream().skip(1).filter(c -> !c.hash().equals(first.hash()))
                            .map(c -> Rejected.duplicate(c.origin(), g._1(), first.origin())).iterator();
                }).collect();
    }

    /** One input's claim on an identifier: where it stands in input order, where it came from, its text's hash. */
    private record Copy(long position, String origin, String hash) implements java.io.Serializable {
    }

    /** Files to articles and rejections, spread over the cluster; kept, as two counts and a shuffle read them. */
    private static JavaRDD<Parsed> read(JavaSparkContext sc, InputListing.Listing listing, long maxBytes) {
        Broadcast<SerializableConfiguration> conf = sc.broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));
        int slices = Math.max(1, Math.min(listing.files().size(), sc.defaultParallelism() * 4));
        return sc.parallelize(listing.files(), slices)
                .flatMap(f -> FileReading.read(f, maxBytes, conf.value().value()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
    }

    /** Two tasks per core at least, so that a core that finishes early takes work instead of idling. */
    private static int partitions(JavaSparkContext sc, Options o, long articles) {
        if (o.partitions() > 0) {
            return o.partitions();
        }
        return (int) Math.max(2L * sc.defaultParallelism(),
                (articles + ARTICLES_PER_PARTITION - 1) / ARTICLES_PER_PARTITION);
    }

    static final String PROCESSING_FAILED = "could not be processed: ";

    /** The pipeline over one partition's articles, lazily, on the executor's shared models. */
    private static Iterator<Outcome> process(Iterator<Parsed> articles, String base) {
        ArticlePipeline pipeline = Pipelines.forBase(base);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public Outcome next() {
                return process(pipeline, articles.next().article());
            }
        };
    }

    /** One article; a failure costs that article only, reported in the words ingest uses. */
    static Outcome process(ArticlePipeline pipeline, Article article) {
        try {
            ArticleGraph g = pipeline.process(article);
            return Outcome.ok(Quads.of(g), g.graph().size(), Quads.persons(g.graph()));
        } catch (RuntimeException e) {
            return Outcome.failed(new Rejected(article.origin(), PROCESSING_FAILED + e));
        }
    }

    /** Links persons group by group; returns the number of quads written. */
    private static long writeIdentity(JavaRDD<Outcome> outcomes, String base, String path, Configuration hadoop) {
        String graph = IdentityLinks.graphName(base).getURI();
        JavaRDD<String> linked = outcomes.flatMap(o -> o.persons().iterator()).distinct()
                .groupBy(p -> IdentityLinks.candidateKey(NodeFactory.createURI(p)))
                .map(group -> IdentityStage.links(graph, group._2()))
                .filter(s -> !s.isEmpty())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        save(linked.coalesce(1), path, hadoop); // small: one file
        long quads = linked.map(s -> (long) s.split("\n").length).fold(0L, Long::sum);
        linked.unpersist();
        return quads;
    }

    private static void save(JavaRDD<String> lines, String path, Configuration hadoop) {
        Job job;
        try {
            job = Job.getInstance(new Configuration(hadoop));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileOutputFormat.setCompressOutput(job, true);
        FileOutputFormat.setOutputCompressorClass(job, GzipCodec.class);
        lines.mapToPair(s -> new Tuple2<>(NullWritable.get(), new Text(s)))
                .saveAsNewAPIHadoopFile(path, NullWritable.class, Text.class, NQuadsOutputFormat.class,
                        job.getConfiguration());
    }

    private static void refuseExisting(String output, Configuration hadoop) {
        try {
            Path p = new Path(output);
            if (p.getFileSystem(hadoop).exists(p)) {
                throw new JobError("output " + output + " already exists: give the job a new folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSummary(RunSummary summary, String output, Configuration hadoop) {
        Path p = new Path(output, "summary.json");
        try (OutputStream out = p.getFileSystem(hadoop).create(p, true)) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, summary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + p, e);
        }
    }
}
