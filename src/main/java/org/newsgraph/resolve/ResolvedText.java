package org.newsgraph.resolve;

import java.util.Comparator;
import java.util.List;

import org.newsgraph.nlp.AnnotatedText;

/** The resolve stage's output: the annotated text with its entities, every mention of them, and roles. */
public record ResolvedText(AnnotatedText annotated, List<Entity> entities, List<EntityMention> mentions,
                           List<Role> roles) {

    public ResolvedText {
        entities = List.copyOf(entities);
        mentions = mentions.stream()
                .sorted(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end))
                .toList();
        roles = List.copyOf(roles);
    }

    public Entity entity(int index) {
        return entities.get(index);
    }

    /** Mentions in one sentence, in text order. */
    public List<EntityMention> mentionsIn(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }
}
