package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.EvaluationReport.ArticleResult;
import org.newsgraph.eval.EvaluationReport.Category;
import org.newsgraph.eval.EvaluationReport.Counts;
import org.newsgraph.eval.EvaluationReport.Item;

class EvaluationReportTest {

    private static final ArticleResult HARBOR = new ArticleResult("harbor-1", true,
            Map.of(Category.ENTITY, new Counts(3, 1, 1),
                    Category.PERSON, new Counts(2, 1, 0),
                    Category.LOCATION, new Counts(1, 0, 1),
                    Category.MET_WITH, new Counts(1, 0, 0)),
            List.of(new Item(Category.LOCATION, "Port Amsel")),
            List.of(new Item(Category.PERSON, "Harbor Council")));

    private static final EvaluationReport REPORT = new EvaluationReport(List.of(HARBOR), List.of());

    @Test
    void nothingToFindAndNothingFoundScoresOne() {
        Counts none = new Counts(0, 0, 0);
        assertEquals(List.of(1.0, 1.0, 1.0), List.of(none.precision(), none.recall(), none.f1()));
    }

    @Test
    void noSystemOutputScoresZeroNotNaN() {
        Counts nothingFound = new Counts(0, 0, 3);
        assertEquals(List.of(0.0, 0.0, 0.0), List.of(nothingFound.precision(), nothingFound.recall(), nothingFound.f1()));
        Counts onlyFalseAlarms = new Counts(0, 2, 0);
        assertEquals(List.of(0.0, 0.0, 0.0), List.of(onlyFalseAlarms.precision(), onlyFalseAlarms.recall(), onlyFalseAlarms.f1()));
    }

    @Test
    void tableShowsEveryCategoryWithThreeDecimalsInAlignedColumns() {
        assertEquals(List.of(
                "1 articles scored, 1 found in the store",
                "category           gold system     tp     fp     fn precision  recall      f1",
                "ENTITY                4      4      3      1      1     0.750   0.750   0.750",
                "  PERSON              2      3      2      1      0     0.667   1.000   0.800",
                "  ORGANIZATION        0      0      0      0      0     1.000   1.000   1.000",
                "  LOCATION            2      1      1      0      1     1.000   0.500   0.667",
                "MET_WITH              1      1      1      0      0     1.000   1.000   1.000",
                "CALLED_FOR            0      0      0      0      0     1.000   1.000   1.000"),
                REPORT.table().lines().toList());
    }

    @Test
    void verboseListsEveryMissAndFalseAlarmPerArticle() {
        assertEquals(List.of(
                "harbor-1: tp/fp/fn entities 3/1/1, met_with 1/0/0, called_for 0/0/0",
                "  miss         LOCATION      Port Amsel",
                "  false alarm  PERSON        Harbor Council"),
                REPORT.verbose().lines().toList());
    }

    @Test
    void jsonHoldsTheTotalsAndEveryArticleWithItsMissesAndFalseAlarms(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("report.json");
        REPORT.writeJson(file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());

        assertEquals(1, json.get("articles").asInt());
        JsonNode persons = json.get("scores").get("PERSON");
        assertEquals(List.of(2, 1, 0), List.of(persons.get("tp").asInt(), persons.get("fp").asInt(), persons.get("fn").asInt()));
        assertEquals(2.0 / 3, persons.get("precision").asDouble());
        assertEquals(1.0, persons.get("recall").asDouble());
        assertEquals(0.8, persons.get("f1").asDouble());

        JsonNode article = json.get("per_article").get(0);
        assertEquals("harbor-1", article.get("id").asText());
        assertEquals("Port Amsel", article.get("misses").get(0).get("item").asText());
        assertEquals("LOCATION", article.get("misses").get(0).get("category").asText());
        assertEquals("Harbor Council", article.get("false_alarms").get(0).get("item").asText());
    }
}
