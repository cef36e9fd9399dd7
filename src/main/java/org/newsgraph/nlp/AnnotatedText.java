package org.newsgraph.nlp;

import java.util.List;

/** The output of the NLP stage: sentences with tagged tokens, and the names the model found. */
public record AnnotatedText(String text, List<Sentence> sentences, List<NameMention> names) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
