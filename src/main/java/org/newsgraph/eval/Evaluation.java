package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;

/**
 * Scores a store against a folder of gold files: each {@code X.json} that has an {@code X.txt}
 * beside it is compared with the store's article whose {@code dcterms:identifier} is {@code X}.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /**
     * Scores every gold article of {@code goldDir} against {@code dataset}. An article missing from
     * the store counts all its gold items as misses; a gold file without its text is reported as
     * skipped. Fails when the folder holds no scorable article or a gold file is malformed.
     */
    public static EvaluationReport score(Path goldDir, Dataset dataset) throws IOException {
        return score(goldDir, id -> SystemReader.read(dataset, id));
    }

    /** Scores only the gold articles whose identifiers {@code include} accepts (a cross-validation fold). */
    public static EvaluationReport score(Path goldDir, Dataset dataset, Predicate<String> include) throws IOException {
        return score(goldDir, id -> SystemReader.read(dataset, id), include);
    }

    static EvaluationReport score(Path goldDir, Function<String, Optional<SystemArticle>> system) throws IOException {
        return score(goldDir, system, id -> true);
    }

    /** Scores the gold folder against any source of system articles (by article identifier). */
    private static EvaluationReport score(Path goldDir, Function<String, Optional<SystemArticle>> system,
                                          Predicate<String> include) throws IOException {
        List<EvaluationReport.ArticleResult> results = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path json : goldFiles(goldDir)) {
            String id = stem(json);
            if (!include.test(id)) {
                continue;
            }
            if (!Files.isRegularFile(json.resolveSibling(id + ".txt"))) {
                skipped.add(json.getFileName() + ": no " + id + ".txt beside it");
                continue;
            }
            GoldArticle gold = GoldArticle.read(json);
            results.add(system.apply(id)
                    .map(article -> Scorer.score(id, gold, article))
                    .orElseGet(() -> Scorer.absent(id, gold)));
        }
        if (results.isEmpty()) {
            throw new IOException("no gold article to score in " + goldDir + " (expected X.json with X.txt beside it)");
        }
        return new EvaluationReport(results, skipped);
    }

    private static List<Path> goldFiles(Path goldDir) throws IOException {
        if (!Files.isDirectory(goldDir)) {
            throw new IOException("not a folder: " + goldDir);
        }
        try (Stream<Path> files = Files.list(goldDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        }
    }

    private static String stem(Path json) {
        String name = json.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }
}
