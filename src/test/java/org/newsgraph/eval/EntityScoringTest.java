package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.eval.Fixtures.goldEntities;
import static org.newsgraph.eval.Fixtures.goldLocation;
import static org.newsgraph.eval.Fixtures.goldOrganization;
import static org.newsgraph.eval.Fixtures.goldPerson;
import static org.newsgraph.eval.Fixtures.location;
import static org.newsgraph.eval.Fixtures.organization;
import static org.newsgraph.eval.Fixtures.person;
import static org.newsgraph.eval.Fixtures.systemEntities;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvaluationReport.ArticleResult;
import org.newsgraph.eval.EvaluationReport.Category;
import org.newsgraph.eval.EvaluationReport.Counts;
import org.newsgraph.eval.EvaluationReport.Item;

class EntityScoringTest {

    private static ArticleResult score(GoldArticle gold, SystemArticle system) {
        return Scorer.score("test", gold, system);
    }

    @Test
    void entityMatchesThroughAnAliasIgnoringCaseAndPunctuation() {
        GoldArticle gold = goldEntities(goldPerson("Ilse Marwood", "Dr. Marwood", "the harbour master"));
        ArticleResult result = score(gold, systemEntities(person("DR MARWOOD")));
        assertEquals(new Counts(1, 0, 0), result.counts(Category.PERSON));
        assertEquals(new Counts(1, 0, 0), result.counts(Category.ENTITY));
    }

    @Test
    void entityMatchesThroughAnAltLabelOfTheSystem() {
        GoldArticle gold = goldEntities(goldOrganization("Harbor Council", "HC"));
        ArticleResult result = score(gold, systemEntities(organization("Kelvar Harbor Council", "H.C.")));
        assertEquals(new Counts(1, 0, 0), result.counts(Category.ORGANIZATION));
    }

    @Test
    void curlyAndStraightApostrophesAreTheSame() {
        GoldArticle gold = goldEntities(goldPerson("Siobhan O’Rourke", "Kelvar’s fisheries minister"));
        ArticleResult result = score(gold, systemEntities(person("Kelvar's Fisheries Minister")));
        assertEquals(new Counts(1, 0, 0), result.counts(Category.PERSON));
    }

    @Test
    void diacriticsAreNotIgnored() {
        GoldArticle gold = goldEntities(goldPerson("Renée Castel"));
        ArticleResult result = score(gold, systemEntities(person("Renee Castel")));
        assertEquals(new Counts(0, 1, 1), result.counts(Category.PERSON));
    }

    @Test
    void theRightNameWithTheWrongTypeIsAMissAndAFalseAlarm() {
        GoldArticle gold = goldEntities(goldLocation("Port Amsel"));
        ArticleResult result = score(gold, systemEntities(organization("Port Amsel")));
        assertEquals(new Counts(0, 0, 1), result.counts(Category.LOCATION));
        assertEquals(new Counts(0, 1, 0), result.counts(Category.ORGANIZATION));
        assertEquals(new Counts(0, 1, 1), result.counts(Category.ENTITY));
        assertEquals(List.of(new Item(Category.LOCATION, "Port Amsel")), result.misses());
        assertEquals(List.of(new Item(Category.ORGANIZATION, "Port Amsel")), result.falseAlarms());
    }

    @Test
    void twoSystemEntitiesForOneGoldEntityGiveOneMatchAndOneFalseAlarm() {
        GoldArticle gold = goldEntities(goldPerson("Ilse Marwood", "Marwood"));
        ArticleResult result = score(gold, systemEntities(person("Ilse Marwood"), person("Marwood")));
        assertEquals(new Counts(1, 1, 0), result.counts(Category.PERSON));
    }

    @Test
    void oneSystemEntityThatFitsTwoGoldEntitiesMatchesOnlyOne() {
        GoldArticle gold = goldEntities(goldPerson("Tor Benning", "Benning"), goldPerson("Ada Benning", "Benning"));
        ArticleResult result = score(gold, systemEntities(person("Benning")));
        assertEquals(new Counts(1, 0, 1), result.counts(Category.PERSON));
    }

    @Test
    void matchingIsMaximumNotGreedyWhateverTheOrder() {
        // "Benning" fits both gold persons; a greedy pass giving it to Tor Benning would leave "Tor Benning" unmatched
        GoldArticle gold = goldEntities(goldPerson("Tor Benning", "Benning"), goldPerson("Ada Benning", "Benning"));
        GoldArticle goldReversed = goldEntities(goldPerson("Ada Benning", "Benning"), goldPerson("Tor Benning", "Benning"));
        SystemArticle system = systemEntities(person("Benning"), person("Tor Benning"));
        SystemArticle systemReversed = systemEntities(person("Tor Benning"), person("Benning"));
        for (GoldArticle g : List.of(gold, goldReversed)) {
            for (SystemArticle s : List.of(system, systemReversed)) {
                assertEquals(new Counts(2, 0, 0), score(g, s).counts(Category.PERSON));
            }
        }
    }

    @Test
    void perTypeAndOverallScoresAreMicroAveragedOverAllArticles() {
        ArticleResult first = score(
                goldEntities(goldPerson("Ilse Marwood"), goldPerson("Tor Benning"), goldLocation("Port Amsel")),
                systemEntities(person("Ilse Marwood"), person("Tor Benning"), person("Harbor Council"), location("Port Amsel")));
        ArticleResult second = score(
                goldEntities(goldPerson("Nadia Holt"), goldOrganization("Harbor Council"), goldLocation("Kelvar"),
                        goldLocation("Port Amsel")),
                systemEntities(organization("Harbor Council"), location("Kelvar")));
        EvaluationReport report = new EvaluationReport(List.of(first, second), List.of());

        Counts persons = report.total(Category.PERSON);
        assertEquals(new Counts(2, 1, 1), persons);
        assertEquals(2.0 / 3, persons.precision());
        assertEquals(2.0 / 3, persons.recall());
        assertEquals(2.0 / 3, persons.f1());

        assertEquals(new Counts(1, 0, 0), report.total(Category.ORGANIZATION));
        assertEquals(1.0, report.total(Category.ORGANIZATION).f1());

        Counts locations = report.total(Category.LOCATION);
        assertEquals(new Counts(2, 0, 1), locations);
        assertEquals(1.0, locations.precision());
        assertEquals(2.0 / 3, locations.recall());
        assertEquals(0.8, locations.f1());

        Counts all = report.total(Category.ENTITY);
        assertEquals(new Counts(5, 1, 2), all);
        assertEquals(5.0 / 6, all.precision());
        assertEquals(5.0 / 7, all.recall());
        assertEquals(10.0 / 13, all.f1());
    }
}
