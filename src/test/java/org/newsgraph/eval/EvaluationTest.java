package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.EvaluationReport.ArticleResult;
import org.newsgraph.eval.EvaluationReport.Category;
import org.newsgraph.eval.EvaluationReport.Counts;

/** The whole path: gold folder, TDB2 store, report. */
class EvaluationTest {

    @TempDir
    Path goldDir;

    private Dataset dataset;

    @BeforeEach
    void setUp() throws IOException {
        dataset = TDB2Factory.createDataset();
        Files.writeString(goldDir.resolve("harbor-1.json"), GoldArticleTest.HARBOR_GOLD);
        Files.writeString(goldDir.resolve("harbor-1.txt"), "Marwood met Tor Benning in Port Amsel on Monday.");
        Files.writeString(goldDir.resolve("harbor-2.json"), GoldArticleTest.HARBOR_GOLD.replace("harbor-1", "harbor-2"));
        Files.writeString(goldDir.resolve("harbor-2.txt"), "The same story, not ingested.");
    }

    @Test
    void anArticleInTheStoreIsScoredAndOneMissingCountsEveryGoldItemAsAMiss() throws IOException {
        GoldToRdf.write(dataset, "harbor-1", GoldArticle.read(goldDir.resolve("harbor-1.json")));
        EvaluationReport report = Evaluation.score(goldDir, dataset);

        ArticleResult found = report.articles().get(0);
        assertEquals("harbor-1", found.id());
        assertTrue(found.inStore());
        assertEquals(new Counts(5, 0, 0), found.counts(Category.ENTITY));

        ArticleResult missing = report.articles().get(1);
        assertEquals("harbor-2", missing.id());
        assertFalse(missing.inStore());
        assertEquals(new Counts(0, 0, 5), missing.counts(Category.ENTITY));
        assertEquals(new Counts(0, 0, 2), missing.counts(Category.PERSON));
        assertEquals(new Counts(0, 0, 1), missing.counts(Category.MET_WITH));
        assertEquals(new Counts(0, 0, 1), missing.counts(Category.CALLED_FOR));
        assertEquals(7, missing.misses().size());

        assertEquals(new Counts(5, 0, 5), report.total(Category.ENTITY));
        assertEquals(0.5, report.total(Category.ENTITY).recall());
        assertEquals(1.0, report.total(Category.ENTITY).precision());
        assertTrue(report.verbose().contains("harbor-2: not in the store; all 7 gold items counted as misses"), report.verbose());
    }

    @Test
    void aGoldFileWithoutItsTextIsSkippedAndSaidSo() throws IOException {
        Files.delete(goldDir.resolve("harbor-2.txt"));
        EvaluationReport report = Evaluation.score(goldDir, dataset);
        assertEquals(List.of("harbor-1"), report.articles().stream().map(ArticleResult::id).toList());
        assertEquals(List.of("harbor-2.json: no harbor-2.txt beside it"), report.skipped());
        assertTrue(report.table().contains("skipped: harbor-2.json: no harbor-2.txt beside it"), report.table());
    }

    @Test
    void aFolderWithoutAnyGoldArticleIsAnError() throws IOException {
        Files.delete(goldDir.resolve("harbor-1.txt"));
        Files.delete(goldDir.resolve("harbor-2.txt"));
        assertThrows(IOException.class, () -> Evaluation.score(goldDir, dataset));
    }
}
