package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Hyphenated words the tagger marks as punctuation get the tag their place in the sentence gives them. */
class CompoundTagsTest {

    @Test
    void aHyphenatedWordBeforeANounIsAnAdjectiveAndACapitalisedOneAProperNoun() {
        String[] norms = {"a", "long-time", "speaker", ",", "Abdel-Fattah", "said", "a", "cease-fire", "-", "holds"};
        String[] tags = {"DET", "PUNCT", "NOUN", "PUNCT", "PUNCT", "VERB", "DET", "PUNCT", "PUNCT", "VERB"};

        NlpPipeline.retagCompounds(norms, tags);

        assertArrayEquals(new String[] {"DET", "ADJ", "NOUN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "VERB"},
                tags);
    }
}
