package org.newsgraph.nlp;

import java.util.List;

/**
 * A sentence with its tokens; offsets are character offsets into the article text.
 *
 * @param index position of the sentence in the article, from 0
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }
}
