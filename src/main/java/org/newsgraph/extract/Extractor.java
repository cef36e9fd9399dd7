package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityMention;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedText;
import org.newsgraph.resolve.Role;

/**
 * The extract stage: meetings and public calls. Four steps, each its own part: triggers from the
 * {@link Lexicon}; every agent mention of a trigger's sentence as a candidate (plus what the
 * {@link CueRules} propose, also across sentences); a learned decision per link ({@link RelationModels} over
 * {@link LinkFeatures}); then pairing, date, place and content from the trigger's clause. Stateless; one
 * instance serves all threads.
 */
public final class Extractor {

    /** A meeting pair told in a sentence, at a trigger, with the features its decision rests on. */
    public record MeetCandidate(int sentence, int trigger, Meeting.Pair pair, String[] features) {
    }

    /**
     * An agent of the call of a trigger, with the features its decision rests on; the trigger is
     * {@link #RULES_ONLY} for an agent the cue rules found outside the sentence.
     */
    public record CallCandidate(int sentence, int trigger, int agent, String[] features) {
    }

    /** The trigger of a call candidate that only the cue rules propose. */
    public static final int RULES_ONLY = -1;
    /** The headline and the first sentences, where a story names its principals. */
    static final int LEAD_SENTENCES = 3;
    /** The index of an article's headline among its sentences. */
    private static final int HEADLINE = 0;
    /** At most this many principals from the opening. */
    private static final int MAX_LEAD_AGENTS = 6;
    /** Most words from a relative pronoun to a mention inside its clause: "who was in Washington for talks with". */
    private static final int RELATIVE_CLAUSE = 12;
    /** The possessive clitic, as the tokenizer splits it off a name. */
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'");
    /** Words after a possessive within which a meeting word makes its owner a side ("X's first official visit"). */
    private static final int OWNED_GAP = 3;

    /** What the cue rules found, every candidate link of an article, and who came with whom. */
    public record Candidates(Extraction rules, List<MeetCandidate> meetings, List<CallCandidate> calls,
                             List<Entourages.Entourage> entourages) {
    }

    private final Lexicon lexicon;
    private final RelationModels models;
    private final Cues cues;
    private final CallContent callContent;
    private final CueRules rules;
    private final LinkFeatures features;
    private final Modality modality;
    private final Entourages entourages;
    private final Sides sides;
    private final Outlets outlets;

    /** The shipped lexicon and models. */
    public Extractor() {
        this(Lexicon.english(), RelationModels.shipped());
    }

    /** @param models the link decisions; null for an extractor that only lists candidates (training) */
    public Extractor(Lexicon lexicon, RelationModels models) {
        this.lexicon = lexicon;
        this.models = models;
        this.cues = lexicon.cues();
        this.callContent = new CallContent(lexicon);
        this.rules = new CueRules(cues, callContent);
        this.features = new LinkFeatures(rules, cues);
        this.modality = new Modality(rules, cues);
        this.entourages = new Entourages(cues);
        this.sides = new Sides(lexicon, cues, modality);
        this.outlets = new Outlets(cues);
    }

    /** Extracts from one resolved article; {@code published} (may be null) anchors relative dates. */
    public Extraction extract(ResolvedText resolved, LocalDate published) {
        if (models == null) {
            throw new IllegalStateException("an extractor without models only lists candidates");
        }
        Candidates c = candidates(resolved, published);
        Set<Integer> filers = outlets.citedOnly(resolved);
        return new Extraction(resolved, meetings(resolved, published, c, filers), appeals(resolved, c, filers),
                published);
    }

