package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.NlpPipeline;

class QuoteSpeakersTest {

    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");

    /** Each first-person pronoun the resolver tied to an entity, as "word -> entity". */
    private static List<String> firstPersons(String text) {
        ResolvedText r = new Resolver().resolve(NlpPipeline.shared().annotate(text));
        return r.mentions().stream().filter(m -> m.kind() == EntityMention.Kind.PRONOUN)
                .map(m -> text.substring(m.start(), m.end()) + " -> " + r.entity(m.entity()).label())
                .filter(s -> FIRST_PERSON.contains(s.substring(0, s.indexOf(' ')).toLowerCase()))
                .toList();
    }

    @Test
    void aPronounInAQuoteIsTheSpeakerNamedAfterIt() {
        assertEquals(List.of("We -> Amina Wanjiru"), firstPersons(
                "\"We are calling for new talks on the border,\" Kenyan Foreign Minister Amina Wanjiru said."));
    }

    @Test
    void aQuoteOverTwoSentencesTakesTheSpeakerNamedAtItsEnd() {
        assertEquals(List.of("We -> Amina Wanjiru", "Our -> Amina Wanjiru"), firstPersons(
                "Kenyan Foreign Minister Amina Wanjiru spoke in Nairobi on Monday.\n\n"
                        + "\"We are calling for new talks. Our neighbours must answer soon,\" Wanjiru said."));
    }

    @Test
    void aPronounInAQuoteIsTheSpeakerNamedBeforeIt() {
        assertEquals(List.of("I -> Amina Wanjiru"), firstPersons(
                "Kenyan Foreign Minister Amina Wanjiru said on Monday: \"I urge both sides to return to talks.\""));
    }

    @Test
    void aQuoteWithNoSpeakerLeavesItsPronounsAlone() {
        assertEquals(List.of(), firstPersons(
                "Kenyan Foreign Minister Amina Wanjiru arrived in Mombasa.\n\n"
                        + "A banner at the port read \"We want our jobs back\" in red letters."));
    }

    @Test
    void theCountryWrittenInCapitalsIsNoPronoun() {
        assertEquals(List.of("we -> Amina Wanjiru"), firstPersons(
                "\"The US and Kenya agree, and we will sign the deal,\" Kenyan Foreign Minister Amina Wanjiru said."));
    }

    @Test
    void aQuoteOnItsOwnGoesOnWithTheSpeakerJustQuoted() {
        assertEquals(List.of("We -> Amina Wanjiru", "I -> Amina Wanjiru"), firstPersons(
                "\"We are ready for talks,\" Kenyan Foreign Minister Amina Wanjiru said.\n\n"
                        + "\"I expect an answer by Friday.\""));
    }

    @Test
    void aQuoteLeftOpenAtTheEndOfAParagraphGoesOnInTheNext() {
        assertEquals(List.of("We -> Amina Wanjiru", "our -> Amina Wanjiru"), firstPersons(
                "\"We are ready for talks.\n\n"
                        + "\"The answer is in our hands,\" Kenyan Foreign Minister Amina Wanjiru said."));
    }
}
