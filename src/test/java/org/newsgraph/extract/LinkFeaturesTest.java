package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.EntityMention;
import org.newsgraph.resolve.ResolvedText;

/** The features of candidate links, on hand-tagged sentences: no NER or POS model involved. */
class LinkFeaturesTest {

    private final Lexicon lexicon = Lexicon.english();
    private final CueRules rules = new CueRules(lexicon.cues(), new CallContent(lexicon));
    private final LinkFeatures features = new LinkFeatures(rules, lexicon.cues());

    private List<String> meeting(String spec, String triggerWord, String... prefixes) {
        return meeting(spec, triggerWord, 1, prefixes);
    }

    private static int tokenOf(SentenceView v, String word) {
        int t = 0;
        while (!v.word(t).equals(word)) {
            t++;
        }
        return t;
    }

    /** Features of the meeting of the first mention with mention {@code second}. */
    private List<String> meeting(String spec, String triggerWord, int second, String... prefixes) {
        ResolvedText r = Tagged.sentence(spec);
        SentenceView v = new SentenceView(r, 0, lexicon.cues());
        int t = tokenOf(v, triggerWord);
        EntityMention a = r.mentions().get(0);
        EntityMention b = r.mentions().get(second);
        String[] f = features.meeting(v, lexicon.trigger(Lexicon.Relation.MEET, triggerWord), t, a, b);
        return Arrays.stream(f).filter(x -> Arrays.stream(prefixes).anyMatch(x::startsWith)).toList();
    }

    @Test
    void aMeetingPairSaysHowProminentEachSideIsInTheArticleTheLesserFirst() {
        ResolvedText r = Tagged.article("[Ana Torres]PERSON visits/VERB [Peru]LOCATION",
                "[Ana Torres]PERSON arrived/VERB on/ADP Monday/PROPN ./PUNCT",
                "She/PRON spoke/VERB to/ADP the/DET press/NOUN ./PUNCT",
                "[Carlos Ortega]PERSON praised/VERB the/DET visit/NOUN ./PUNCT",
                "[Ana Torres]PERSON met/VERB [Carlos Ortega]PERSON and/CCONJ [Luis Vega]PERSON ./PUNCT");
        SentenceView v = new SentenceView(r, 4, lexicon.cues());
        List<EntityMention> here = r.mentionsIn(4);
        Lexicon.Trigger met = lexicon.trigger(Lexicon.Relation.MEET, "met");
        assertEquals(List.of("salience=lead_many", "salience=lead_once"), List.of(
                salience(features.meeting(v, met, 2, here.get(0), here.get(1))),
                salience(features.meeting(v, met, 2, here.get(0), here.get(2)))));
    }

    private static String salience(String[] features) {
        return Arrays.stream(features).filter(x -> x.startsWith("salience=")).findFirst().orElseThrow();
    }

    @Test
    void aSubjectAndTheObjectAfterWithAreTheTwoSidesOfTheTrigger() {
        assertEquals(List.of("side=M", "roles=SO"), meeting("[Ana Torres]PERSON met/VERB with/ADP [Carlos Ortega]PERSON"
                + " in/ADP Lima/PROPN ./PUNCT", "met", "side=", "roles="));
    }

    @Test
    void twoSubjectsOfAMeetingWithThePressShowTheirCommonNounObject() {
        assertEquals(List.of("side=A", "bseq=and_", "tobj=NOUN:press", "roles=SS"),
                meeting("[Ana Torres]PERSON and/CCONJ [Carlos Ortega]PERSON met/VERB the/DET press/NOUN ./PUNCT",
                        "met", "side=", "tobj=", "bseq=", "roles="));
    }

