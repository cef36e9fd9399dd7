package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.EvaluationReport;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores extraction against gold files (X.txt + X.json, as in GUIDELINES.md).",
                "Prints precision, recall and F1 for entities (per type), met_with and called_for."})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of X.txt articles with X.json gold files.")
    Path gold;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON.")
    Path json;

    @Option(names = "--verbose", description = "List every miss and false alarm, per article.")
    boolean verbose;

    @Mixin
    IngestOptions ingest = new IngestOptions();

    @Override
    public Integer call() throws IOException {
        List<String> articles = articles(gold);
        try (KnowledgeStore ks = KnowledgeStore.inMemory()) {
            IngestReport r = ingest.ingest().run(articles, ks, new ProgressListener(System.err));
            EvaluationReport report = Evaluation.score(gold, ks.dataset());
            if (verbose) {
                System.out.println(report.verbose());
            }
            System.out.println(report.table());
            System.out.printf("%d articles in %.1f s%n", r.articles(), r.millis() / 1000.0);
            if (json != null) {
                report.writeJson(json);
            }
        }
        return 0;
    }

    /** The X.txt files that have an X.json beside them. */
    private static List<String> articles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UserError("no gold folder at " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> out = files.filter(p -> p.toString().endsWith(".txt"))
                    .filter(p -> Files.exists(Path.of(p.toString().replaceFirst("\\.txt$", ".json"))))
                    .sorted().map(Path::toString).toList();
            if (out.isEmpty()) {
                throw new UserError("no X.txt with X.json in " + dir);
            }
            return out;
        }
    }
}
