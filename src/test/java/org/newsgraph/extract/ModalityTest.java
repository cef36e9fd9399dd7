package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Modality per trigger, on hand-tagged sentences: no NER or POS model involved. */
class ModalityTest {

    private final Lexicon lexicon = Lexicon.english();
    private final CueRules rules = new CueRules(lexicon.cues(), new CallContent(lexicon));
    private final Modality modality = new Modality(rules, lexicon.cues());

    private boolean isFact(String spec, String triggerWord, Lexicon.Relation relation) {
        SentenceView v = new SentenceView(Tagged.sentence(spec), 0, lexicon.cues());
        for (int i = 0; i < v.size(); i++) {
            if (v.word(i).equals(triggerWord)) {
                return modality.isFact(v, i, lexicon.trigger(relation, triggerWord));
            }
        }
        throw new AssertionError("no " + triggerWord + " in " + spec);
    }

    @Test
    void aMeetingThatHappenedIsAFact() {
        assertTrue(isFact("[Ana Torres]PERSON met/VERB [Carlos Ortega]PERSON ./PUNCT", "met", Lexicon.Relation.MEET));
    }

    @Test
    void aMeetingSomeoneWillHoldIsNot() {
        assertFalse(isFact("[Ana Torres]PERSON will/AUX meet/VERB [Carlos Ortega]PERSON ./PUNCT", "meet",
                Lexicon.Relation.MEET));
    }

    @Test
    void aPresentTenseMeetingAfterWhenIsStillToCome() {
        assertFalse(isFact("trade/NOUN will/AUX be/AUX discussed/VERB when/ADV the/DET visiting/VERB"
                + " [Ana Torres]PERSON meets/VERB [Carlos Ortega]PERSON this/DET week/NOUN ./PUNCT", "meets",
                Lexicon.Relation.MEET));
        assertFalse(isFact("once/SCONJ [Ana Torres]PERSON holds/VERB talks/NOUN with/ADP [Carlos Ortega]PERSON"
                + " ./PUNCT", "talks", Lexicon.Relation.MEET));
        assertFalse(isFact("[Ana Torres]PERSON gives/VERB her/PRON view/NOUN when/ADV they/PRON meet/VERB on/ADP"
                + " Friday/PROPN ./PUNCT", "meet", Lexicon.Relation.MEET));
    }

    @Test
    void aPastMeetingAfterWhenHappened() {
        assertTrue(isFact("when/ADV [Ana Torres]PERSON met/VERB [Carlos Ortega]PERSON ,/PUNCT they/PRON"
                + " agreed/VERB ./PUNCT", "met", Lexicon.Relation.MEET));
        assertTrue(isFact("when/ADV [Ana Torres]PERSON held/VERB talks/NOUN with/ADP [Carlos Ortega]PERSON ./PUNCT",
                "talks", Lexicon.Relation.MEET));
    }

    @Test
    void talksPostponedAfterTheyWereNamedAreNot() {
        assertFalse(isFact("talks/NOUN between/ADP [Ana Torres]PERSON and/CCONJ [Carlos Ortega]PERSON were/AUX"
                + " postponed/VERB ./PUNCT", "talks", Lexicon.Relation.MEET));
    }

    @Test
    void aMeetingThatIsExpectedIsAPlanNotAFact() {
        assertFalse(isFact("a/DET meeting/NOUN is/AUX also/ADV expected/VERB with/ADP [Carlos Ortega]PERSON on/ADP"
                + " Friday/PROPN ./PUNCT", "meeting", Lexicon.Relation.MEET));
    }

    @Test
    void aMeetingWhoseClauseSaysNoPlanIsAFact() {
        assertTrue(isFact("the/DET meeting/NOUN with/ADP [Carlos Ortega]PERSON lasted/VERB an/DET hour/NOUN ./PUNCT",
                "meeting", Lexicon.Relation.MEET));
    }

    @Test
    void callingSomeoneIsAMeetingOnlyWithAPhoneCue() {
        assertFalse(isFact("[Ana Torres]PERSON called/VERB [Carlos Ortega]PERSON a/DET liar/NOUN ./PUNCT", "called",
                Lexicon.Relation.MEET));
        assertTrue(isFact("[Ana Torres]PERSON called/VERB [Carlos Ortega]PERSON by/ADP phone/NOUN ./PUNCT",
                "called", Lexicon.Relation.MEET));
    }

    @Test
    void callingOnSomeoneIsAVisitTheLinkModelMayTake() {
        assertTrue(isFact("[Ana Torres]PERSON called/VERB on/ADP President/PROPN [Carlos Ortega]PERSON ./PUNCT",
                "called", Lexicon.Relation.MEET));
    }

    @Test
    void theMerePossibilityOfAMeetingIsNotAFact() {
        assertFalse(isFact("[Ana Torres]PERSON has/AUX not/PART ruled/VERB out/ADP the/DET possibility/NOUN of/ADP"
                + " meeting/NOUN [Carlos Ortega]PERSON ./PUNCT", "meeting", Lexicon.Relation.MEET));
    }

    @Test
    void aCallDeniedEarlierInTheSentenceIsNot() {
        assertFalse(isFact("[Ana Torres]PERSON denied/VERB that/SCONJ she/PRON urged/VERB a/DET boycott/NOUN ./PUNCT",
                "urged", Lexicon.Relation.CALL));
    }

    @Test
    void callingOnSomeoneIsAVisitButCallingOnThemToActIsNot() {
        assertTrue(isFact("[Ana Torres]PERSON called/VERB on/ADP [Carlos Ortega]PERSON at/ADP his/PRON office/NOUN"
                + " to/PART discuss/VERB trade/NOUN ./PUNCT", "called", Lexicon.Relation.MEET));
        assertFalse(isFact("[Ana Torres]PERSON called/VERB on/ADP the/DET government/NOUN of/ADP [Ruritania]LOCATION"
                + " to/PART release/VERB the/DET prisoners/NOUN ./PUNCT", "called", Lexicon.Relation.MEET));
    }

    @Test
    void callingOnSomeoneEarlierThisMonthToActIsNoVisit() {
        assertFalse(isFact("[Ana Torres]PERSON called/VERB on/ADP [Carlos Ortega]PERSON earlier/ADV this/DET"
                + " month/NOUN to/PART withdraw/VERB the/DET troops/NOUN ./PUNCT", "called", Lexicon.Relation.MEET));
    }

    @Test
    void aCallOnADayToDiscussSomethingIsStillAPhoneCall() {
        assertTrue(isFact("in/ADP a/DET phone/NOUN call/NOUN on/ADP Tuesday/PROPN to/PART discuss/VERB trade/NOUN"
                + " with/ADP [Carlos Ortega]PERSON ./PUNCT", "call", Lexicon.Relation.MEET));
    }
}
