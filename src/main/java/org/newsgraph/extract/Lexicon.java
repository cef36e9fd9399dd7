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
 * The English of the extract stage, as data a linguist extends without touching Java: the trigger words
 * ({@code triggers.tsv}) that make a sentence a candidate for a meeting or a call, each with its relation and
 * frame, and the cue lists ({@code cues.tsv}) that link, block or end a relation. Read once, passed to the parts.
 */
public final class Lexicon {

    private static final String RESOURCE = "/org/newsgraph/extract/triggers.tsv";

    /** Which relation a trigger may report. */
    public enum Relation { MEET, CALL }

    /** One trigger word: the relation it may report and the frame it reports it in (see the file's header). */
    public record Trigger(String word, Relation relation, String frame) {

        /** The frame of accompanying and joining ("X was accompanied by A", "A also attended"). */
        static final String JOIN_FRAME = "join";

        /** Whether the trigger tells who joined or came along rather than who met whom. */
        public boolean joins() {
            return frame.equals(JOIN_FRAME);
        }
    }

    private final Map<Relation, Map<String, Trigger>> triggers;
    private final Cues cues;

    private Lexicon(Map<Relation, Map<String, Trigger>> triggers, Cues cues) {
        this.triggers = triggers;
        this.cues = cues;
    }

    /** The lexicon that ships with newsgraph. */
    public static Lexicon english() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            return new Lexicon(readTriggers(in), Cues.english());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped cue lists with the triggers of {@code form<TAB>class<TAB>frame} lines ('#': a comment). */
    public static Lexicon withTriggers(InputStream in) throws IOException {
        return new Lexicon(readTriggers(in), Cues.english());
    }

    private static Map<Relation, Map<String, Trigger>> readTriggers(InputStream in) throws IOException {
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
        return Map.copyOf(out);
    }

    Cues cues() {
        return cues;
    }

    /** The trigger a lower-case word is for the relation, or null. */
    public Trigger trigger(Relation relation, String word) {
        return triggers.getOrDefault(relation, Map.of()).get(word);
    }
}
