package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which mention covers a token, and what type each entity has: the look-ups every later step makes. */
final class MentionIndex {

    private final Map<Long, EntityMention> byToken = new HashMap<>();
    private final List<EntityMention> all = new ArrayList<>();
    private final Map<Integer, EntityType> types;

    MentionIndex(Map<Integer, EntityType> types) {
        this.types = types;
    }

    void add(EntityMention m) {
        all.add(m);
        for (int t = m.firstToken(); t < m.endToken(); t++) {
            byToken.put(key(m.sentence(), t), m);
        }
    }

    EntityMention at(int sentence, int token) {
        return byToken.get(key(sentence, token));
    }

    boolean covered(int sentence, int from, int to) {
        for (int t = from; t < to; t++) {
            if (byToken.containsKey(key(sentence, t))) {
                return true;
            }
        }
        return false;
    }

    boolean isPerson(int entity) {
        return types.get(entity) == EntityType.PERSON;
    }

    /** A person or organization: who can speak, meet or call. */
    boolean isAgent(int entity) {
        EntityType type = types.get(entity);
        return type != null && type.isAgent();
    }

    List<EntityMention> all() {
        return all;
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }
}
