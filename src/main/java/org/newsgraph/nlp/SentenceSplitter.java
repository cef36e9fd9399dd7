package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Sentences of an article. Line breaks are hard boundaries (headlines, datelines, captions and credits
 * stand on lines of their own in scraped news) unless a line plainly continues the one before it;
 * inside a paragraph the statistical UD sentence model decides.
 */
final class SentenceSplitter {

    private final ThreadSafeSentenceDetectorME detector;

    SentenceSplitter(SentenceModel model) {
        this.detector = new ThreadSafeSentenceDetectorME(model);
    }

    /** Sentence spans, as character offsets into {@code text}, trimmed of white space. */
    List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        for (Span paragraph : paragraphs(text)) {
            String chunk = text.substring(paragraph.getStart(), paragraph.getEnd());
            for (Span s : detector.sentPosDetect(chunk)) {
                Span abs = trim(text, paragraph.getStart() + s.getStart(), paragraph.getStart() + s.getEnd());
                if (abs != null) {
                    out.add(abs);
                }
            }
        }
        return out;
    }

    /** Lines, joined where a line ends without closing punctuation and the next begins in lower case. */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i <= n) {
            if (i == n || text.charAt(i) == '\n') {
                boolean continues = i < n && continuesOnNextLine(text, start, i);
                if (!continues) {
                    Span p = trim(text, start, i);
                    if (p != null) {
                        out.add(p);
                    }
                    start = i + 1;
                }
            }
            i++;
        }
        return out;
    }

    private static boolean continuesOnNextLine(String text, int lineStart, int newline) {
        int last = newline - 1;
        while (last >= lineStart && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        int next = newline + 1;
        while (next < text.length() && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (last < lineStart || next >= text.length()) {
            return false;
        }
        char end = text.charAt(last);
        char begin = text.charAt(next);
        return ".!?:\"”’)".indexOf(end) < 0 && Character.isLowerCase(begin);
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > start ? new Span(start, end) : null;
    }
}
