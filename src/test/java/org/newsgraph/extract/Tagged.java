package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityMention;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedText;

/**
 * A resolved one-sentence article built by hand from tagged tokens, so that triggers, modality, features and
 * decisions can be tested without the NER or POS models: {@code "[Ana Torres]PERSON met/VERB [Carlos Ortega]PERSON ./PUNCT"}.
 * A bracketed name is one mention of the entity of that label and type (its tokens tagged PROPN); every other
 * token is {@code word/TAG}.
 */
final class Tagged {

    private Tagged() {
    }

    static ResolvedText sentence(String spec) {
        return article(spec);
    }

    /** An article of several tagged sentences; a name stands for the same entity in all of them. */
    static ResolvedText article(String... specs) {
        StringBuilder text = new StringBuilder();
        Map<String, Integer> entityIndex = new LinkedHashMap<>();
        List<Entity> entities = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (String spec : specs) {
            int sentence = sentences.size();
            int sentenceStart = text.length();
            List<org.newsgraph.nlp.Token> tokens = new ArrayList<>();
            for (String part : split(spec)) {
                if (part.startsWith("[")) {
                    int close = part.indexOf(']');
                    String name = part.substring(1, close);
                    EntityType type = EntityType.valueOf(part.substring(close + 1));
                    int first = tokens.size();
                    int start = text.length();
                    for (String w : name.split(" ")) {
                        add(text, tokens, w, "PROPN");
                    }
                    int entity = entityIndex.computeIfAbsent(name, n -> {
                        entities.add(new Entity(n, type, n, List.of(), 1.0));
                        return entities.size() - 1;
                    });
                    mentions.add(new EntityMention(entity, sentence, first, tokens.size(), start, text.length() - 1,
                            EntityMention.Kind.NAME));
                } else {
                    int slash = part.lastIndexOf('/');
                    add(text, tokens, part.substring(0, slash), part.substring(slash + 1));
                }
            }
            int end = text.length() - 1;
            sentences.add(new Sentence(sentence, sentenceStart, end, text.substring(sentenceStart, end), tokens));
        }
        String t = text.toString();
        return new ResolvedText(new AnnotatedText(t, sentences, List.of()), entities, mentions, List.of());
    }

    /** Tokens separated by spaces; a bracketed name keeps its spaces. */
    private static List<String> split(String spec) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < spec.length()) {
            if (spec.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = spec.charAt(i) == '[' ? spec.indexOf(' ', spec.indexOf(']', i)) : spec.indexOf(' ', i);
            end = end < 0 ? spec.length() : end;
            out.add(spec.substring(i, end));
            i = end;
        }
        return out;
    }

    private static void add(StringBuilder text, List<org.newsgraph.nlp.Token> tokens, String word, String pos) {
        int start = text.length();
        text.append(word).append(' ');
        tokens.add(new org.newsgraph.nlp.Token(word, word, start, start + word.length(), pos));
    }
}
