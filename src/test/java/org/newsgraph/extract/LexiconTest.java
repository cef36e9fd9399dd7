package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LexiconTest {

    private static Lexicon read(String lines) throws IOException {
        return Lexicon.withTriggers(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWordCanTriggerBothRelationsEachInItsOwnFrame() throws IOException {
        Lexicon lexicon = read("# comment\ncalled\tmeet\tphone\ncalled\tcall\tfor\n");
        assertEquals(new Lexicon.Trigger("called", Lexicon.Relation.MEET, "phone"),
                lexicon.trigger(Lexicon.Relation.MEET, "called"));
        assertEquals(new Lexicon.Trigger("called", Lexicon.Relation.CALL, "for"),
                lexicon.trigger(Lexicon.Relation.CALL, "called"));
    }

    @Test
    void aWordOutsideTheLexiconTriggersNothing() throws IOException {
        assertNull(read("met\tmeet\tverb\n").trigger(Lexicon.Relation.CALL, "met"));
        assertNull(read("met\tmeet\tverb\n").trigger(Lexicon.Relation.MEET, "said"));
    }

    @Test
    void aLineWithoutItsFrameIsRefusedWithTheLine() {
        IOException e = assertThrows(IOException.class, () -> read("met\tmeet\n"));
        assertEquals("trigger lexicon: expected form, class and frame in: met\tmeet", e.getMessage());
    }

    @Test
    void theShippedLexiconKnowsPhoneCallsAndUrging() {
        Lexicon english = Lexicon.english();
        assertEquals("phone", english.trigger(Lexicon.Relation.MEET, "telephoned").frame());
        assertEquals("object", english.trigger(Lexicon.Relation.CALL, "urged").frame());
    }

    @Test
    void theShippedLexiconGivesEveryFormOfItsVerbs() {
        Lexicon english = Lexicon.english();
        for (String form : new String[] {"spoke", "speak", "speaks", "speaking", "spoken"}) {
            assertEquals("with", english.trigger(Lexicon.Relation.MEET, form).frame(), form);
        }
        for (String form : new String[] {"phoned", "phone", "phones", "phoning"}) {
            assertEquals("phone", english.trigger(Lexicon.Relation.MEET, form).frame(), form);
        }
        for (String form : new String[] {"sought", "seek", "seeks", "seeking"}) {
            assertEquals("object", english.trigger(Lexicon.Relation.CALL, form).frame(), form);
        }
    }

    @Test
    void theShippedLexiconKnowsInteractionsConsultationsAndWorkingMeals() {
        Lexicon english = Lexicon.english();
        for (String form : new String[] {"interacted", "interact", "interacts", "interacting", "conversed", "dined"}) {
            assertEquals("with", english.trigger(Lexicon.Relation.MEET, form).frame(), form);
        }
        for (String form : new String[] {"interaction", "interactions", "consultation"}) {
            assertEquals("noun", english.trigger(Lexicon.Relation.MEET, form).frame(), form);
        }
    }
}
