package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsgraph.eval.EvaluationReport.ArticleResult;
import org.newsgraph.eval.EvaluationReport.Category;
import org.newsgraph.eval.EvaluationReport.Counts;
import org.newsgraph.eval.EvaluationReport.Item;
import org.newsgraph.eval.SystemArticle.SystemCall;
import org.newsgraph.eval.SystemArticle.SystemEntity;
import org.newsgraph.eval.SystemArticle.SystemPair;

/**
 * Compares one article's system output with its gold file, as GUIDELINES.md "How a system is
 * scored" says. Every category is matched one-to-one with a maximum matching, so a system item
 * counts for at most one gold item and the other way round, whatever the order of either list.
 */
final class Scorer {

    private Scorer() {
    }

    /** Scores an article the store holds. */
    static ArticleResult score(String id, GoldArticle gold, SystemArticle system) {
        Tally tally = new Tally();
        scoreEntities(gold, system.entities(), tally);
        scorePairs(goldPairs(gold), systemPairs(system.pairs()), tally);
        scoreCalls(goldCalls(gold), system.calls(), tally);
        return tally.result(id, true);
    }

    /** Scores an article the store does not hold: every gold item is a miss. */
    static ArticleResult absent(String id, GoldArticle gold) {
        Tally tally = new Tally();
        scoreEntities(gold, List.of(), tally);
        scorePairs(goldPairs(gold), List.of(), tally);
        scoreCalls(goldCalls(gold), List.of(), tally);
        return tally.result(id, false);
    }

    // ---- entities: a name or alias equals a label or altLabel, and the types agree

    private static void scoreEntities(GoldArticle gold, List<SystemEntity> system, Tally tally) {
        List<GoldArticle.Entity> golds = gold.entities();
        List<Set<String>> goldForms = golds.stream().map(e -> Names.forms(e.name(), e.aliases())).toList();
        List<Set<String>> systemForms = system.stream().map(SystemEntity::forms).toList();
        system.forEach(Scorer::requireEntityType);
        int[] match = BipartiteMatching.maximum(golds.size(), system.size(), (g, s) ->
                golds.get(g).type().equals(system.get(s).type())
                        && !Collections.disjoint(goldForms.get(g), systemForms.get(s)));
        boolean[] systemMatched = new boolean[system.size()];
        for (int g = 0; g < golds.size(); g++) {
            Category type = Category.ofType(golds.get(g).type());
            if (match[g] >= 0) {
                systemMatched[match[g]] = true;
                tally.hit(type);
            } else {
                tally.miss(type, describe(golds.get(g)));
            }
        }
        for (int s = 0; s < system.size(); s++) {
            if (!systemMatched[s]) {
                tally.falseAlarm(Category.ofType(system.get(s).type()), system.get(s).toString());
            }
        }
    }

    private static void requireEntityType(SystemEntity entity) {
        if (entity.type() == null || !GoldArticle.TYPES.contains(entity.type())) {
            throw new IllegalArgumentException("system entity '" + entity.label() + "' has type " + entity.type()
                    + ", expected one of " + GoldArticle.TYPES);
        }
    }

    private static String describe(GoldArticle.Entity entity) {
        return entity.aliases().isEmpty() ? entity.name() : entity.name() + " (aliases: " + String.join("; ", entity.aliases()) + ")";
    }

    // ---- met_with: unordered pairs, both participants match, duplicates counted once

    /**
     * A gold participant: its name as written, the entity it resolves to (normalized name, so that
     * "Marwood" and "Ilse Marwood" in two meetings are one participant), and the forms that identify
     * it (that entity's name and aliases).
     */
    private record Participant(String name, String entityKey, Set<String> forms) {

        boolean matchedBy(SystemEntity candidate) {
            return !Collections.disjoint(forms, candidate.forms());
        }
    }

    private record GoldPair(Participant a, Participant b) {

        boolean matchedBy(SystemPair pair) {
            return a.matchedBy(pair.a()) && b.matchedBy(pair.b()) || a.matchedBy(pair.b()) && b.matchedBy(pair.a());
        }

        @Override
        public String toString() {
            return a.name() + " — " + b.name();
        }
    }

    /** Every two participants of every gold meeting, counted once per unordered pair of entities. */
    private static List<GoldPair> goldPairs(GoldArticle gold) {
        Map<Set<String>, GoldPair> pairs = new LinkedHashMap<>();
        for (GoldArticle.Meeting meeting : gold.meetings()) {
            List<Participant> participants = meeting.participants().stream().map(p -> participant(gold, p)).toList();
            for (int i = 0; i < participants.size(); i++) {
                for (int j = i + 1; j < participants.size(); j++) {
                    Set<String> key = new HashSet<>(List.of(participants.get(i).entityKey(), participants.get(j).entityKey()));
                    pairs.putIfAbsent(key, new GoldPair(participants.get(i), participants.get(j)));
                }
            }
        }
        return List.copyOf(pairs.values());
    }