    @Test
    void namesListedAfterAColonOrDashOfACommonNounAreTheTriggersObjects() {
        assertEquals(List.of("roles=SO"), meeting("[Ana Torres]PERSON met/VERB three/NUM ministers/NOUN :/PUNCT"
                + " [Luis Vega]PERSON ,/PUNCT [Marta Gil]PERSON and/CCONJ [Carlos Ortega]PERSON ./PUNCT", "met", 3,
                "roles="));
        assertEquals(List.of("roles=SO"), meeting("[Ana Torres]PERSON held/VERB meetings/NOUN with/ADP ministers/NOUN"
                + " -/PUNCT [Luis Vega]PERSON and/CCONJ [Marta Gil]PERSON -/PUNCT this/DET year/NOUN ./PUNCT",
                "meetings", 2, "roles="));
    }

    @Test
    void aLetterBetweenTheTwoLeavesTheSecondWithoutARole() {
        assertEquals(List.of("tobj=NOUN:letter", "roles=S-"), meeting("[Ana Torres]PERSON received/VERB a/DET"
                + " letter/NOUN from/ADP [Carlos Ortega]PERSON ./PUNCT", "received", "tobj=", "roles="));
    }

    @Test
    void aLongCapitalisedTitleWithAnAndBeforeTheCounterpartKeepsItTheObject() {
        assertEquals(List.of("roles=SO"), meeting("[Ana Torres]PERSON held/VERB talks/NOUN with/ADP Minister/PROPN"
                + " of/ADP Foreign/PROPN Affairs/PROPN and/CCONJ Trade/PROPN [Carlos Ortega]PERSON ./PUNCT", "talks",
                "roles="));
    }

    @Test
    void aCourtesyCallFromSomeoneMakesThemTheObject() {
        assertEquals(List.of("roles=SO"), meeting("[Ana Torres]PERSON received/VERB a/DET courtesy/NOUN call/NOUN"
                + " from/ADP [Carlos Ortega]PERSON ./PUNCT", "received", "roles="));
    }

    @Test
    void aPlaceInParenthesesAfterANameDoesNotEndTheListOfObjects() {
        assertEquals(List.of("roles=SO"), meeting("[Ana Torres]PERSON met/VERB Presidents/PROPN [Carlos Ortega]PERSON"
                + " (/PUNCT [Mali]LOCATION )/PUNCT ,/PUNCT [Luis Vega]PERSON (/PUNCT [Chad]LOCATION )/PUNCT and/CCONJ"
                + " [Rosa Diaz]PERSON ./PUNCT", "met", 5, "roles="));
    }

    @Test
    void asWellAsAddsOneMoreToTheListOfObjects() {
        assertEquals(List.of("roles=SO"), meeting("[Ana Torres]PERSON met/VERB with/ADP [Carlos Ortega]PERSON ,/PUNCT"
                + " as/ADV well/ADV as/ADP [Luis Vega]PERSON ./PUNCT", "met", 2, "roles="));
    }

    @Test
    void aCommonNounBeforeATitleLeavesTheNamedHolderTheObject() {
        assertEquals(List.of("roles=SO"), meeting("[Ana Torres]PERSON met/VERB with/ADP long-time/ADJ parliament/NOUN"
                + " speaker/NOUN [Carlos Ortega]PERSON ./PUNCT", "met", "roles="));
    }

    @Test
    void whoTellsOfTheMeetingAfterItIsMarkedAsItsSource() {
        assertEquals(List.of("reporters=false_true"), meeting("[Ana Torres]PERSON met/VERB the/DET president/NOUN"
                + " ,/PUNCT [Carlos Ortega]PERSON said/VERB ./PUNCT", "met", "reporters="));
    }

    @Test
    void twoObjectsOfOneTriggerCarryTheirSideJoinedWithWhetherTheyServeOneOwner() {
        assertEquals(List.of("owners=unknown", "side_owners=B_unknown"), meeting("They/PRON met/VERB"
                + " [Carlos Ortega]PERSON and/CCONJ [Luis Vega]PERSON ./PUNCT", "met", "owners=", "side_owners="));
    }

    @Test
    void aModalBeforeTheTriggerIsAFeatureOfItsOwn() {
        assertEquals(List.of("blocked=true", "mod=will"), meeting("[Ana Torres]PERSON will/AUX meet/VERB"
                + " [Carlos Ortega]PERSON ./PUNCT", "meet", "blocked=", "mod="));
    }

