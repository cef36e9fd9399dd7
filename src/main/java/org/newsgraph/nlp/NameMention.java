package org.newsgraph.nlp;

/**
 * A name found by the statistical name finder.
 *
 * @param sentence    index of the sentence
 * @param firstToken  first token of the name, within the sentence
 * @param endToken    token after the name (exclusive)
 * @param start       character offset in the article
 * @param end         character offset in the article (exclusive)
 * @param type        {@code person}, {@code organization} or {@code location}, as in the training data
 * @param probability the model's probability for the span
 */
public record NameMention(int sentence, int firstToken, int endToken, int start, int end, String type,
                          double probability) {
}
