package org.newsgraph.extract;

/**
 * Whether a trigger reports an event that happened: not planned, proposed, refused, denied, hypothetical or
 * negated ("will meet", "plans to meet", "denied meeting"), not undone after it ("talks … were postponed"), and,
 * for the verbs that report a meeting only by phone ("called his counterpart"), with a phone cue in the
 * sentence or a visit's "on" after it ("called on the President", but not "called on X to act"). Decided per
 * trigger from the cue lists, so a candidate link inherits its trigger's modality.
 */
final class Modality {

    private final CueRules rules;
    private final Cues cues;

    Modality(CueRules rules, Cues cues) {
        this.rules = rules;
        this.cues = cues;
    }

    boolean isFact(SentenceView v, int trigger, Lexicon.Trigger t) {
        if (rules.blocked(v, trigger)) {
            return false;
        }
        if (t.relation() == Lexicon.Relation.MEET && t.frame().equals("noun") && rules.undoneAfter(v, trigger)) {
            return false;
        }
        if (t.relation() == Lexicon.Relation.MEET && rules.callsToAct(v, trigger)) {
            return false;
        }
        return !(t.relation() == Lexicon.Relation.MEET && cues.is("meet.needs_phone", v.word(trigger))
                && !v.says("phone") && !isVisitLink(v, trigger));
    }

    /** "called on the President", "calls upon the minister": a visit, unless {@link CueRules#callsToAct} says not. */
    private boolean isVisitLink(SentenceView v, int trigger) {
        return trigger + 1 < v.size() && cues.is("meet.visit_links", v.word(trigger + 1));
    }
}
