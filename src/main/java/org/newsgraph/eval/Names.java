package org.newsgraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text comparisons of GUIDELINES.md "How a system is scored": names compared ignoring case
 * and punctuation, and the content words of a call.
 */
public final class Names {

    /**
     * Unicode punctuation (so ’ and ' are both dropped: "Iran’s" and "Iran's" both become "irans"),
     * plus the apostrophe look-alikes that Unicode files elsewhere: modifier letter apostrophe and
     * turned comma (ʼ ʻ), grave and acute accent used as apostrophes (` ´).
     */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\u02BC\\u02BB\\u0060\\u00B4]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final String STOP_WORDS_RESOURCE = "stopwords.txt";
    private static final Set<String> STOP_WORDS = loadStopWords();

    private Names() {
    }

    /**
     * The comparison key of a name: case folded, punctuation removed (not replaced by a space, so
     * "U.S." equals "US"), whitespace runs collapsed. Diacritics are kept: the guideline only says
     * case and punctuation, so "José" and "Jose" differ.
     */
    public static String normalize(String text) {
        String withoutPunctuation = PUNCTUATION.matcher(foldCase(text)).replaceAll("");
        return SPACES.matcher(withoutPunctuation).replaceAll(" ").strip();
    }

    /** The non-empty normalized forms of a name and its variants: what "equals, ignoring case and punctuation" compares. */
    public static Set<String> forms(String name, Collection<String> variants) {
        Set<String> forms = new LinkedHashSet<>();
        addForm(forms, name);
        variants.forEach(variant -> addForm(forms, variant));
        return forms;
    }

    /** The distinct normalized words of a text. */
    public static Set<String> words(String text) {
        String normalized = normalize(text == null ? "" : text);
        return Arrays.stream(normalized.split(" "))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The words of a gold call content that must be found: its distinct words without stop words.
     * A content made only of stop words keeps all its words, so that it can still be missed.
     */
    static Set<String> contentWords(String text) {
        Set<String> all = words(text);
        Set<String> content = all.stream()
                .filter(word -> !STOP_WORDS.contains(word))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return content.isEmpty() ? all : content;
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(normalize(word));
    }

    private static void addForm(Set<String> forms, String text) {
        if (text == null) {
            return;
        }
        String form = normalize(text);
        if (!form.isEmpty()) {
            forms.add(form);
        }
    }

    /** Folds case the way String.equalsIgnoreCase compares (upper then lower, per code point), so "İ" and "I" agree. */
    private static String foldCase(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return folded.toString();
    }

    private static Set<String> loadStopWords() {
        try (InputStream in = Names.class.getResourceAsStream(STOP_WORDS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/newsgraph/eval/" + STOP_WORDS_RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            // normalized like the content they filter, so "it's" in the list removes "its" from a content
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(Names::normalize)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
