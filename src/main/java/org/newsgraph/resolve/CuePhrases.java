package org.newsgraph.resolve;

import java.util.List;

import org.newsgraph.nlp.Sentence;

/** Cue phrases of several words ("according to", "called on"), matched against a sentence's tokens. */
final class CuePhrases {

    private CuePhrases() {
    }

    /** The token after one of the cues that ends at token {@code i} (case ignored), or -1. */
    static int after(Sentence s, int i, List<String[]> cues) {
        for (String[] cue : cues) {
            int start = i - cue.length + 1;
            if (start < 0 || i + 1 >= s.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < cue.length && match; k++) {
                match = s.token(start + k).norm().equalsIgnoreCase(cue[k]);
            }
            if (match) {
                return i + 1;
            }
        }
        return -1;
    }
}