    /** A participant named in the gold entities answers to that entity's aliases too; otherwise only to its own name. */
    private static Participant participant(GoldArticle gold, String name) {
        return gold.entityNamed(name)
                .map(entity -> new Participant(name, Names.normalize(entity.name()), Names.forms(entity.name(), entity.aliases())))
                .orElseGet(() -> new Participant(name, Names.normalize(name), Names.forms(name, List.of())));
    }

    /** The system pairs, one per unordered pair of entities: the same two entities in two meetings count once. */
    static List<SystemPair> systemPairs(List<SystemPair> pairs) {
        Map<Set<SystemEntity>, SystemPair> unique = new LinkedHashMap<>();
        pairs.forEach(pair -> unique.putIfAbsent(pair.unordered(), pair));
        return List.copyOf(unique.values());
    }

    private static void scorePairs(List<GoldPair> golds, List<SystemPair> system, Tally tally) {
        int[] match = BipartiteMatching.maximum(golds.size(), system.size(), (g, s) -> golds.get(g).matchedBy(system.get(s)));
        tallyMatching(Category.MET_WITH, golds, system, match, tally,
                pair -> pair.a().label() + " — " + pair.b().label());
    }

    // ---- called_for: every gold agent matched, and half of the gold content words found

    private record GoldCall(List<Participant> agents, Set<String> contentWords, String content) {

        boolean matchedBy(SystemCall call) {
            return agentsCovered(call) && contentOverlaps(call);
        }

        /** Each gold agent needs its own system agent (two gold agents cannot share one). */
        private boolean agentsCovered(SystemCall call) {
            int matched = BipartiteMatching.size(agents.size(), call.agents().size(),
                    (g, s) -> agents.get(g).matchedBy(call.agents().get(s)));
            return matched == agents.size();
        }

        private boolean contentOverlaps(SystemCall call) {
            Set<String> systemWords = Names.words(call.content());
            long found = contentWords.stream().filter(systemWords::contains).count();
            return 2 * found >= contentWords.size();
        }

        @Override
        public String toString() {
            return agents.stream().map(Participant::name).collect(Collectors.joining(", ")) + ": “" + content + "”";
        }
    }

    private static List<GoldCall> goldCalls(GoldArticle gold) {
        return gold.calls().stream()
                .map(call -> new GoldCall(call.agents().stream().map(a -> participant(gold, a)).toList(),
                        Names.contentWords(call.content()), call.content()))
                .toList();
    }

    private static void scoreCalls(List<GoldCall> golds, List<SystemCall> system, Tally tally) {
        int[] match = BipartiteMatching.maximum(golds.size(), system.size(), (g, s) -> golds.get(g).matchedBy(system.get(s)));
        tallyMatching(Category.CALLED_FOR, golds, system, match, tally, call ->
                call.agents().stream().map(SystemEntity::label).collect(Collectors.joining(", ")) + ": “" + call.content() + "”");
    }

    private static <G, S> void tallyMatching(Category category, List<G> golds, List<S> system, int[] match,
                                             Tally tally, Function<S, String> describeSystem) {
        boolean[] systemMatched = new boolean[system.size()];
        for (int g = 0; g < golds.size(); g++) {
            if (match[g] >= 0) {
                systemMatched[match[g]] = true;
                tally.hit(category);
            } else {
                tally.miss(category, golds.get(g).toString());
            }
        }
        for (int s = 0; s < system.size(); s++) {
            if (!systemMatched[s]) {
                tally.falseAlarm(category, describeSystem.apply(system.get(s)));
            }
        }
    }

    /** Counts and listed items of one article as they are found. */
    private static final class Tally {
        private final Map<Category, int[]> counts = new EnumMap<>(Category.class);
        private final List<Item> misses = new ArrayList<>();
        private final List<Item> falseAlarms = new ArrayList<>();

        void hit(Category category) {
            add(category, 0);
        }

        void falseAlarm(Category category, String description) {
            add(category, 1);
            falseAlarms.add(new Item(category, description));
        }

        void miss(Category category, String description) {
            add(category, 2);
            misses.add(new Item(category, description));
        }

        /** Entity types also add to ENTITY, the three types together. */
        private void add(Category category, int slot) {
            counts.computeIfAbsent(category, c -> new int[3])[slot]++;
            if (category == Category.PERSON || category == Category.ORGANIZATION || category == Category.LOCATION) {
                counts.computeIfAbsent(Category.ENTITY, c -> new int[3])[slot]++;
            }
        }

        ArticleResult result(String id, boolean inStore) {
            Map<Category, Counts> totals = new EnumMap<>(Category.class);
            counts.forEach((category, c) -> totals.put(category, new Counts(c[0], c[1], c[2])));
            return new ArticleResult(id, inStore, totals, misses, falseAlarms);
        }
    }
}
