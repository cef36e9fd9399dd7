package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.eval.Fixtures.gold;
import static org.newsgraph.eval.Fixtures.goldMeeting;
import static org.newsgraph.eval.Fixtures.goldOrganization;
import static org.newsgraph.eval.Fixtures.goldPerson;
import static org.newsgraph.eval.Fixtures.organization;
import static org.newsgraph.eval.Fixtures.pair;
import static org.newsgraph.eval.Fixtures.person;
import static org.newsgraph.eval.Fixtures.system;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvaluationReport.ArticleResult;
import org.newsgraph.eval.EvaluationReport.Category;
import org.newsgraph.eval.EvaluationReport.Counts;
import org.newsgraph.eval.EvaluationReport.Item;
import org.newsgraph.eval.SystemArticle.SystemEntity;
import org.newsgraph.eval.SystemArticle.SystemPair;

class MetWithScoringTest {

    private static final List<GoldArticle.Entity> PEOPLE = List.of(
            goldPerson("Ilse Marwood", "Marwood", "the harbour master"),
            goldPerson("Tor Benning", "Benning"),
            goldPerson("Ada Lindqvist"),
            goldOrganization("Harbor Council", "HC"));

    private static final SystemEntity ILSE = person("Ilse Marwood");
    private static final SystemEntity TOR = person("Tor Benning");
    private static final SystemEntity ADA = person("Ada Lindqvist");

    private static Counts metWith(List<GoldArticle.Meeting> meetings, SystemPair... pairs) {
        return result(meetings, pairs).counts(Category.MET_WITH);
    }

    private static List<Item> of(Category category, List<Item> items) {
        return items.stream().filter(item -> item.category() == category).toList();
    }

    private static ArticleResult result(List<GoldArticle.Meeting> meetings, SystemPair... pairs) {
        return Scorer.score("test", gold(PEOPLE, meetings, List.of()),
                system(List.of(ILSE, TOR, ADA), List.of(pairs), List.of()));
    }

    @Test
    void pairsAreUnorderedAndASystemPairRepeatedCountsOnce() {
        Counts counts = metWith(List.of(goldMeeting("Ilse Marwood", "Tor Benning")),
                pair(TOR, ILSE), pair(ILSE, TOR), pair(TOR, ILSE));
        assertEquals(new Counts(1, 0, 0), counts);
    }

    @Test
    void aGoldPairRecordedForTwoMeetingsCountsOnce() {
        Counts counts = metWith(List.of(goldMeeting("Ilse Marwood", "Tor Benning"), goldMeeting("Tor Benning", "Ilse Marwood")));
        assertEquals(new Counts(0, 0, 1), counts);
    }

    @Test
    void participantMatchesThroughTheAliasesOfItsGoldEntity() {
        SystemEntity harbourMaster = person("THE HARBOUR MASTER!");
        SystemEntity council = organization("H.C.");
        ArticleResult result = Scorer.score("test",
                gold(PEOPLE, List.of(goldMeeting("Ilse Marwood", "Harbor Council")), List.of()),
                system(List.of(harbourMaster, council), List.of(pair(council, harbourMaster)), List.of()));
        assertEquals(new Counts(1, 0, 0), result.counts(Category.MET_WITH));
    }

    @Test
    void aMeetingOfThreeIsThreePairs() {
        Counts counts = metWith(List.of(goldMeeting("Ilse Marwood", "Tor Benning", "Ada Lindqvist")),
                pair(ILSE, TOR), pair(ADA, ILSE));
        assertEquals(new Counts(2, 0, 1), counts);
        assertEquals(1.0, counts.precision());
        assertEquals(2.0 / 3, counts.recall());
        assertEquals(0.8, counts.f1());
    }

    @Test
    void aPairWithOneWrongParticipantIsAMissAndAFalseAlarm() {
        ArticleResult result = result(List.of(goldMeeting("Ilse Marwood", "Tor Benning")), pair(ILSE, ADA));
        assertEquals(new Counts(0, 1, 1), result.counts(Category.MET_WITH));
        assertEquals(List.of(new Item(Category.MET_WITH, "Ilse Marwood — Tor Benning")), of(Category.MET_WITH, result.misses()));
        assertEquals(List.of(new Item(Category.MET_WITH, "Ilse Marwood — Ada Lindqvist")),
                of(Category.MET_WITH, result.falseAlarms()));
    }

    @Test
    void aParticipantMissingFromTheGoldEntitiesAnswersToItsOwnName() {
        ArticleResult result = Scorer.score("test",
                gold(PEOPLE, List.of(goldMeeting("Ilse Marwood", "Oskar Brandt")), List.of()),
                system(List.of(), List.of(pair(person("oskar brandt"), person("Marwood"))), List.of()));
        assertEquals(new Counts(1, 0, 0), result.counts(Category.MET_WITH));
    }

    @Test
    void aParticipantWrittenAsAnAliasIsResolvedToItsEntity() {
        // both gold meetings name the same two entities: one pair; the system names Marwood by another alias
        ArticleResult result = Scorer.score("test",
                gold(PEOPLE, List.of(goldMeeting("Marwood", "Tor Benning"), goldMeeting("Ilse Marwood", "Benning")), List.of()),
                system(List.of(), List.of(pair(person("the harbour master"), TOR)), List.of()));
        assertEquals(new Counts(1, 0, 0), result.counts(Category.MET_WITH));
    }
}
