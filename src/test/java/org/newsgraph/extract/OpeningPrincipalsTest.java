package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.ResolvedText;
import org.newsgraph.resolve.Role;

/**
 * Meetings a sentence tells as "the two leaders": the principals the opening of the article names are their
 * candidate sides; a meeting told with one side only gets none (hand-tagged articles, no models).
 */
class OpeningPrincipalsTest {

    private final Extractor candidates = new Extractor(Lexicon.english(), null);

    /** Each meeting candidate as "sentence: A + B (kind)", kind from its first feature of its own. */
    private static List<String> meetCandidates(ResolvedText r, Extractor.Candidates c) {
        return c.meetings().stream().map(m -> m.sentence() + ": " + r.entity(m.pair().a()).label() + " + "
                + r.entity(m.pair().b()).label() + " (" + kind(m.features()) + ")").toList();
    }

    private static String kind(String[] features) {
        return Arrays.stream(features).filter(f -> f.equals("P_bias") || f.equals("rule_only"))
                .findFirst().orElse("in sentence");
    }

    @Test
    void anAttendeeOfAMeetingToldWithOneSideIsNoCandidateWithThePrincipalsOfTheOpening() {
        ResolvedText r = Tagged.article("[Ana Torres]PERSON arrived/VERB in/ADP Lima/PROPN ./PUNCT",
                "The/DET meeting/NOUN was/AUX also/ADV attended/VERB by/ADP [Luis Vega]PERSON ./PUNCT");

        assertEquals(List.of(), meetCandidates(r, candidates.candidates(r, null)));
    }

    @Test
    void aSentenceThatNamesBothSidesOfItsMeetingGetsNoPrincipalFromTheOpening() {
        ResolvedText r = Tagged.article("[Ana Torres]PERSON arrived/VERB in/ADP Lima/PROPN ./PUNCT",
                "[Luis Vega]PERSON met/VERB [Rosa Diaz]PERSON on/ADP Monday/PROPN ./PUNCT");

        assertEquals(List.of("1: Luis Vega + Rosa Diaz (in sentence)"), meetCandidates(r, candidates.candidates(r, null)));
    }

    @Test
    void theTwoLeadersOfAMeetingSentenceAreCandidatesAsThePrincipalsOfTheOpening() {
        ResolvedText r = Tagged.article("[Ana Torres]PERSON welcomed/VERB [Luis Vega]PERSON to/ADP Lima/PROPN ./PUNCT",
                "The/DET two/NUM leaders/NOUN then/ADV held/VERB talks/NOUN ./PUNCT");

        assertEquals(List.of("0: Ana Torres + Luis Vega (in sentence)", "1: Ana Torres + Luis Vega (P_bias)"),
                meetCandidates(r, candidates.candidates(r, null)));
    }

    @Test
    void whoAccompaniedAPrincipalIsACandidateWithThatPrincipalOnlyNotWithOneTheSentenceLeavesOut() {
        ResolvedText r = Tagged.article("[Ana Torres]PERSON met/VERB [Luis Vega]PERSON in/ADP Lima/PROPN ./PUNCT",
                "[Ana Torres]PERSON was/AUX accompanied/VERB in/ADP the/DET meeting/NOUN by/ADP [Rosa Diaz]PERSON"
                        + " ./PUNCT");

        assertEquals(List.of("0: Ana Torres + Luis Vega (in sentence)", "1: Ana Torres + Rosa Diaz (in sentence)"),
                meetCandidates(r, candidates.candidates(r, null)));
    }

    @Test
    void aSentenceThatNamesBothSidesAndWhoCameAlongGetsNoPrincipalFromTheOpening() {
        ResolvedText r = Tagged.article("[Carlos Ortega]PERSON chairs/VERB the/DET council/NOUN ./PUNCT",
                "[Ana Torres]PERSON received/VERB [Luis Vega]PERSON ,/PUNCT who/PRON was/AUX accompanied/VERB by/ADP"
                        + " [Rosa Diaz]PERSON ./PUNCT");

        assertEquals(List.of("1: Ana Torres + Luis Vega (in sentence)", "1: Ana Torres + Rosa Diaz (in sentence)",
                "1: Luis Vega + Rosa Diaz (in sentence)"), meetCandidates(r, candidates.candidates(r, null)));
    }

    @Test
    void twoPeopleOfWhomOneIsNamedByPartOfTheOthersNameAreNeverPaired() {
        ResolvedText r = Tagged.article("[Ana Torres]PERSON met/VERB [Torres]PERSON and/CCONJ [Luis Vega]PERSON ./PUNCT");

        assertEquals(List.of("0: Ana Torres + Luis Vega (in sentence)", "0: Torres + Luis Vega (in sentence)"),
                meetCandidates(r, candidates.candidates(r, null)));
    }

    @Test
    void aBodyFollowedByATitleItsOneHolderBearsIsThatHolder() {
        ResolvedText tagged = Tagged.article("[Luis Vega]PERSON ,/PUNCT the/DET [Farmers Union]ORGANIZATION"
                + " president/NOUN ,/PUNCT arrived/VERB ./PUNCT", "The/DET [Farmers Union]ORGANIZATION (/PUNCT FU/PROPN"
                + " )/PUNCT president/NOUN met/VERB [Ana Torres]PERSON ./PUNCT");
        ResolvedText r = new ResolvedText(tagged.annotated(), tagged.entities(), tagged.mentions(),
                List.of(new Role(0, "president", 1, 0)));

        assertEquals(List.of("1: Luis Vega + Ana Torres (in sentence)"), meetCandidates(r, candidates.candidates(r, null)));
    }

    @Test
    void whomACallIsMadeOfIsNoCandidateCaller() {
        ResolvedText r = Tagged.article("[Ana Torres]PERSON urged/VERB [Carlos Ortega]PERSON to/PART resign/VERB ./PUNCT");

        assertEquals(List.of("Ana Torres"), candidates.candidates(r, null).calls().stream()
                .map(c -> r.entity(c.agent()).label()).toList());
    }

    @Test
    void whoeverARelativeClauseBeforeTheCallNamesIsNoCandidateCaller() {
        ResolvedText r = Tagged.article("[Ana Torres]PERSON ,/PUNCT who/PRON was/AUX in/ADP Lima/PROPN for/ADP"
                + " talks/NOUN with/ADP [Carlos Ortega]PERSON ,/PUNCT also/ADV called/VERB for/ADP more/ADJ aid/NOUN"
                + " ./PUNCT");

        assertEquals(List.of("Ana Torres"), candidates.candidates(r, null).calls().stream()
                .map(c -> r.entity(c.agent()).label()).toList());
    }

    @Test
    void aPlannedMeetingWithOneSideGetsNoCandidate() {
        ResolvedText r = Tagged.article("[Ana Torres]PERSON arrived/VERB in/ADP Lima/PROPN ./PUNCT",
                "[Luis Vega]PERSON will/AUX meet/VERB her/PRON on/ADP Monday/PROPN ./PUNCT");

        assertEquals(List.of(), meetCandidates(r, candidates.candidates(r, null)));
    }
}
