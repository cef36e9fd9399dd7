package org.newsgraph.document;

/**
 * Makes article text safe to store and serve without changing its length, so that every character offset
 * still points where it did in the file: control characters (other than tab and line breaks), the
 * non-characters U+FFFE and U+FFFF, and unpaired surrogates (which JSON escapes can produce) become spaces.
 * None of them may appear in XML 1.0 (SPARQL XML results, RDF/XML) and they mean nothing in prose.
 */
final class TextCleaner {

    private TextCleaner() {
    }

    static Article clean(Article a) {
        String text = clean(a.text());
        String title = a.title() == null ? null : clean(a.title());
        if (text.equals(a.text()) && (title == null || title.equals(a.title()))) {
            return a;
        }
        return new Article(a.id(), title, text, a.date(), a.source(), a.url(), a.origin());
    }

    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
                if (!bad) {
                    if (b != null) {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                        || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
            }
            if (bad && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(bad ? ' ' : c);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * The longest stretch without a character where the sentence splitter may end a sentence: its model ends
     * sentences only at . ! ? and it breaks paragraphs only at line ends. A stretch this long is therefore
     * inside one sentence, whatever the splitter decides.
     */
    static int longestRunWithoutSentenceEnd(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r') {
                run = 0;
            } else if (++run > longest) {
                longest = run;
            }
        }
        return longest;
    }
}
