package org.newsgraph.nlp;

/**
 * One token of an article.
 *
 * @param text  the characters as they stand in the article
 * @param norm  the form the models see: curly quotes and dashes folded to ASCII, as in the training data
 * @param start character offset in the article (inclusive)
 * @param end   character offset in the article (exclusive)
 * @param pos   Universal Dependencies part-of-speech tag (PROPN, VERB, …)
 */
public record Token(String text, String norm, int start, int end, String pos) {

    public boolean isPos(String tag) {
        return pos.equals(tag);
    }
}
