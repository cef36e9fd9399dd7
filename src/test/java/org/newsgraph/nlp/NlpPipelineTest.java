package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NlpPipelineTest {

    @Test
    void aRunOfTokensLongerThanTheLimitIsTaggedInPartsThatKeepEveryOffset() {
        String text = "crowd ".repeat(2 * NlpPipeline.MAX_SENTENCE_TOKENS + 100).strip();
        AnnotatedText a = NlpPipeline.shared().annotate(text);
        assertEquals(List.of(NlpPipeline.MAX_SENTENCE_TOKENS, NlpPipeline.MAX_SENTENCE_TOKENS, 100),
                a.sentences().stream().map(Sentence::size).toList());
        Sentence second = a.sentences().get(1);
        assertEquals(NlpPipeline.MAX_SENTENCE_TOKENS * 6, second.start());
        assertEquals(second.token(0).start(), second.start());
        assertEquals(text.substring(second.start(), second.end()), second.text());
        assertEquals(text.length(), a.sentences().get(2).end());
    }
}
