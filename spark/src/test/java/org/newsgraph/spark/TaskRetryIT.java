package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.ArticleReader;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.pipeline.Ingest;
import org.newsgraph.rdf.NKG;
import org.newsgraph.store.BulkLoad;
import org.newsgraph.store.KnowledgeStore;

/** A task that fails while writing is retried by Spark, and its partition is written once, not twice. */
class TaskRetryIT {

    @TempDir
    Path tmp;

    @Test
    void aWriteTaskThatFailsIsRetriedAndItsPartitionIsWrittenOnce() throws IOException {
        GeneratedCorpus.write(tmp.resolve("gen"), 40, 21);
        List<String> inputs = List.of(ExtractJobIT.REPO.resolve("seeds").toString(), tmp.resolve("gen").toString());
        FlakyFileSystem.FAILURES_LEFT.set(1);
        FlakyFileSystem.FAILED.set(0);
        RunSummary s;
        // local[2,2]: two threads, and a task may fail once before the job fails
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setMaster("local[2,2]").setAppName("TaskRetryIT")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.hadoop.fs.flaky.impl", FlakyFileSystem.class.getName())
                .set("spark.hadoop.fs.flaky.impl.disable.cache", "true"))) {
            s = ExtractJob.run(sc, new ExtractJob.Options(inputs, "flaky://" + tmp.resolve("out"), 4, NKG.DEFAULT_BASE,
                    ArticleReader.DEFAULT_MAX_ARTICLE_BYTES));
        }

        assertEquals(1, FlakyFileSystem.FAILED.get());
        assertEquals(42, s.articles());
        assertEquals(List.of("_SUCCESS", "part-r-00000.nq.gz", "part-r-00001.nq.gz", "part-r-00002.nq.gz",
                "part-r-00003.nq.gz"), names(tmp.resolve("out/graphs")));
        try (KnowledgeStore ingested = KnowledgeStore.inMemory(); KnowledgeStore loaded = KnowledgeStore.open(tmp.resolve("store"))) {
            new Ingest(new ArticlePipeline(NKG.DEFAULT_BASE), new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES), 2)
                    .run(inputs, ingested, r -> { throw new AssertionError(r.toString()); });
            BulkLoad.Report r = BulkLoad.run(loaded, List.of(tmp.resolve("out")), BulkLoad.Loader.PHASED, Quiet.LISTENER);
            assertEquals(List.of(), r.bad());
            SameGraphs.assertSame(ingested, loaded);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
