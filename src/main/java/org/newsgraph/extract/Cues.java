package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of {@code cues.tsv}: which words link, block or end a relation, stand for a group or a body.
 * Part of the {@link Lexicon}, which reads it once and hands it to the parts that need it.
 */
final class Cues {

    private final Map<String, Set<String>> sets;

    private Cues(Map<String, Set<String>> sets) {
        this.sets = sets;
    }

    /** The cue lists that ship with newsgraph. */
    static Cues english() {
        try (InputStream in = Cues.class.getResourceAsStream("/org/newsgraph/extract/cues.tsv")) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words listed under a key; an unknown key is a programming error. */
    Set<String> get(String key) {
        Set<String> s = sets.get(key);
        if (s == null) {
            throw new IllegalArgumentException("no cue list " + key + " in cues.tsv");
        }
        return s;
    }

    boolean is(String key, String word) {
        return get(key).contains(word);
    }

    /** Reads lines of {@code key<TAB>word|word|…}; '#' starts a comment line. */
    static Cues read(InputStream in) throws IOException {
        Map<String, Set<String>> sets = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            sets.put(cols[0], Set.copyOf(java.util.Arrays.asList(cols[1].split("\\|"))));
        }
        return new Cues(Map.copyOf(sets));
    }
}
