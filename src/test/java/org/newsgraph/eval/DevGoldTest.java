package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvaluationReport.ArticleResult;
import org.newsgraph.eval.EvaluationReport.Category;
import org.newsgraph.eval.EvaluationReport.Counts;

/** Checks against the shared dev set (../shared/eval/dev); skipped where that folder is absent. */
class DevGoldTest {

    private static void assumeDevSet() {
        Assumptions.assumeTrue(Files.isDirectory(Fixtures.DEV), "no dev set at " + Fixtures.DEV.toAbsolutePath());
    }

    @Test
    void everyDevGoldFileParsesAndNamesItsOwnEntities() throws IOException {
        assumeDevSet();
        assertFalse(Fixtures.devGoldFiles().isEmpty());
        for (Path file : Fixtures.devGoldFiles()) {
            GoldArticle gold = GoldArticle.read(file);
            String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
            assertEquals(stem, gold.id(), file + ": id and file name differ");
            assertTrue(Files.isRegularFile(file.resolveSibling(stem + ".txt")), file + ": no text beside it");
            assertFalse(gold.entities().isEmpty(), file + ": no entities");
            gold.meetings().forEach(m -> m.participants().forEach(p -> assertNamed(gold, p, file)));
            gold.calls().forEach(c -> c.agents().forEach(a -> assertNamed(gold, a, file)));
        }
    }

    @Test
    void thePerfectSystemScoresOneEverywhere() throws IOException {
        assumeDevSet();
        EvaluationReport report = Evaluation.score(Fixtures.DEV, id -> {
            try {
                return Optional.of(Fixtures.perfectSystem(GoldArticle.read(Fixtures.DEV.resolve(id + ".json"))));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertPerfect(report);
    }

    @Test
    void thePerfectSystemWrittenToAStoreScoresOneEverywhere() throws IOException {
        assumeDevSet();
        Dataset dataset = TDB2Factory.createDataset();
        for (Path file : Fixtures.devGoldFiles()) {
            GoldArticle gold = GoldArticle.read(file);
            GoldToRdf.write(dataset, gold.id(), gold);
        }
        assertPerfect(Evaluation.score(Fixtures.DEV, dataset));
    }

    private static void assertPerfect(EvaluationReport report) throws IOException {
        assertEquals(Fixtures.devGoldFiles().size(), report.articles().size());
        assertTrue(report.articles().stream().allMatch(ArticleResult::inStore));
        for (Category category : Category.values()) {
            Counts counts = report.total(category);
            assertTrue(counts.tp() > 0, category + " has nothing to score");
            assertEquals(0, counts.fp(), category + " false alarms: " + report.verbose());
            assertEquals(0, counts.fn(), category + " misses: " + report.verbose());
            assertEquals(1.0, counts.precision(), category.name());
            assertEquals(1.0, counts.recall(), category.name());
            assertEquals(1.0, counts.f1(), category.name());
        }
    }

    private static void assertNamed(GoldArticle gold, String name, Path file) {
        assertTrue(gold.entityNamed(name).isPresent(), file + ": '" + name + "' is not one of its entities");
    }
}
