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

/** The cue words of {@code cues.tsv}, loaded once: which words trigger, link, block or end a relation. */
final class Cues {

    private static final Cues SHARED = load();

    private final Map<String, Set<String>> sets;

    private Cues(Map<String, Set<String>> sets) {
        this.sets = sets;
    }

    static Cues shared() {
        return SHARED;
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

    private static Cues load() {
        Map<String, Set<String>> sets = new HashMap<>();
        try (InputStream in = Cues.class.getResourceAsStream("/org/newsgraph/extract/cues.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                sets.put(cols[0], Set.copyOf(java.util.Arrays.asList(cols[1].split("\\|"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Cues(Map.copyOf(sets));
    }
}
