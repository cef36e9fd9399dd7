package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Sentences of an article. Line breaks are hard boundaries (headlines, datelines, captions and credits
 * stand on lines of their own in scraped news) unless a line plainly continues the one before it;
 * inside a paragraph the statistical UD sentence model decides, except that it never ends a sentence on an
 * abbreviated title before a name ("Gov. Tara Lindqvist"), nor on an initialism or initial before a capitalised
 * word that does not open sentences ("U.S. | President", "Minister R. | Lal"; but "the U.S. | The talks"), nor on an
 * abbreviated month before its day ("Feb. | 20").
 */
final class SentenceSplitter {

    private static final String TITLE_ABBREVIATIONS = "/org/newsgraph/nlp/title-abbreviations.txt";
    private static final String SENTENCE_OPENERS = "/org/newsgraph/nlp/sentence-openers.txt";
    private static final String MONTH_ABBREVIATIONS = "/org/newsgraph/nlp/month-abbreviations.txt";
    /** Capital letters each with its full stop: "U.S.", "U.N.", and a name's initial, "R." in "R. Lal". */
    private static final Pattern INITIALISM = Pattern.compile("(\\p{Lu}\\.)+");

    private final ThreadSafeSentenceDetectorME detector;
    private final Set<String> titleAbbreviations;
    private final Set<String> sentenceOpeners;
    private final Set<String> monthAbbreviations;

    /**
     * @param titleAbbreviations abbreviated titles that never end a sentence ("Gov.")
     * @param sentenceOpeners    words that may open a sentence after one that ends in an initialism ("The")
     * @param monthAbbreviations abbreviated months that never end a sentence before a day ("Feb.")
     */
    SentenceSplitter(SentenceModel model, Set<String> titleAbbreviations, Set<String> sentenceOpeners,
                     Set<String> monthAbbreviations) {
        this.detector = new ThreadSafeSentenceDetectorME(model);
        this.titleAbbreviations = Set.copyOf(titleAbbreviations);
        this.sentenceOpeners = Set.copyOf(sentenceOpeners);
        this.monthAbbreviations = Set.copyOf(monthAbbreviations);
    }

    /** The abbreviated titles of the shipped list. */
    static Set<String> englishTitleAbbreviations() {
        return words(TITLE_ABBREVIATIONS);
    }

    /** The sentence openers of the shipped list. */
    static Set<String> englishSentenceOpeners() {
        return words(SENTENCE_OPENERS);
    }

    /** The abbreviated months of the shipped list. */
    static Set<String> englishMonthAbbreviations() {
        return words(MONTH_ABBREVIATIONS);
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SentenceSplitter.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> out.addAll(List.of(l.strip().split("\\s+"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Sentence spans, as character offsets into {@code text}, trimmed of white space. */
    List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        for (Span paragraph : paragraphs(text)) {
            String chunk = text.substring(paragraph.getStart(), paragraph.getEnd());
            Span open = null; // a sentence ending in a title, waiting for the name that follows
            for (Span s : detector.sentPosDetect(chunk)) {
                Span abs = trim(text, paragraph.getStart() + s.getStart(), paragraph.getStart() + s.getEnd());
                if (abs == null) {
                    continue;
                }
                if (open != null && continues(text, open, abs)) {
                    abs = new Span(open.getStart(), abs.getEnd());
                } else if (open != null) {
                    out.add(open);
                }
                open = null;
                if (endsInTitle(text, abs) || endsInMonth(text, abs)
                        || INITIALISM.matcher(lastWord(text, abs)).matches()) {
                    open = abs;
                } else {
                    out.add(abs);
                }
            }
            if (open != null) {
                out.add(open);
            }
        }
        return out;
    }

    /** Whether a sentence that ends in a title or an initialism goes on in the next span the model cut. */
    private boolean continues(String text, Span open, Span next) {
        if (endsInMonth(text, open)) {
            return Character.isDigit(text.charAt(next.getStart()));
        }
        if (!Character.isUpperCase(text.charAt(next.getStart()))) {
            return false;
        }
        return endsInTitle(text, open) || !sentenceOpeners.contains(firstWord(text, next));
    }

    private boolean endsInTitle(String text, Span sentence) {
        return titleAbbreviations.contains(lastWord(text, sentence));
    }

    private boolean endsInMonth(String text, Span sentence) {
        return monthAbbreviations.contains(lastWord(text, sentence));
    }

    private static String lastWord(String text, Span sentence) {
        int wordStart = sentence.getEnd();
        while (wordStart > sentence.getStart() && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return text.substring(wordStart, sentence.getEnd());
    }

    /** The span's first word, without the punctuation after it. */
    private static String firstWord(String text, Span sentence) {
        int end = sentence.getStart();
        while (end < sentence.getEnd() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(sentence.getStart(), end);
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
