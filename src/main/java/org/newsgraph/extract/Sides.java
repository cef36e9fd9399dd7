package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.newsgraph.resolve.EntityMention;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedText;
import org.newsgraph.resolve.Titles;

/**
 * Pairs that follow from who is on which side, once the meet model has decided each sentence's pairs
 * (GUIDELINES.md: each of one side meets the other side; at a multilateral meeting everyone meets everyone):
 * the people of a meeting of several parties, a principal set off with who came along, who came along, and the
 * attendees whose country or body tells their side. No single candidate says these; none is learned.
 */
final class Sides {

    /** Most words between a meeting's trigger and its counterpart's name: "held talks with Foreign Minister Y". */
    private static final int COUNTERPART_GAP = 8;
    /** The side of a titled person whose titles name no country or body: the story's home. */
    private static final int HOME = -2;

    private final Lexicon lexicon;
    private final Cues cues;
    private final Modality modality;

    Sides(Lexicon lexicon, Cues cues, Modality modality) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.modality = modality;
    }

    /**
     * Adds to the accepted pairs of each sentence those that its sides imply.
     *
     * @param ruleScore the score a pair the sentence states outright is recorded with
     */
    void complete(ResolvedText resolved, List<Entourages.Entourage> entourages,
                  Map<Integer, Map<Meeting.Pair, Scored>> accepted, double ruleScore) {
        Map<Integer, SentenceView> views = new HashMap<>(); // each step reads the same sentences
        IntFunction<SentenceView> view = s -> views.computeIfAbsent(s, k -> new SentenceView(resolved, k, cues));
        dropOneSide(resolved, view, accepted);
        completeMultilateral(resolved, view, accepted);
        completeLists(resolved, view, accepted);
        addEntourageTalks(view, entourages, accepted, ruleScore);
        addEntourages(resolved, entourages, accepted);
        dropSameSide(resolved, view, accepted);
    }

    /**
     * Two people a sentence pairs who serve one country or body, where it pairs both with someone who does not
     * serve it: they are one side of that meeting (GUIDELINES.md: "the hosts who receive it together"), not each
     * other's counterparts. A multilateral meeting keeps them.
     */
    private void dropSameSide(ResolvedText resolved, IntFunction<SentenceView> view,
                              Map<Integer, Map<Meeting.Pair, Scored>> accepted) {
        Set<Meeting.Pair> pairs = new HashSet<>();
        accepted.values().forEach(m -> pairs.addAll(m.keySet()));
        for (Map.Entry<Integer, Map<Meeting.Pair, Scored>> e : accepted.entrySet()) {
            if (view.apply(e.getKey()).says("meet.multilateral")) {
                continue;
            }
            e.getValue().keySet().removeIf(p -> sameSide(resolved, p, pairs));
        }
        accepted.values().removeIf(Map::isEmpty);
    }

    private static boolean sameSide(ResolvedText resolved, Meeting.Pair p, Set<Meeting.Pair> pairs) {
        Set<Integer> own = LinkFeatures.ownersOf(resolved, p.a());
        if (!sharesOwner(resolved, own, p.b())) {
            return false;
        }
        Set<Integer> people = new HashSet<>();
        pairs.forEach(q -> people.addAll(List.of(q.a(), q.b())));
        return people.stream().anyMatch(c -> c != p.a() && c != p.b() && !sharesOwner(resolved, own, c)
                && pairs.contains(Meeting.Pair.of(c, p.a())) && pairs.contains(Meeting.Pair.of(c, p.b())));
    }

    /**
     * Two agents on one side of a pair's trigger (both before it or both after it) did not meet each other where the
     * sentence says its meetings were apart ("X met A and later, separately, B"; "A and B separately met C"), nor
     * two agents of one list on one side of a verb whose subject and object are the two sides ("A and B hosted C",
     * "X received A and B") unless their countries or bodies differ ("welcomed the Malian and Guinean presidents
     * for talks": a meeting of three parties). A multilateral meeting pairs them again (the next step).
     */
    private void dropOneSide(ResolvedText resolved, IntFunction<SentenceView> view,
                             Map<Integer, Map<Meeting.Pair, Scored>> accepted) {
        for (Map.Entry<Integer, Map<Meeting.Pair, Scored>> e : accepted.entrySet()) {
            SentenceView v = view.apply(e.getKey());
            boolean apart = v.says("meet.apart");
            List<Integer> triggers = Extractor.triggers(lexicon, v, Lexicon.Relation.MEET);
            e.getValue().entrySet().removeIf(p -> {
                // apart: the sides are those of the sentence's first meeting ("X first met A, who ..., and later,
                // separately, B"); else those of the pair's own trigger
                int t = apart && !triggers.isEmpty() ? triggers.get(0) : p.getValue().trigger();
                Meeting.Pair pair = p.getKey();
                Boolean a = beforeTrigger(v, pair.a(), t);
                boolean oneSide = a != null && a.equals(beforeTrigger(v, pair.b(), t));
                return oneSide && (apart || cues.is("meet.directed", v.word(t)) && inOneList(v, pair.a(), pair.b())
                        && !differentOwners(resolved, pair.a(), pair.b()));
            });
        }
        accepted.values().removeIf(Map::isEmpty);
    }

    /** Whether the first mentions of two agents in the sentence stand in one list (see {@link #listJoined}). */
    private boolean inOneList(SentenceView v, int x, int y) {
        int from = firstAgent(v, x);
        int to = firstAgent(v, y);
        if (from < 0 || to < 0) {
            return false;
        }
        List<EntityMention> agents = v.agents();
        return IntStream.range(Math.min(from, to), Math.max(from, to))
                .allMatch(i -> listJoined(v, agents.get(i), agents.get(i + 1)));
    }

    /** The index among the sentence's agent mentions of an entity's first one, or -1. */
    private static int firstAgent(SentenceView v, int entity) {
        List<EntityMention> agents = v.agents();
        return IntStream.range(0, agents.size()).filter(i -> agents.get(i).entity() == entity).findFirst().orElse(-1);
    }

    /** Whether roles tie both agents to a country or body and no country or body to both. */
    private static boolean differentOwners(ResolvedText resolved, int x, int y) {
        Set<Integer> ownX = LinkFeatures.ownersOf(resolved, x);
        return !ownX.isEmpty() && !LinkFeatures.ownersOf(resolved, y).isEmpty() && !sharesOwner(resolved, ownX, y);
    }

    /** Whether an entity's first agent mention in the sentence comes before the trigger; null when it has none. */
    private static Boolean beforeTrigger(SentenceView v, int entity, int trigger) {
        int i = firstAgent(v, entity);
        return i < 0 ? null : v.agents().get(i).firstToken() < trigger;
    }

    /**
     * "A, B, C and D held a four-way meeting": in a sentence that says its meeting had several parties, everyone
     * its accepted pairs name meets everyone else, as GUIDELINES.md pairs a multilateral meeting (the model may
     * have taken only the pairs nearest its trigger). Kin are still never paired.
     */
    private void completeMultilateral(ResolvedText resolved, IntFunction<SentenceView> view,
                                      Map<Integer, Map<Meeting.Pair, Scored>> accepted) {
        for (Map.Entry<Integer, Map<Meeting.Pair, Scored>> e : accepted.entrySet()) {
            SentenceView v = view.apply(e.getKey());
            if (!v.says("meet.multilateral")) {
                continue;
            }
            Map<Meeting.Pair, Scored> pairs = e.getValue();
            Set<Integer> named = new HashSet<>();
            pairs.keySet().forEach(p -> named.addAll(List.of(p.a(), p.b())));
            List<Integer> people = withListMates(v, named);
            Scored weakest = pairs.values().stream().min(Comparator.comparingDouble(Scored::p)).orElseThrow();
            for (int x = 0; x < people.size(); x++) {
                for (int y = x + 1; y < people.size(); y++) {
                    Meeting.Pair pair = Meeting.Pair.of(people.get(x), people.get(y));
                    if (!Extractor.kin(resolved, pair)) {
                        pairs.putIfAbsent(pair, weakest);
                    }
                }
            }
        }
    }

    /**
     * "X met A, B, C and D", "A, B and C received X": where the model takes a pair of someone with one of a list of
     * people on the far side of the trigger, everyone of the list meets them (the model's doubt grows with each
     * name it reads past). A list needs its "and": "X met A, B said" names no list.
     */
    private void completeLists(ResolvedText resolved, IntFunction<SentenceView> view,
                               Map<Integer, Map<Meeting.Pair, Scored>> accepted) {
        for (Map.Entry<Integer, Map<Meeting.Pair, Scored>> e : accepted.entrySet()) {
            SentenceView v = view.apply(e.getKey());
            if (v.says("entourage.passive")) {
                continue; // "X was accompanied by A, B and C": a list of X's own side
            }
            Map<Meeting.Pair, Scored> pairs = e.getValue();
            for (Map.Entry<Meeting.Pair, Scored> p : List.copyOf(pairs.entrySet())) {
                int a = p.getKey().a();
                int b = p.getKey().b();
                int t = p.getValue().trigger();
                for (int[] side : new int[][] {{a, b}, {b, a}}) {
                    Boolean outside = beforeTrigger(v, side[0], t);
                    Boolean member = beforeTrigger(v, side[1], t);
                    if (outside == null || outside.equals(member)) {
                        continue; // the list is the far side of the trigger from who meets it
                    }
                    for (int mate : listWithout(v, side[1], side[0])) {
                        Meeting.Pair pair = Meeting.Pair.of(side[0], mate);
                        if (!Extractor.kin(resolved, pair)) {
                            pairs.putIfAbsent(pair, p.getValue());
                        }
                    }
                }
            }
        }
    }

    /**
     * The other people of the list of people joined by "and" that holds a mention of {@code member} in the sentence,
     * when the list holds no mention of {@code outside}; else none.
     */
    private List<Integer> listWithout(SentenceView v, int member, int outside) {
        // people only: a body inside a title is part of it ("Head of the Chinese Embassy in Colombo B")
        List<EntityMention> people = v.agents().stream().filter(m -> v.type(m) == EntityType.PERSON).toList();
        for (List<EntityMention> list : lists(v, people)) {
            if (list.size() > 1 && list.stream().anyMatch(m -> m.entity() == member)
                    && list.stream().noneMatch(m -> m.entity() == outside) && joinedByAnd(v, list)) {
                return list.stream().map(EntityMention::entity).filter(e -> e != member).distinct().toList();
            }
        }
        return List.of();
    }

    /** The mentions, in text order, cut into the runs that {@link #listJoined} joins. */
    private List<List<EntityMention>> lists(SentenceView v, List<EntityMention> mentions) {
        List<List<EntityMention>> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= mentions.size(); i++) {
            if (i == mentions.size() || !listJoined(v, mentions.get(i - 1), mentions.get(i))) {
                out.add(mentions.subList(from, i));
                from = i;
            }
        }
        return out;
    }

    /** Whether an "and" joins the list, inside it or right after it ("A, B and representatives of C"). */
    private static boolean joinedByAnd(SentenceView v, List<EntityMention> list) {
        int end = list.get(list.size() - 1).endToken();
        return IntStream.range(list.get(0).endToken(), Math.min(end + 1, v.size()))
                .anyMatch(k -> v.word(k).equals("and"));
    }

    /**
     * The agents given and the people named in one list with them ("A, Ghanaian President B and UN
     * Secretary-General C": only commas, "and" and capitalised words of titles between two names), sorted.
     */
    private List<Integer> withListMates(SentenceView v, Set<Integer> people) {
        Set<Integer> out = new HashSet<>(people);
        for (List<EntityMention> list : lists(v, v.agents())) {
            if (list.stream().anyMatch(m -> people.contains(m.entity()))) {
                list.stream().filter(m -> v.type(m) == EntityType.PERSON)
                        .forEach(m -> out.add(m.entity())); // not "UN" of "UN Secretary-General C"
            }
        }
        return out.stream().sorted().toList();
    }

    /**
     * Whether a comma or "and" joins two agent mentions, with nothing else between them but the words of a title
     * ("A, Ambassador of Kuwait B", "A, Oman's Ambassador in Colombo B": capitalised words and the small words of
     * {@code list.title_words} before a capitalised one).
     */
    private boolean listJoined(SentenceView v, EntityMention a, EntityMention b) {
        boolean joiner = false;
        for (int k = a.endToken(); k < b.firstToken(); k++) {
            String w = v.word(k);
            boolean join = w.equals(",") || w.equals("and");
            if (!join && !capitalised(v, k) && !(cues.is("list.title_words", w)
                    && (capitalised(v, k + 1) || cues.is("list.title_words", v.word(k + 1))))
                    && !inTitleBefore(v, k, b)) {
                return false;
            }
            joiner |= join;
        }
        return joiner;
    }

    /**
     * Whether a lower-case word opens a title that runs up to a name ("…, home affairs minister B", "… and his
     * deputy B"): no comma or "and" between it and the name, and a title word right before the name.
     */
    private static boolean inTitleBefore(SentenceView v, int k, EntityMention b) {
        int last = b.firstToken() - 1;
        if (!Titles.isTitleWord(v.sentence.token(last).norm())) {
            return false;
        }
        return IntStream.range(k, last).noneMatch(i -> v.word(i).equals(",") || v.word(i).equals("and"));
    }

    /** Whether a token holds a capital letter: "Ambassador", "d'Affaires". */
    private static boolean capitalised(SentenceView v, int k) {
        return v.sentence.token(k).norm().codePoints().anyMatch(Character::isUpperCase);
    }

    /**
     * "X, accompanied by A, held talks with Y": the sentence that says who came with a principal and then tells a
     * meeting says the principal met its counterpart, though the model reads X-Y through "accompanied" (the nearest
     * trigger) and doubts it. Who came along then meets Y too ({@link #addEntourages}).
     */
    private void addEntourageTalks(IntFunction<SentenceView> view, List<Entourages.Entourage> entourages,
                                   Map<Integer, Map<Meeting.Pair, Scored>> accepted, double ruleScore) {
        for (Entourages.Entourage e : entourages) {
            if (e.anchor() == Entourages.BY_OWNER) {
                continue;
            }
            SentenceView v = view.apply(e.sentence());
            Set<Integer> side = e.side();
            int after = v.agents().stream().filter(m -> side.contains(m.entity()) && m.firstToken() > e.trigger())
                    .mapToInt(EntityMention::endToken).max().orElse(e.trigger() + 1);
            for (int t : Extractor.triggers(lexicon, v, Lexicon.Relation.MEET)) {
                Lexicon.Trigger trigger = lexicon.trigger(Lexicon.Relation.MEET, v.word(t));
                if (t < after || trigger.joins() || !modality.isFact(v, t, trigger)) {
                    continue;
                }
                for (EntityMention y : v.agentsAfter(t + 1, COUNTERPART_GAP, cues.get("skip.between"))) {
                    if (!side.contains(y.entity())) {
                        accepted.computeIfAbsent(e.sentence(), k -> new LinkedHashMap<>()).putIfAbsent(
                                Meeting.Pair.of(e.anchor(), y.entity()), new Scored(t, ruleScore));
                    }
                }
                break;
            }
        }
    }

    /**
     * Who came with a principal meets whom the principal met in the latest sentence, up to the entourage's own,
     * that pairs the principal; and in the entourage's sentence no one of that side is paired with another.
     */
    private static void addEntourages(ResolvedText resolved, List<Entourages.Entourage> entourages,
                                      Map<Integer, Map<Meeting.Pair, Scored>> accepted) {
        for (Entourages.Entourage e : entourages) {
            if (e.anchor() == Entourages.BY_OWNER) {
                addAttendees(resolved, e, accepted);
                continue;
            }
            Set<Integer> side = e.side();
            Map<Meeting.Pair, Scored> inherited = new LinkedHashMap<>();
            for (int s = e.sentence(); s >= 0 && inherited.isEmpty(); s--) {
                for (Map.Entry<Meeting.Pair, Scored> p : accepted.getOrDefault(s, Map.of()).entrySet()) {
                    int other = p.getKey().a() == e.anchor() ? p.getKey().b()
                            : p.getKey().b() == e.anchor() ? p.getKey().a() : -1;
                    if (other >= 0 && !side.contains(other)) {
                        Scored told = new Scored(e.trigger(), p.getValue().p()); // dated by the entourage's sentence
                        e.members().forEach(m -> inherited.merge(Meeting.Pair.of(m, other), told, Scored::max));
                    }
                }
            }
            Map<Meeting.Pair, Scored> here = accepted.computeIfAbsent(e.sentence(), k -> new LinkedHashMap<>());
            here.keySet().removeIf(p -> side.contains(p.a()) && side.contains(p.b()));
            inherited.forEach((pair, scored) -> here.merge(pair, scored, Scored::max));
            if (here.isEmpty()) {
                accepted.remove(e.sentence());
            }
        }
    }

    /**
     * "The meeting was also attended by A and B": each attendee whose side is that of one side of the latest meeting
     * before (and not the other's) meets the other side, and attendees of the two sides meet each other; a pair the
     * sentence gives an attendee with a principal of its own side is dropped. A side is the country or body a role
     * names; a titled person whose titles name none ("Foreign Minister A" in a paper of A's country) is on the
     * story's home side, as is a principal with such a title. An attendee no title ties to a side is left to the
     * model.
     */
    private static void addAttendees(ResolvedText resolved, Entourages.Entourage e,
                                     Map<Integer, Map<Meeting.Pair, Scored>> accepted) {
        Map<Meeting.Pair, Scored> latest = Map.of();
        for (int s = e.sentence() - 1; s >= 0 && latest.isEmpty(); s--) {
            latest = accepted.getOrDefault(s, Map.of());
        }
        Map<Meeting.Pair, Scored> inherited = new LinkedHashMap<>();
        Set<Meeting.Pair> ownSide = new HashSet<>();
        Map<Integer, Set<Integer>> opposite = new LinkedHashMap<>(); // attendee -> the side it does not belong to
        for (int member : e.members()) {
            Set<Integer> own = side(resolved, member);
            if (own.isEmpty()) {
                continue; // no role says whose side
            }
            for (Map.Entry<Meeting.Pair, Scored> p : latest.entrySet()) {
                int a = p.getKey().a();
                int b = p.getKey().b();
                if (member == a || member == b) {
                    continue;
                }
                boolean withA = !Collections.disjoint(own, side(resolved, a));
                boolean withB = !Collections.disjoint(own, side(resolved, b));
                if (withA != withB) {
                    Scored told = new Scored(e.trigger(), p.getValue().p());
                    inherited.merge(Meeting.Pair.of(member, withA ? b : a), told, Scored::max);
                    ownSide.add(Meeting.Pair.of(member, withA ? a : b));
                    opposite.put(member, side(resolved, withA ? b : a));
                }
            }
        }
        double weakest = latest.values().stream().mapToDouble(Scored::p).min().orElse(0);
        for (Map.Entry<Integer, Set<Integer>> x : opposite.entrySet()) {
            for (Map.Entry<Integer, Set<Integer>> y : opposite.entrySet()) {
                if (x.getKey() < y.getKey() && !x.getValue().equals(y.getValue())) { // "A (ours) and B (theirs)"
                    inherited.putIfAbsent(Meeting.Pair.of(x.getKey(), y.getKey()), new Scored(e.trigger(), weakest));
                }
            }
        }
        Map<Meeting.Pair, Scored> here = accepted.computeIfAbsent(e.sentence(), k -> new LinkedHashMap<>());
        here.keySet().removeAll(ownSide);
        inherited.forEach((pair, scored) -> here.merge(pair, scored, Scored::max));
        if (here.isEmpty()) {
            accepted.remove(e.sentence());
        }
    }

    /**
     * The countries and bodies an agent serves ({@link LinkFeatures#ownersOf}); for a titled person whose titles
     * name none, the story's home side.
     */
    private static Set<Integer> side(ResolvedText resolved, int entity) {
        Set<Integer> own = LinkFeatures.ownersOf(resolved, entity);
        return own.isEmpty() && resolved.roles().stream().anyMatch(r -> r.person() == entity) ? Set.of(HOME) : own;
    }

    private static boolean sharesOwner(ResolvedText resolved, Set<Integer> owners, int entity) {
        return LinkFeatures.ownersOf(resolved, entity).stream().anyMatch(owners::contains);
    }
}
