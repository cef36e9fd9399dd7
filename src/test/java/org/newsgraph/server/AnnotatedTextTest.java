package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.newsgraph.server.AnnotatedText.Span;

/** The article text's markup: layers nest, crossing spans are split, text is escaped. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AnnotatedTextTest {

    private static Span sentence(int start, int end) {
        return new Span(start, end, 0, "<s id>", "<s>", "</s>");
    }

    private static Span mention(int start, int end) {
        return new Span(start, end, 1, "<m>", "<m>", "</m>");
    }

    @Test
    void mentions_nest_inside_the_sentence_that_holds_them() {
        String text = "Zarif met Lavrov. Then he left.";

        assertEquals("<s id><m>Zarif</m> met <m>Lavrov</m>.</s> Then he left.",
            AnnotatedText.render(text, List.of(mention(0, 5), sentence(0, 17), mention(10, 16)), 2));
    }

    @Test
    void a_mention_that_crosses_a_sentence_boundary_is_split_into_two_elements() {
        assertEquals("<s id>ab<m>c</m></s><m>d</m>e", AnnotatedText.render("abcde", List.of(sentence(0, 3), mention(2, 4)), 2));
        assertEquals("a<m>b</m><s id><m>c</m>de</s>", AnnotatedText.render("abcde", List.of(sentence(2, 5), mention(1, 3)), 2));
    }

    @Test
    void of_overlapping_spans_of_one_layer_the_earlier_and_then_the_longer_wins() {
        assertEquals("<m>abc</m><m>d</m>e", AnnotatedText.render("abcde", List.of(mention(1, 2), mention(0, 3), mention(2, 4)), 2));
    }

    @Test
    void text_is_escaped_and_spans_outside_the_text_or_empty_are_ignored() {
        assertEquals("<m>&lt;b&gt;</m> &amp; c",
            AnnotatedText.render("<b> & c", List.of(mention(0, 3), mention(5, 99), mention(2, 2), mention(-1, 1)), 2));
    }

    @Test
    void two_hundred_thousand_mentions_of_a_two_megabyte_article_are_marked_in_seconds_not_hours() {
        // "Zarif met Lavrov. " repeated: each copy one sentence and two mentions
        String unit = "Zarif met Lavrov. ";
        int copies = 100_000;
        List<Span> spans = new java.util.ArrayList<>();
        for (int i = 0; i < copies; i++) {
            int at = i * unit.length();
            spans.add(mention(at, at + 5));
            spans.add(mention(at + 10, at + 16));
            if (i % 10 == 0)
                spans.add(sentence(at, at + 17));
        }
        long start = System.nanoTime();
        String html = AnnotatedText.render(unit.repeat(copies), spans, 2);
        java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - start);

        assertEquals(2 * copies, html.split("<m>", -1).length - 1);
        assertEquals(copies / 10, html.split("<s id>", -1).length - 1);
        // quadratic, as it was, this took hours; linear, well under a second (generous for a busy machine)
        org.junit.jupiter.api.Assertions.assertTrue(took.toSeconds() < 30, "took " + took);
    }
}
