package org.newsgraph.document;

/** A {@code .txt} article: the whole file is the text; a short first line standing alone is its headline. */
final class PlainText {

    private static final int MAX_HEADLINE = 160;

    private PlainText() {
    }

    static ArticleReader.Parsed article(String id, String text, String origin) {
        return ArticleReader.Parsed.ok(new Article(id, headline(text), text, null, null, null, origin));
    }

    /** The first line, when it is short, does not end a sentence and more text follows. */
    static String headline(String text) {
        String trimmed = text.strip();
        int nl = trimmed.indexOf('\n');
        if (nl < 0) {
            return null;
        }
        String first = trimmed.substring(0, nl).strip();
        boolean endsSentence = first.endsWith(".") && !first.endsWith("..");
        return first.length() <= MAX_HEADLINE && !first.isEmpty() && !endsSentence ? first : null;
    }
}