    /** Features of the call of mention {@code agent} at the trigger. */
    private List<String> call(String spec, String triggerWord, int agent, String... prefixes) {
        ResolvedText r = Tagged.sentence(spec);
        SentenceView v = new SentenceView(r, 0, lexicon.cues());
        int t = tokenOf(v, triggerWord);
        String[] f = features.call(v, lexicon.trigger(Lexicon.Relation.CALL, triggerWord), t,
                r.mentions().get(agent), true, false);
        return Arrays.stream(f).filter(x -> Arrays.stream(prefixes).anyMatch(x::startsWith)).toList();
    }

    @Test
    void aBodyAfterOfInTheSubjectIsGovernedByOfAndTheHeadOfTheSubjectByNothing() {
        String spec = "The/DET head/NOUN of/ADP the/DET [World Farmers Union]ORGANIZATION ,/PUNCT"
                + " [Ana Torres]PERSON ,/PUNCT urged/VERB restraint/NOUN ./PUNCT";
        assertEquals(List.of("gov=of"), call(spec, "urged", 0, "gov="));
        assertEquals(List.of("gov=none"), call(spec, "urged", 1, "gov="));
    }

    @Test
    void aBodyThatCallsThroughItsOfficialsIsMarkedApartFromABodyNamedAlone() {
        assertEquals(List.of("acts=REP"), call("[Northern Teachers Union]ORGANIZATION officials/NOUN urged/VERB"
                + " restraint/NOUN ./PUNCT", "urged", 0, "acts="));
        assertEquals(List.of("acts=ORG"), call("[Northern Teachers Union]ORGANIZATION urged/VERB restraint/NOUN"
                + " ./PUNCT", "urged", 0, "acts="));
    }

    @Test
    void aBodyNamedInLowerCaseIsMarkedAsSuch() {
        String spec = "[Ana Torres]PERSON urged/VERB the/DET [government]ORGANIZATION to/PART act/VERB ./PUNCT";
        assertEquals(List.of("lower_name=false"), call(spec, "urged", 0, "lower_name="));
        assertEquals(List.of("lower_name=true"), call(spec, "urged", 1, "lower_name="));
    }

    @Test
    void aWithAfterAMeetingVerbsOwnObjectDoesNotMakeACounterpart() {
        assertEquals(List.of("roles=S-"), meeting("[Ana Torres]PERSON introduced/VERB the/DET bill/NOUN with/ADP"
                + " [Carlos Ortega]PERSON ./PUNCT", "introduced", "roles="));
        assertEquals(List.of("roles=SO"), meeting("[Ana Torres]PERSON met/VERB for/ADP two/NUM hours/NOUN with/ADP"
                + " [Carlos Ortega]PERSON ./PUNCT", "met", "roles="));
        assertEquals(List.of("roles=SO"), meeting("[Ana Torres]PERSON discussed/VERB the/DET budget/NOUN with/ADP"
                + " [Carlos Ortega]PERSON ./PUNCT", "discussed", "roles="));
    }

    @Test
    void aBodyMetThroughPeopleWhoActForItIsMarkedApartFromABodyNamedAlone() {
        assertEquals(List.of("acts=PER_REP"), meeting("[Ana Torres]PERSON met/VERB representatives/NOUN of/ADP"
                + " the/DET [Northern Teachers Union]ORGANIZATION ./PUNCT", "met", "acts="));
        assertEquals(List.of("acts=PER_REP"), meeting("[Ana Torres]PERSON met/VERB the/DET [Fiji Rugby"
                + " Union]ORGANIZATION board/NOUN ./PUNCT", "met", "acts="));
        assertEquals(List.of("acts=ORG_PER"), meeting("[Northern Teachers Union]ORGANIZATION leader/NOUN"
                + " [Ana Torres]PERSON met/VERB the/DET press/NOUN ./PUNCT", "met", "acts="));
    }
}
