package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.eval.Fixtures.call;
import static org.newsgraph.eval.Fixtures.gold;
import static org.newsgraph.eval.Fixtures.goldCall;
import static org.newsgraph.eval.Fixtures.goldOrganization;
import static org.newsgraph.eval.Fixtures.goldPerson;
import static org.newsgraph.eval.Fixtures.organization;
import static org.newsgraph.eval.Fixtures.person;
import static org.newsgraph.eval.Fixtures.system;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvaluationReport.ArticleResult;
import org.newsgraph.eval.EvaluationReport.Category;
import org.newsgraph.eval.EvaluationReport.Counts;
import org.newsgraph.eval.EvaluationReport.Item;
import org.newsgraph.eval.SystemArticle.SystemCall;
import org.newsgraph.eval.SystemArticle.SystemEntity;

class CalledForScoringTest {

    private static final List<GoldArticle.Entity> ENTITIES = List.of(
            goldPerson("Ilse Marwood", "Marwood"),
            goldPerson("Tor Benning"),
            goldOrganization("Harbor Council", "the council"),
            goldOrganization("City Council", "the council"));

    // content words: reopening, northern, ferry, route, port, amsel ("the", "of", "to" are stop words)
    private static final GoldArticle.Call FERRY = goldCall("the reopening of the northern ferry route to Port Amsel", "Ilse Marwood");

    private static final SystemEntity ILSE = person("Ilse Marwood");
    private static final SystemEntity TOR = person("Tor Benning");

    private static ArticleResult result(List<GoldArticle.Call> goldCalls, SystemCall... calls) {
        return Scorer.score("test", gold(ENTITIES, List.of(), goldCalls), system(List.of(), List.of(), List.of(calls)));
    }

    private static List<Item> of(Category category, List<Item> items) {
        return items.stream().filter(item -> item.category() == category).toList();
    }

    private static Counts calledFor(List<GoldArticle.Call> goldCalls, SystemCall... calls) {
        return result(goldCalls, calls).counts(Category.CALLED_FOR);
    }

    @Test
    void exactlyHalfOfTheGoldContentWordsIsEnough() {
        assertEquals(new Counts(1, 0, 0), calledFor(List.of(FERRY), call("Northern ferry route", ILSE)));
    }

    @Test
    void fewerThanHalfOfTheGoldContentWordsIsAMissAndAFalseAlarm() {
        ArticleResult result = result(List.of(FERRY), call("the ferry route", ILSE));
        assertEquals(new Counts(0, 1, 1), result.counts(Category.CALLED_FOR));
        assertEquals(List.of(new Item(Category.CALLED_FOR,
                "Ilse Marwood: “the reopening of the northern ferry route to Port Amsel”")), of(Category.CALLED_FOR, result.misses()));
        assertEquals(List.of(new Item(Category.CALLED_FOR, "Ilse Marwood: “the ferry route”")),
                of(Category.CALLED_FOR, result.falseAlarms()));
    }

    @Test
    void stopWordsNeitherCountNorHelp() {
        // with stop words counted, 5 of 9 gold words would occur here; without them it is 2 of 6
        assertEquals(new Counts(0, 1, 1), calledFor(List.of(FERRY), call("the route of the ferry to", ILSE)));
    }

    @Test
    void contentWordsAreComparedIgnoringCaseAndPunctuation() {
        assertEquals(new Counts(1, 0, 0), calledFor(List.of(FERRY), call("“REOPENING”, Ferry; ROUTE!", ILSE)));
    }

    @Test
    void everyGoldAgentMustBeMatchedBySomeSystemAgent() {
        GoldArticle.Call joint = goldCall("an immediate ceasefire", "Ilse Marwood", "Tor Benning");
        assertEquals(new Counts(0, 1, 1), calledFor(List.of(joint), call("an immediate ceasefire", ILSE)));
        assertEquals(new Counts(1, 0, 0), calledFor(List.of(joint), call("an immediate ceasefire", person("TOR BENNING"), person("marwood"))));
    }

    @Test
    void extraSystemAgentsDoNotPreventAMatch() {
        assertEquals(new Counts(1, 0, 0), calledFor(List.of(FERRY), call("reopening the ferry route", TOR, ILSE)));
    }

    @Test
    void twoGoldAgentsCannotShareOneSystemAgent() {
        GoldArticle.Call joint = goldCall("new quay fees", "Harbor Council", "City Council");
        assertEquals(new Counts(0, 1, 1), calledFor(List.of(joint), call("new quay fees", organization("The Council"))));
        assertEquals(new Counts(1, 0, 0), calledFor(List.of(joint),
                call("new quay fees", organization("The Council"), organization("City Council"))));
    }

    @Test
    void callsAreMatchedOneToOne() {
        Counts counts = calledFor(List.of(FERRY), call("reopening the ferry route", ILSE), call("reopening the ferry route", ILSE));
        assertEquals(new Counts(1, 1, 0), counts);
        assertEquals(0.5, counts.precision());
        assertEquals(1.0, counts.recall());
        assertEquals(2.0 / 3, counts.f1());
    }
}
