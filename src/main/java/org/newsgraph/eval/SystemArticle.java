package org.newsgraph.eval;

import java.util.List;
import java.util.Set;

/**
 * What the system wrote for one article, reduced to what GUIDELINES.md scores: its entities, the
 * participant pairs of its meetings (one per pair per meeting, duplicates included: the scorer
 * counts them once) and its appeals.
 */
public record SystemArticle(String id, List<SystemEntity> entities, List<SystemPair> pairs, List<SystemCall> calls) {

    public SystemArticle {
        entities = List.copyOf(entities);
        pairs = List.copyOf(pairs);
        calls = List.copyOf(calls);
    }

    /**
     * An entity: its rdfs:label, its skos:altLabels and its type (PERSON, ORGANIZATION or LOCATION;
     * null for a meeting participant or appeal agent that the article graph does not type).
     */
    public record SystemEntity(String label, Set<String> altLabels, String type) {

        public SystemEntity {
            altLabels = Set.copyOf(altLabels);
        }

        /** Normalized label and altLabels: what a gold name or alias must equal. */
        Set<String> forms() {
            return Names.forms(label, altLabels);
        }

        @Override
        public String toString() {
            return altLabels.isEmpty() ? label : label + " " + altLabels.stream().sorted().toList();
        }
    }

    /** Two participants of one meeting, in no particular order. */
    public record SystemPair(SystemEntity a, SystemEntity b) {

        /** The pair as an unordered value, so that a–b and b–a are the same pair. */
        Set<SystemEntity> unordered() {
            return a.equals(b) ? Set.of(a) : Set.of(a, b);
        }
    }

    /** One appeal: its agents and its content (empty when the appeal has none). */
    public record SystemCall(List<SystemEntity> agents, String content) {

        public SystemCall {
            agents = List.copyOf(agents);
            content = content == null ? "" : content;
        }
    }
}
