package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.resolve.EntityMention;

/**
 * Who came with a principal: "X was accompanied (in the meeting) by A and B", "X, joined by A, met Y", "Joining X
 * were A and B", "a delegation headed by X along with A and B". Such people are on the principal's side and meet
 * whom the principal met (GUIDELINES.md: each of one side is paired with the other side), which no single sentence
 * says.
 */
final class Entourages {

    /** How far after "accompanied" its "by" may come: "accompanied in the talks by". */
    private static final int BY_WINDOW = 5;
    /** Words that may stand before an entourage's first name: "by Finance Minister X", "were the minister, X". */
    private static final int MEMBER_GAP = 8;

    /**
     * @param sentence where it is told
     * @param trigger  the token that tells it ("accompanied", "Joining")
     * @param anchor   the principal's entity, or {@link #BY_OWNER} where the sentence does not say whose side
     *                 the members are on ("The meeting was also attended by A and B")
     * @param members  the entities that came with the principal
     */
    record Entourage(int sentence, int trigger, int anchor, List<Integer> members) {

        /** The principal and the members: one side of the meeting, never paired among themselves. */
        Set<Integer> side() {
            Set<Integer> side = new HashSet<>(members);
            side.add(anchor);
            return side;
        }
    }

    /** The anchor of members whose side each one's country or body tells. */
    static final int BY_OWNER = -1;

    private final Cues cues;

    Entourages(Cues cues) {
        this.cues = cues;
    }

    /** The entourages a sentence tells, with a named principal and at least one named member. */
    List<Entourage> find(SentenceView v) {
        List<Entourage> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            Entourage e = v.mention(i) != null ? null
                    : cues.is("entourage.passive", v.word(i)) ? passive(v, i)
                    : i == 0 && cues.is("entourage.fronted", v.word(i)) ? fronted(v)
                    : cues.is("entourage.led", v.word(i)) ? ledDelegation(v, i) : null;
            if (e != null) {
                out.add(e);
            }
        }
        if (out.isEmpty()) {
            Entourage present = attendance(v);
            if (present != null) {
                out.add(present);
            }
        }
        return out;
    }

    /**
     * "The meeting was also attended by A and B", "Also present were A", "A also attended the talks", "A and B were
     * present".
     */
    private Entourage attendance(SentenceView v) {
        int cue = -1;
        boolean also = false;
        for (int i = 0; i < v.size(); i++) {
            cue = cue < 0 && cues.is("entourage.attendance", v.word(i)) ? i : cue;
            also |= cues.is("entourage.attendance_marks", v.word(i))
                    || i > 0 && cues.is("entourage.present", v.word(i)) && cues.is("entourage.copulas", v.word(i - 1));
        }
        if (cue < 0 || !also) {
            return null;
        }
        List<Integer> members = new ArrayList<>();
        for (EntityMention m : v.agents()) {
            if (!members.contains(m.entity())) {
                members.add(m.entity());
            }
        }
        return members.isEmpty() ? null : new Entourage(v.sentence.index(), cue, BY_OWNER, members);
    }

    /** "X was accompanied by A and B", "X, joined by A, met Y": the principal before, the members after "by". */
    private Entourage passive(SentenceView v, int t) {
        int by = -1;
        for (int k = t + 1; k < v.size() && k <= t + BY_WINDOW && by < 0; k++) {
            by = v.word(k).equals("by") ? k : -1;
        }
        List<EntityMention> before = v.agentsBefore(t);
        if (by < 0 || before.isEmpty()) {
            return null;
        }
        int anchor = before.get(before.size() - 1).entity();
        return entourage(v, t, anchor, v.agentsAfter(by + 1, MEMBER_GAP, cues.get("skip.between")));
    }

    /**
     * "a delegation headed by X along with A and B": the head first, then the members. Each is on the head's side,
     * which the delegation's meetings are told of ("the delegation held talks with Y": the head, GUIDELINES.md).
     */
    private Entourage ledDelegation(SentenceView v, int t) {
        if (t + 1 >= v.size() || !v.word(t + 1).equals("by") || !delegationBefore(v, t)) {
            return null;
        }
        List<EntityMention> listed = v.agentsAfter(t + 2, MEMBER_GAP, cues.get("skip.between"));
        return listed.size() < 2 ? null : entourage(v, t, listed.get(0).entity(), listed.subList(1, listed.size()));
    }

    /** Whether a delegation noun stands right before a token, past a comma ("the delegation, led by"). */
    private boolean delegationBefore(SentenceView v, int t) {
        int k = t - 1;
        if (k >= 0 && v.word(k).equals(",")) {
            k--;
        }
        return k >= 0 && cues.is("entourage.delegations", v.word(k));
    }

    /** "Joining X were A and B", "Accompanying the president was A": the principal first, then the members. */
    private Entourage fronted(SentenceView v) {
        List<EntityMention> principal = v.agentsAfter(1, MEMBER_GAP, cues.get("skip.between"));
        if (principal.isEmpty()) {
            return null;
        }
        int k = principal.get(0).endToken();
        while (k < v.size() && !cues.is("entourage.copulas", v.word(k))) {
            k++;
        }
        return k >= v.size() ? null
                : entourage(v, 0, principal.get(0).entity(), v.agentsAfter(k + 1, MEMBER_GAP, cues.get("skip.between")));
    }

    private static Entourage entourage(SentenceView v, int trigger, int anchor, List<EntityMention> after) {
        List<Integer> members = new ArrayList<>();
        for (EntityMention m : after) {
            if (m.entity() != anchor && !members.contains(m.entity())) {
                members.add(m.entity());
            }
        }
        return members.isEmpty() ? null : new Entourage(v.sentence.index(), trigger, anchor, members);
    }
}
