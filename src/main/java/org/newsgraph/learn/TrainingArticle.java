package org.newsgraph.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import opennlp.tools.ml.model.Event;
import org.newsgraph.document.Article;
import org.newsgraph.eval.GoldArticle;
import org.newsgraph.eval.Names;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.LinkModel;
import org.newsgraph.extract.Meeting;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedText;

/**
 * One article of the open sets as training material: its candidate links, each labelled from the gold.
 * A candidate is a positive where a gold meeting or call links the same entities and its evidence is the
 * candidate's sentence, or the candidate stands in the headline (which restates the story's event); the same
 * entities linked by the gold elsewhere in the article are left out (the sentence may or may not state it);
 * every other candidate is a negative.
 *
 * @param group the gold folder it came from (null for the own corpus, which is never held out)
 */
record TrainingArticle(String id, String group, Article article, ResolvedText resolved, List<Event> meetEvents,
                       List<Event> callEvents, Coverage coverage) {

    /**
     * How much of the gold the candidates can reach: gold pairs (calls) whose entities the resolver found,
     * and those with a positive candidate; what no model can find is what the others miss.
     */
    record Coverage(int goldPairs, int resolvedPairs, int candidatePairs, int goldCalls, int resolvedCalls,
                    int candidateCalls) {
        Coverage plus(Coverage o) {
            return new Coverage(goldPairs + o.goldPairs, resolvedPairs + o.resolvedPairs,
                    candidatePairs + o.candidatePairs, goldCalls + o.goldCalls, resolvedCalls + o.resolvedCalls,
                    candidateCalls + o.candidateCalls);
        }
    }

    /** Share of the shorter text's words that the evidence and a sentence must have in common. */
    private static final double EVIDENCE_OVERLAP = 0.7;
    /** The sentence that is an article's headline. */
    private static final int HEADLINE = 0;

    static TrainingArticle of(String group, Article article, ResolvedText resolved, GoldArticle gold,
                              Extractor.Candidates candidates) {
        Alignment align = new Alignment(gold, resolved);
        List<Event> meets = new ArrayList<>();
        for (Extractor.MeetCandidate c : candidates.meetings()) {
            String label = meetLabel(gold, align, resolved, c);
            if (label != null) {
                meets.add(new Event(label, c.features()));
            }
        }
        List<Event> calls = new ArrayList<>();
        for (Extractor.CallCandidate c : candidates.calls()) {
            String label = callLabel(gold, align, resolved, c);
            if (label != null) {
                calls.add(new Event(label, c.features()));
            }
        }
        return new TrainingArticle(article.id(), group, article, resolved, meets, calls,
                coverage(gold, align, resolved, candidates));
    }

    private static Coverage coverage(GoldArticle gold, Alignment align, ResolvedText r, Extractor.Candidates c) {
        int pairs = 0;
        int resolvedPairs = 0;
        int candidatePairs = 0;
        for (GoldArticle.Meeting m : gold.meetings()) {
            List<String> p = m.participants();
            for (int x = 0; x < p.size(); x++) {
                for (int y = x + 1; y < p.size(); y++) {
                    pairs++;
                    List<String> two = List.of(p.get(x), p.get(y));
                    resolvedPairs += align.entities(p.get(x)).isEmpty() || align.entities(p.get(y)).isEmpty() ? 0 : 1;
                    candidatePairs += c.meetings().stream().anyMatch(k -> pairIn(align, two, k.pair())
                            && isEvidence(m.evidence(), r, k.sentence())) ? 1 : 0;
                }
            }
        }
        int calls = gold.calls().size();
        int resolvedCalls = 0;
        int candidateCalls = 0;
        for (GoldArticle.Call call : gold.calls()) {
            resolvedCalls += call.agents().stream().allMatch(a -> !align.entities(a).isEmpty()) ? 1 : 0;
            candidateCalls += c.calls().stream().anyMatch(k -> call.agents().stream()
                    .anyMatch(a -> align.entities(a).contains(k.agent())) && isEvidence(call.evidence(), r, k.sentence()))
                    ? 1 : 0;
        }
        return new Coverage(pairs, resolvedPairs, candidatePairs, calls, resolvedCalls, candidateCalls);
    }

    private static String meetLabel(GoldArticle gold, Alignment align, ResolvedText r, Extractor.MeetCandidate c) {
        String label = LinkModel.NO;
        for (GoldArticle.Meeting m : gold.meetings()) {
            if (!pairIn(align, m.participants(), c.pair())) {
                continue;
            }
            if (c.sentence() == HEADLINE || isEvidence(m.evidence(), r, c.sentence())) {
                return LinkModel.YES;
            }
            label = null;
        }
        return label;
    }

    private static boolean pairIn(Alignment align, List<String> participants, Meeting.Pair pair) {
        for (int x = 0; x < participants.size(); x++) {
            for (int y = x + 1; y < participants.size(); y++) {
                Set<Integer> a = align.entities(participants.get(x));
                Set<Integer> b = align.entities(participants.get(y));
                if (a.contains(pair.a()) && b.contains(pair.b()) || a.contains(pair.b()) && b.contains(pair.a())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String callLabel(GoldArticle gold, Alignment align, ResolvedText r, Extractor.CallCandidate c) {
        String label = LinkModel.NO;
        for (GoldArticle.Call call : gold.calls()) {
            if (call.agents().stream().noneMatch(a -> align.entities(a).contains(c.agent()))) {
                continue;
            }
            if (c.sentence() == HEADLINE || isEvidence(call.evidence(), r, c.sentence())) {
                return LinkModel.YES;
            }
            label = null;
        }
        return label;
    }

    /** Whether a sentence is the gold evidence (no evidence: any sentence is, as in the short own corpus). */
    private static boolean isEvidence(String evidence, ResolvedText r, int sentence) {
        if (evidence == null) {
            return true;
        }
        Set<String> e = Names.words(evidence);
        Set<String> s = Names.words(r.annotated().sentences().get(sentence).text());
        Set<String> common = new HashSet<>(e);
        common.retainAll(s);
        return !e.isEmpty() && !s.isEmpty() && common.size() >= EVIDENCE_OVERLAP * Math.min(e.size(), s.size());
    }

    /** Which system entities a gold name stands for: those sharing a name form with its gold entity. */
    private static final class Alignment {
        private final GoldArticle gold;
        private final ResolvedText resolved;

        Alignment(GoldArticle gold, ResolvedText resolved) {
            this.gold = gold;
            this.resolved = resolved;
        }

        Set<Integer> entities(String goldName) {
            Set<String> forms = gold.entityNamed(goldName)
                    .map(e -> Names.forms(e.name(), e.aliases()))
                    .orElse(Names.forms(goldName, List.of()));
            Set<Integer> out = new HashSet<>();
            for (int i = 0; i < resolved.entities().size(); i++) {
                Entity e = resolved.entity(i);
                Set<String> system = new HashSet<>(Names.forms(e.label(), e.aliases()));
                system.retainAll(forms);
                if (e.type() != EntityType.LOCATION && !system.isEmpty()) {
                    out.add(i);
                }
            }
            return out;
        }
    }
}
