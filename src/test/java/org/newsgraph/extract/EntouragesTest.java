package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.ResolvedText;

/** Who came with a principal, on hand-tagged sentences: no NER or POS model involved. */
class EntouragesTest {

    private final Entourages entourages = new Entourages(Lexicon.english().cues());

    /** Each entourage of the sentence as "principal: member, member". */
    private List<String> find(String spec) {
        ResolvedText r = Tagged.sentence(spec);
        return entourages.find(new SentenceView(r, 0, Lexicon.english().cues())).stream()
                .map(e -> r.entity(e.anchor()).label() + ": " + String.join(", ",
                        e.members().stream().map(m -> r.entity(m).label()).toList()))
                .toList();
    }

    @Test
    void whoAccompaniedThePrincipalInTheMeetingIsItsEntourage() {
        assertEquals(List.of("Ana Torres: Luis Vega, Marta Gil"), find("[Ana Torres]PERSON was/AUX accompanied/VERB"
                + " in/ADP the/DET meeting/NOUN by/ADP Finance/PROPN Minister/PROPN [Luis Vega]PERSON and/CCONJ"
                + " [Marta Gil]PERSON ./PUNCT"));
    }

    @Test
    void aSentenceOpeningWithJoiningNamesThePrincipalFirstAndTheMembersAfterTheVerb() {
        assertEquals(List.of("Ana Torres: Luis Vega, Marta Gil"), find("Joining/VERB [Ana Torres]PERSON were/AUX"
                + " [Luis Vega]PERSON and/CCONJ [Marta Gil]PERSON ./PUNCT"));
    }

    @Test
    void aDelegationHeadedBySomeoneAlongWithOthersHasThemAsTheHeadsEntourage() {
        assertEquals(List.of("Ana Torres: Luis Vega, Marta Gil"), find("A/DET delegation/NOUN headed/VERB by/ADP"
                + " Foreign/PROPN Minister/PROPN [Ana Torres]PERSON along/ADP with/ADP [Luis Vega]PERSON and/CCONJ"
                + " [Marta Gil]PERSON arrived/VERB ./PUNCT"));
    }

    @Test
    void aDelegationLedByOnePersonAloneHasNoEntourage() {
        assertEquals(List.of(), find("A/DET delegation/NOUN led/VERB by/ADP [Ana Torres]PERSON met/VERB"
                + " [Luis Vega]PERSON ./PUNCT"));
    }

    @Test
    void joiningAnotherWithNoByIsNoEntourage() {
        assertEquals(List.of(), find("[Luis Vega]PERSON joined/VERB [Ana Torres]PERSON in/ADP calling/VERB"
                + " for/ADP talks/NOUN ./PUNCT"));
    }

    @Test
    void peopleThatWerePresentAreAttendeesWhoseSideTheirCountryTells() {
        ResolvedText r = Tagged.sentence("[Luis Vega]PERSON and/CCONJ [Marta Gil]PERSON were/AUX present/ADJ ./PUNCT");
        List<Entourages.Entourage> found = entourages.find(new SentenceView(r, 0, Lexicon.english().cues()));

        assertEquals(List.of(Entourages.BY_OWNER), found.stream().map(Entourages.Entourage::anchor).toList());
        assertEquals(List.of(0, 1), found.get(0).members());
    }

    @Test
    void aPresentThatIsNoAttendanceMakesNoAttendees() {
        assertEquals(List.of(), entourages.find(new SentenceView(Tagged.sentence("[Luis Vega]PERSON will/AUX"
                + " present/VERB the/DET plan/NOUN ./PUNCT"), 0, Lexicon.english().cues())));
    }
}
