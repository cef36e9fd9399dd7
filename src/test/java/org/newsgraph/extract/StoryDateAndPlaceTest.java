package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.ResolvedText;

/** A meeting told later in an article with no date or place of its own takes the story's (hand-tagged, no models). */
class StoryDateAndPlaceTest {

    private final Cues cues = Lexicon.english().cues();

    private Meeting meetingIn(ResolvedText r, int sentence, String trigger) {
        SentenceView v = new SentenceView(r, sentence, cues);
        int t = 0;
        while (!v.word(t).equals(trigger)) {
            t++;
        }
        MeetingCollector collector = new MeetingCollector(r, null, cues);
        collector.addPairs(v, t, List.of(Meeting.Pair.of(0, 2)), 0.9);
        return collector.meetings().get(0);
    }

    @Test
    void aMeetingWithoutDateOrPlaceTakesThoseTheOpeningGivesTheStory() {
        ResolvedText r = Tagged.article("[Ana Torres]PERSON arrived/VERB in/ADP [Lima]LOCATION on/ADP Tuesday/PROPN ./PUNCT",
                "She/PRON also/ADV met/VERB [Luis Vega]PERSON ./PUNCT");

        Meeting m = meetingIn(r, 1, "met");

        assertEquals("on Tuesday", m.dateText());
        assertEquals(1, m.place()); // Lima
    }

    @Test
    void aMeetingWithItsOwnDateAndPlaceKeepsThem() {
        ResolvedText r = Tagged.article("[Ana Torres]PERSON arrived/VERB in/ADP [Lima]LOCATION on/ADP Tuesday/PROPN ./PUNCT",
                "[Luis Vega]PERSON met/VERB her/PRON in/ADP [Cusco]LOCATION on/ADP Friday/PROPN ./PUNCT");

        Meeting m = meetingIn(r, 1, "met");

        assertEquals("on Friday", m.dateText());
        assertEquals(3, m.place()); // Cusco
    }

    @Test
    void aMeetingByPhoneHasNoPlaceNeitherItsSentencesNorTheStorys() {
        ResolvedText r = Tagged.article("[Ana Torres]PERSON arrived/VERB in/ADP [Lima]LOCATION on/ADP Tuesday/PROPN ./PUNCT",
                "She/PRON spoke/VERB by/ADP phone/NOUN with/ADP [Luis Vega]PERSON about/ADP security/NOUN in/ADP"
                        + " [Amazonia]LOCATION ./PUNCT");

        Meeting m = meetingIn(r, 1, "spoke");

        assertEquals("on Tuesday", m.dateText());
        assertEquals(-1, m.place());
    }
}
