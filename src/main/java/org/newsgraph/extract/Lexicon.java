package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The trigger lexicon ({@code triggers.tsv}): the words that make a sentence a candidate for a meeting or a
 * call, each with its class and frame. Data, not code: a linguist extends it without touching Java.
 */
public final class Lexicon {

    private static final String RESOURCE = "/org/newsgraph/extract/triggers.tsv";

    /** Which relation a trigger may report. */
    public enum Relation { MEET, CALL }

    /** One trigger word: the relation it may report and the frame it reports it in (see the file's header). */
    public record Trigger(String word, Relation relation, String frame) {
    }

    private final Map<Relation, Map<String, Trigger>> triggers;

    private Lexicon(Map<Relation, Map<String, Trigger>> triggers) {
        this.triggers = triggers;
    }

    /** The lexicon that ships with newsgraph. */
    public static Lexicon english() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads lines of {@code form<TAB>class<TAB>frame}; '#' starts a comment line. */
    public static Lexicon read(InputStream in) throws IOException {
        Map<Relation, Map<String, Trigger>> out = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IOException("trigger lexicon: expected form, class and frame in: " + line);
            }
            Relation relation = Relation.valueOf(cols[1].toUpperCase(java.util.Locale.ROOT));
            out.computeIfAbsent(relation, k -> new HashMap<>()).put(cols[0], new Trigger(cols[0], relation, cols[2]));
        }
        return new Lexicon(Map.copyOf(out));
    }

    /** The trigger a lower-case word is for the relation, or null. */
    public Trigger trigger(Relation relation, String word) {
        return triggers.getOrDefault(relation, Map.of()).get(word);
    }
}