    /** Every candidate link of the article, with what the cue rules proposed. */
    public Candidates candidates(ResolvedText resolved, LocalDate published) {
        Extraction proposed = rules.extract(resolved, published);
        List<MeetCandidate> meets = new ArrayList<>();
        List<CallCandidate> calls = new ArrayList<>();
        int sentences = resolved.annotated().sentences().size();
        List<SentenceView> views = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            views.add(new SentenceView(resolved, s, cues));
        }
        List<LeadAgent> lead = leadAgents(views);
        List<Entourages.Entourage> came = new ArrayList<>();
        for (SentenceView v : views) {
            List<Entourages.Entourage> here = entourages.find(v);
            meetCandidates(v, proposed, lead, here, meets);
            callCandidates(v, proposed, calls);
            came.addAll(here);
        }
        meets.removeIf(m -> oneNameInOther(resolved, m.pair()));
        return new Candidates(proposed, meets, calls, came);
    }

    /**
     * A person or organization the opening of the article names: a news story's principals, whom a later
     * sentence's "the two leaders" or "both sides" stands for. A meeting a sentence tells with one side only
     * ("The meeting was attended by X") is not paired with them: on stories no rule was written against, every
     * such pair was wrong (docs/accuracy.md).
     *
     * @param headline   whether the headline names it
     * @param subject    whether it is the first agent of a sentence of the opening
     * @param mentions   how many times the article mentions it
     * @param person     a person, not an organization
     */
    record LeadAgent(int entity, boolean headline, boolean subject, int mentions, boolean person) {
    }

    private static List<LeadAgent> leadAgents(List<SentenceView> views) {
        Map<Integer, LeadAgent> out = new LinkedHashMap<>();
        for (int s = 0; s < Math.min(LEAD_SENTENCES, views.size()); s++) {
            List<EntityMention> agents = views.get(s).agents();
            for (EntityMention m : agents) {
                boolean subject = agents.get(0).entity() == m.entity();
                LeadAgent old = out.get(m.entity());
                out.put(m.entity(), new LeadAgent(m.entity(), s == 0 || old != null && old.headline(),
                        subject || old != null && old.subject(), 0,
                        views.get(s).type(m) == EntityType.PERSON));
            }
        }
        Map<Integer, Integer> counts = new HashMap<>();
        views.forEach(v -> v.agents().forEach(m -> counts.merge(m.entity(), 1, Integer::sum)));
        return out.values().stream().map(l -> new LeadAgent(l.entity(), l.headline(), l.subject(),
                counts.getOrDefault(l.entity(), 0), l.person())).limit(MAX_LEAD_AGENTS).toList();
    }

    private void meetCandidates(SentenceView v, Extraction proposed, List<LeadAgent> lead,
                                List<Entourages.Entourage> came, List<MeetCandidate> out) {
        int s = v.sentence.index();
        Set<Meeting.Pair> ruleHere = new HashSet<>();
        Set<Meeting.Pair> ruleArticle = new HashSet<>();
        for (Meeting m : proposed.meetings()) {
            (m.sentence() == s ? ruleHere : ruleArticle).addAll(m.pairs());
        }
        List<Integer> triggers = new ArrayList<>(triggers(lexicon, v, Lexicon.Relation.MEET));
        triggers.removeIf(t -> rules.callsToAct(v, t)); // "called on X to act": a call, no meeting word
        List<EntityMention> agents = new ArrayList<>();
        Set<Integer> owners = new HashSet<>();
        for (EntityMention m : v.agents()) {
            if (onlyOwner(v, m, triggers)) {
                owners.add(m.entity());
            } else {
                agents.add(m);
            }
        }
        agents.forEach(m -> owners.remove(m.entity()));
        Set<Meeting.Pair> seen = new HashSet<>();
        if (!triggers.isEmpty() && !onlyJoins(v, triggers, came)) {
            for (int x = 0; x < agents.size(); x++) {
                for (int y = x + 1; y < agents.size(); y++) {
                    EntityMention a = agents.get(x);
                    EntityMention b = agents.get(y);
                    if (a.entity() == b.entity()) {
                        continue;
                    }
                    Meeting.Pair pair = Meeting.Pair.of(a.entity(), b.entity());
                    int t = nearest(triggers, a, b);
                    Lexicon.Trigger trigger = lexicon.trigger(Lexicon.Relation.MEET, v.word(t));
                    if (!modality.isFact(v, t, trigger)) {
                        continue; // the pair's own trigger reports no event ("met X and will meet Y")
                    }
                    out.add(new MeetCandidate(s, t, pair, features.meeting(v, trigger, t, a, b)));
                    seen.add(pair);
                }
            }
        }
        for (Meeting.Pair pair : ruleHere) {
            if (!seen.contains(pair) && !owners.contains(pair.a()) && !owners.contains(pair.b())) {
                // across sentences: "the two sides", "Y, for his part"
                out.add(new MeetCandidate(s, triggers.isEmpty() ? 0 : triggers.get(0), pair,
                        features.ruleOnly(v)));
                seen.add(pair);
            }
        }
        pairPhraseCandidates(v, triggers, lead, ruleArticle, seen, out);
    }

    /**
     * "The two leaders then held talks", "both presidents agreed": a meeting sentence that names its sides
     * only as a pair; each two principals of the opening are candidates.
     */
    private void pairPhraseCandidates(SentenceView v, List<Integer> triggers, List<LeadAgent> lead,
                                      Set<Meeting.Pair> ruleArticle, Set<Meeting.Pair> seen, List<MeetCandidate> out) {
        int phrase = v.pairPhrase(0, v.size());
        if (triggers.isEmpty() || phrase < 0) {
            return;
        }
        int t = triggers.stream().min(Comparator.comparingInt(x -> Math.abs(x - phrase))).orElseThrow();
        Lexicon.Trigger trigger = lexicon.trigger(Lexicon.Relation.MEET, v.word(t));
        if (!modality.isFact(v, t, trigger)) {
            return;
        }
        for (int x = 0; x < lead.size(); x++) {
            for (int y = x + 1; y < lead.size(); y++) {
                Meeting.Pair pair = Meeting.Pair.of(lead.get(x).entity(), lead.get(y).entity());
                if (seen.add(pair)) {
                    out.add(new MeetCandidate(v.sentence.index(), t, pair, features.pairPhrase(v, trigger, t,
                            phrase, lead.get(x), lead.get(y), ruleArticle.contains(pair))));
                }
            }
        }
    }

    private void callCandidates(SentenceView v, Extraction proposed, List<CallCandidate> out) {
        int s = v.sentence.index();
        Set<Integer> ruleAgents = new HashSet<>();
        for (Appeal a : proposed.appeals()) {
            if (a.sentence() == s) {
                ruleAgents.addAll(a.agents());
            }
        }
        List<EntityMention> agents = v.agents();
        Set<Integer> mentioned = new HashSet<>();
        agents.forEach(m -> mentioned.add(m.entity()));
        for (int agent : ruleAgents) {
            if (!mentioned.contains(agent)) { // across sentences: "the two sides called for"
                out.add(new CallCandidate(s, RULES_ONLY, agent, features.ruleOnly(v)));
            }
        }
        for (int t : triggers(lexicon, v, Lexicon.Relation.CALL)) {
            Lexicon.Trigger trigger = lexicon.trigger(Lexicon.Relation.CALL, v.word(t));
            if (!modality.isFact(v, t, trigger)) {
                continue;
            }
            CallContent.Complement what = callContent.complementOf(v, t);
            boolean complement = what != null;
            for (EntityMention m : agents) {
                if (!m.covers(t) && !isAddressee(m, t, what) && !inRelativeClauseBefore(v, m, t)) {
                    out.add(new CallCandidate(s, t, m.entity(), features.call(v, trigger, t, m, complement,
                            ruleAgents.contains(m.entity()))));
                }
            }
        }
    }

    /**
     * "X, who was in Washington for talks with Y, also called for …": a mention inside a relative clause set off by
     * commas between the caller and the call's verb is the clause's, not the caller.
     */
    private boolean inRelativeClauseBefore(SentenceView v, EntityMention m, int trigger) {
        boolean opened = false;
        for (int i = m.firstToken() - 1; i > 1 && i >= m.firstToken() - RELATIVE_CLAUSE; i--) {
            if (v.word(i - 1).equals(",")) { // the first comma back opens the clause, or there is none
                opened = cues.is("relative.pronouns", v.word(i)) && v.agentAt(i - 2) != null;
                break;
            }
        }
        if (!opened) {
            return false;
        }
        for (int i = m.endToken(); i < trigger; i++) {
            if (v.word(i).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "urged the President to …": whom a call is made of, after its trigger, does not make it. */
    private static boolean isAddressee(EntityMention m, int trigger, CallContent.Complement what) {
        return what != null && m.firstToken() > trigger && m.entity() == what.addressee();
    }

    /**
     * "met X's widower, Y", "members of X's council met Y": a person named as the owner of someone or something
     * else is not who met; "X's talks with Y", "X's first visit", and before the sentence's meeting words "X's
     * remarks came in a meeting with Y" (what X said or did there) still make X a side, where "welcomed X's
     * announcement" does not.
     */
    private boolean onlyOwner(SentenceView v, EntityMention m, List<Integer> triggers) {
        int s = m.endToken();
        if (v.type(m) != EntityType.PERSON || s >= v.size() || !POSSESSIVES.contains(v.word(s))) {
            return false;
        }
        boolean subject = triggers.stream().allMatch(t -> t > m.firstToken()); // "welcomed X's announcement": not
        for (int i = s + 1; i < v.size() && i <= s + OWNED_GAP; i++) {
            if (lexicon.trigger(Lexicon.Relation.MEET, v.word(i)) != null
                    || subject && cues.is("event.anaphors", v.word(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "joins A and B in the hall of fame", "are joining X at a gala": a sentence whose only meeting words tell who
     * joined, and that says no one came along with someone ("X was accompanied by A", "Joining X were A and B"),
     * tells no meeting.
     */
    private boolean onlyJoins(SentenceView v, List<Integer> triggers, List<Entourages.Entourage> came) {
        return came.isEmpty()
                && triggers.stream().allMatch(t -> lexicon.trigger(Lexicon.Relation.MEET, v.word(t)).joins());
    }

    /** Tokens of the sentence that are triggers of a relation in the lexicon, and not inside a name. */
    static List<Integer> triggers(Lexicon lexicon, SentenceView v, Lexicon.Relation relation) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (v.mention(i) == null && lexicon.trigger(relation, v.word(i)) != null) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Two people of whom one is named by part of the other's name ("Vargas" beside "Mateo Vargas") are, as
     * likely as not, one person the resolver kept apart: they are never paired.
     */
    private static boolean oneNameInOther(ResolvedText resolved, Meeting.Pair pair) {
        return twoPeople(resolved, pair, (wx, wy) -> wx.size() < wy.size() ? wy.containsAll(wx) : wx.containsAll(wy));
    }

    /**
     * Two people who share a family name ("Ana Torres", "Luis Torres") are kin, on one side of any meeting:
     * never paired (no gold pair of train or dev has two). A constraint on the decisions, not a candidate filter,
     * so that the link models learn from every pair the sentences show.
     */
    static boolean kin(ResolvedText resolved, Meeting.Pair pair) {
        return twoPeople(resolved, pair, (wx, wy) -> wx.size() > 1 && wy.size() > 1
                && wx.get(wx.size() - 1).equalsIgnoreCase(wy.get(wy.size() - 1)));
    }

    /**
     * The organizations a named person of the article serves (by role): GUIDELINES.md has a body stand for itself
     * only where no named person heads or represents it, and the meet model does not tell the body from its member
     * ("TUC leader met X", "met with the head of the union").
     */
    private static Set<Integer> representedBodies(ResolvedText resolved) {
        Set<Integer> out = new HashSet<>();
        for (Role r : resolved.roles()) {
            if (r.roleOf() >= 0 && resolved.entity(r.roleOf()).type() == EntityType.ORGANIZATION) {
                out.add(r.roleOf());
            }
        }
        return out;
    }

    /** Whether a pair is two people and the words of their names pass the test. */
    private static boolean twoPeople(ResolvedText resolved, Meeting.Pair pair,
                                     BiPredicate<List<String>, List<String>> names) {
        Entity x = resolved.entity(pair.a());
        Entity y = resolved.entity(pair.b());
        return x.type() == EntityType.PERSON && y.type() == EntityType.PERSON
                && names.test(List.of(x.label().split(" ")), List.of(y.label().split(" ")));
    }

    /** The trigger nearest to two mentions: one between them, else the closest on either side. */
    private static int nearest(List<Integer> triggers, EntityMention a, EntityMention b) {
        int best = triggers.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (int t : triggers) {
            int d = t < a.firstToken() ? a.firstToken() - t : t >= b.endToken() ? t - b.endToken() + 1
                    : t >= a.endToken() && t < b.firstToken() ? 0 : 1;
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The pairs the meet model takes, a meeting per sentence, dated and placed from its trigger's clause. A pair
     * is taken where a candidate reaches the threshold, or where the article's candidates for it together do
     * ({@link PairEvidence}): then at its best-scored sentence.
     *
     * @param filers outlets the story only cites ({@link Outlets}): no party to a meeting
     */
    private List<Meeting> meetings(ResolvedText resolved, LocalDate published, Candidates c, Set<Integer> filers) {
        Map<Integer, Map<Meeting.Pair, Scored>> bySentence = new LinkedHashMap<>();
        double[] scores = new double[c.meetings().size()];
        PairEvidence evidence = new PairEvidence();
        Set<Integer> represented = representedBodies(resolved);
        for (int i = 0; i < scores.length; i++) {
            MeetCandidate m = c.meetings().get(i);
            scores[i] = models.meet().probability(m.features());
            evidence.add(m.pair(), scores[i]);
        }
        for (int i = 0; i < scores.length; i++) {
            MeetCandidate m = c.meetings().get(i);
            double p = scores[i];
            if (kin(resolved, m.pair()) || filers.contains(m.pair().a()) || filers.contains(m.pair().b())) {
                continue;
            }
            if (represented.contains(m.pair().a()) || represented.contains(m.pair().b())) {
                continue;
            }
            if (models.meet().accepts(p) || models.meet().accepts(evidence.any(m.pair())) && evidence.isTop(m.pair(), p)) {
                bySentence.computeIfAbsent(m.sentence(), k -> new LinkedHashMap<>())
                        .merge(m.pair(), new Scored(m.trigger(), p), Scored::max);
            }
        }
        sides.complete(resolved, c.entourages(), bySentence, models.meet().threshold());
        MeetingCollector collector = new MeetingCollector(resolved, published, cues);
        // the headline last: a meeting it tells again is recorded at the body's fuller sentence, the headline
        // lending it only a date or place it lacks
        bySentence.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getKey() == HEADLINE ? Integer.MAX_VALUE
                : e.getKey())).forEach(e -> {
            Scored best = e.getValue().values().stream().max(Comparator.comparingDouble(Scored::p)).orElseThrow();
            double mean = e.getValue().values().stream().mapToDouble(Scored::p).average().orElse(0);
            collector.addPairs(new SentenceView(resolved, e.getKey(), cues), best.trigger(),
                    List.copyOf(e.getValue().keySet()), Math.round(mean * 1000) / 1000.0);
        });
        return collector.meetings();
    }

    /** The agents the call model takes at each trigger, with the content and addressee of its complement. */
    private List<Appeal> appeals(ResolvedText resolved, Candidates c, Set<Integer> filers) {
        Map<Integer, SentenceView> views = new HashMap<>();
        List<CallEvidence.Told> told = new ArrayList<>();
        for (CallCandidate k : c.calls()) {
            SentenceView v = views.computeIfAbsent(k.sentence(), i -> new SentenceView(resolved, i, cues));
            CallContent.Complement what = complement(v, k.trigger(), List.of(k.agent()), c.rules());
            told.add(new CallEvidence.Told(k, models.call().probability(k.features()),
                    what == null ? null : what.content()));
        }
        CallEvidence evidence = new CallEvidence(told);
        Map<List<Integer>, Map<Integer, Double>> byTrigger = new LinkedHashMap<>();
        for (CallEvidence.Told k : told) {
            double p = Math.max(k.probability(), evidence.any(k));
            if (models.call().accepts(p) && !filers.contains(k.candidate().agent())) {
                byTrigger.computeIfAbsent(List.of(k.candidate().sentence(), k.candidate().trigger()),
                        x -> new LinkedHashMap<>()).merge(k.candidate().agent(), p, Math::max);
            }
        }
        List<Appeal> out = new ArrayList<>();
        for (Map.Entry<List<Integer>, Map<Integer, Double>> e : byTrigger.entrySet()) {
            int s = e.getKey().get(0);
            SentenceView v = views.computeIfAbsent(s, i -> new SentenceView(resolved, i, cues));
            List<Integer> agents = List.copyOf(e.getValue().keySet());
            double p = e.getValue().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            CallContent.Complement what = complement(v, e.getKey().get(1), agents, c.rules());
            if (what != null) {
                CueRules.addOnce(out, new Appeal(agents, what.content(), what.addressee(), s,
                        Math.round(p * 1000) / 1000.0));
            }
        }
        return out;
    }

    /** The trigger's own complement, else (and for a call only the rules found) the rules' reading of a call by the same agents in the sentence. */
    private CallContent.Complement complement(SentenceView v, int trigger, List<Integer> agents, Extraction rules) {
        CallContent.Complement own = trigger == RULES_ONLY ? null : callContent.complementOf(v, trigger);
        if (own != null) {
            return own;
        }
        for (Appeal a : rules.appeals()) {
            if (a.sentence() == v.sentence.index() && a.agents().stream().anyMatch(agents::contains)) {
                return new CallContent.Complement(a.content(), a.addressee());
            }
        }
        return null;
    }

}
