package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.resolve.EntityMention;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedText;

/**
 * Hand-written cue rules for meetings and calls, sentence by sentence, from the cue words ({@code cues.tsv}) and
 * the resolved mentions around them. Their proposals are features of the learned decision ({@link Extractor})
 * and its candidates across sentences ("the two sides", "Y, for his part"); they also hold the modality tests
 * ({@link Modality}) and the reading of who acts before a trigger. Stateless; one instance serves all threads.
 */
final class CueRules {

    private final Cues cues;
    /** What may stand between a group and the members it lists: the usual words and the group's own. */
    private final Set<String> groupSkip;
    private final CallContent callContent;

    /** How many words an addressee of "called on" may have before its "to" ("the leaders of both parties"). */
    private static final int ADDRESSEE_WINDOW = 12;
    /** How far before a present-tense meeting verb its subordinator may stand: "when the visiting minister meets". */
    private static final int SUBORDINATOR_WINDOW = 8;
    /**
     * Tags of an addressee's words (names, nouns, their modifiers, a list's commas and "and", "'s") and of the
     * when between it and its "to" ("called on X earlier this month to").
     */
    private static final Set<String> ADDRESSEE_TAGS =
            Set.of("PROPN", "NOUN", "ADJ", "DET", "NUM", "CCONJ", "PUNCT", "PART", "ADV");

    CueRules(Cues cues, CallContent callContent) {
        this.cues = cues;
        this.callContent = callContent;
        this.groupSkip = union(cues.get("skip.between"), cues.get("group.members"));
    }

    /** What the rules find in one resolved article; {@code published} (may be null) anchors relative dates. */
    Extraction extract(ResolvedText resolved, LocalDate published) {
        MeetingCollector meetings = new MeetingCollector(resolved, published, cues);
        List<Appeal> appeals = new ArrayList<>();
        for (int s = 0; s < resolved.annotated().sentences().size(); s++) {
            SentenceView view = new SentenceView(resolved, s, cues);
            otherSide(view, meetings);
            findMeetings(view, meetings);
            findAppeals(view, meetings, appeals);
        }
        return new Extraction(resolved, meetings.meetings(), appeals, published);
    }

    private void findMeetings(SentenceView v, MeetingCollector meetings) {
        for (int i = 0; i < v.size(); i++) {
            String w = v.word(i);
            if (callsToAct(v, i)) {
                continue;
            }
            if (cues.is("meet.nouns", w) && (nounLink(v, i) >= 0 || heldTogether(v, i))) {
                nounMeeting(v, i, meetings);
            } else if (cues.is("meet.verbs", w) && isVerb(v, i)) {
                verbMeeting(v, i, meetings);
            } else if (cues.is("meet.join", w) && isVerb(v, i)) {
                joinMeeting(v, i, meetings);
            }
        }
    }

    /**
     * The token of "with"/"between" after a meeting noun ("talks with", "talks were held between",
     * "held talks in Cairo on Sunday with"), or -1. Only a passive "held" and where/when phrases may stand
     * in between.
     */
    private int nounLink(SentenceView v, int noun) {
        for (int i = noun + 1; i < v.size() && i <= noun + 7; i++) {
            String w = v.word(i);
            if (cues.is("meet.noun_links", w)) {
                return i;
            }
            boolean whereOrWhen = cues.is("meet.noun_gap", w) || v.pos(i).equals("PROPN") || v.pos(i).equals("NUM")
                    || v.mention(i) != null && !v.type(v.mention(i)).isAgent();
            if (!whereOrWhen) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Talks between X and Y were postponed": the clause after the noun undoes it; "a meeting is also expected
     * with X": it makes the meeting a plan.
     */
    boolean undoneAfter(SentenceView v, int noun) {
        for (int i = noun + 1; i < v.size() && i <= noun + 22; i++) {
            if (v.word(i).equals(";") || v.word(i).equals(".")) {
                return false;
            }
            if (cues.is("block.after", v.word(i)) && v.pos(i).equals("VERB") || plannedAfterBe(v, i)) {
                return true;
            }
        }
        return false;
    }

    /** A participle of planning after a form of "be" and at most one adverb: "is expected", "were also scheduled". */
    private boolean plannedAfterBe(SentenceView v, int i) {
        if (!cues.is("block.after_be", v.word(i))) {
            return false;
        }
        int be = i - 1;
        if (be > 0 && cues.is("be.adverbs", v.word(be))) {
            be--;
        }
        return be >= 0 && cues.is("be.forms", v.word(be));
    }

    /** The group after a fronted phrase's comma, when the phrase opens the sentence with the meeting noun. */
    private List<EntityMention> frontedGroup(SentenceView v, int noun) {
        if (noun > 4) {
            return List.of();
        }
        for (int i = noun + 1; i + 1 < v.size() && i <= noun + 8; i++) {
            if (v.word(i).equals(",")) {
                return v.agentsAfter(i + 1, 6, cues.get("skip.between"));
            }
        }
        return List.of();
    }

    /** "X and Y held talks": a meeting noun held by a group, with no counterpart after it. */
    private boolean heldTogether(SentenceView v, int noun) {
        for (int i = noun - 1; i >= 0 && i >= noun - 4; i--) {
            if (cues.is("meet.hold", v.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** A verb by its tag, or right after a named agent, where headline case misleads the tagger. */
    private static boolean isVerb(SentenceView v, int i) {
        String pos = v.pos(i);
        return pos.equals("VERB") || pos.equals("AUX") || i > 0 && v.agentAt(i - 1) != null;
    }

    private void verbMeeting(SentenceView v, int verb, MeetingCollector meetings) {
        String w = v.word(verb);
        if (blocked(v, verb) || (cues.is("meet.needs_phone", w) && !v.says("phone"))) {
            return;
        }
        if (verb == 0 && v.size() > 2 && v.word(1).equals("by")) {
            frontedPassive(v, meetings);
            return;
        }
        List<EntityMention> subjects = subjects(v, verb, meetings);
        int objectFrom = verb + 1;
        if (cues.is("meet.needs_with", w)) {
            objectFrom = afterWith(v, verb + 1);
            if (objectFrom < 0) {
                return;
            }
        }
        int by = passiveBy(v, verb);
        List<EntityMention> objects = v.agentsAfter(by >= 0 ? by + 1 : objectFrom, 6, cues.get("skip.between"));
        if (objects.isEmpty() && subjects.size() >= 2 && !cues.is("meet.needs_with", w)
                && !hasDirectObject(v, verb + 1)) {
            meetings.add(v, verb, subjects, List.of(), 0.8); // "X and Y met"
        } else if (!subjects.isEmpty() && objects.size() >= 2 && gathering(v, objects.get(objects.size() - 1))) {
            List<EntityMention> everyone = new ArrayList<>(subjects); // "X hosted Y and Z for a summit": all met
            everyone.addAll(objects);
            meetings.add(v, verb, everyone, List.of(), 0.8);
        } else if (!subjects.isEmpty() && !objects.isEmpty()) {
            Meeting added = meetings.add(v, verb, subjects, objects, 0.85);
            if (added != null && objects.size() == 1 && standsIn(v, objects.get(0))) {
                meetings.open(v, verb, subjects, added); // "met the head of the group": who, said later
            }
        } else if (!subjects.isEmpty() && describesOnePerson(v, objectFrom)) {
            meetings.open(v, verb, subjects, null); // "received the visiting minister"
        }
    }

    /** "the visiting minister", "the Nigerian head of …": one person described, not named, right after a token. */
    private boolean describesOnePerson(SentenceView v, int from) {
        for (int i = from; i < v.size() && i < from + 5; i++) {
            if (cues.is("meet.officers", v.word(i))) {
                return true;
            }
            if (v.mention(i) != null || v.word(i).equals(",") || v.pos(i).equals("VERB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Received by X, the delegation (counted among them) A, B and C …": the host named after "by", the
     * guests in the main clause after the fronted phrase.
     */
    private void frontedPassive(SentenceView v, MeetingCollector meetings) {
        List<EntityMention> named = v.agentsAfter(2, 8, cues.get("skip.between"));
        if (named.isEmpty()) {
            return;
        }
        int comma = named.get(0).endToken();
        while (comma < v.size() && !v.word(comma).equals(",")) {
            comma++;
        }
        int end = comma;
        List<EntityMention> hosts = named.stream().filter(m -> m.endToken() <= end).toList();
        List<EntityMention> guests = v.agentsAfter(comma + 1, 12, groupSkip);
        if (!guests.isEmpty()) {
            meetings.add(v, 0, hosts, guests, 0.75);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** "… for a one-day summit", "… for talks": the guests came together to one meeting, not each on their own. */
    private boolean gathering(SentenceView v, EntityMention lastGuest) {
        int i = lastGuest.endToken();
        if (i >= v.size() || !v.word(i).equals("for")) {
            return false;
        }
        for (int k = i + 1; k < v.size() && k <= i + 4; k++) {
            if (cues.is("meet.nouns", v.word(k)) || cues.is("content.occasions", v.word(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X also attended the meeting": a named agent joins the meeting the article last reported, which the
     * definite noun refers back to. Attending with no earlier meeting names no counterpart and is nothing.
     */
    private void joinMeeting(SentenceView v, int verb, MeetingCollector meetings) {
        int noun = verb + 1 < v.size() && v.word(verb + 1).equals("part") ? verb + 2 : verb + 1;
        if (noun < v.size() && v.word(noun).equals("in")) {
            noun++;
        }
        if (v.word(verb).equals("took") && noun == verb + 1) {
            return; // "took the talks seriously"; only "took part in"
        }
        if (noun + 1 >= v.size() || !v.word(noun).equals("the") || !cues.is("meet.nouns", v.word(noun + 1))
                || blocked(v, verb)) {
            return;
        }
        List<EntityMention> joiners = v.agentsBefore(verb);
        if (!joiners.isEmpty()) {
            meetings.join(v, verb, joiners);
        }
    }

    /** "X was met at the airport by Y", "X was received by Y": the "by" of a passive, or -1. */
    private static int passiveBy(SentenceView v, int verb) {
        if (verb == 0 || !(v.word(verb - 1).equals("was") || v.word(verb - 1).equals("were")
                || v.word(verb - 1).equals("been"))) {
            return -1;
        }
        for (int i = verb + 1; i < v.size() && i <= verb + 7; i++) {
            if (v.word(i).equals("by")) {
                return i;
            }
            if (v.word(i).equals(",") || v.word(i).equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "X and Y met the press" is no meeting between X and Y: a noun phrase right after the verb is its
     * object. "X and Y met on Monday / in Accra / to discuss" has none.
     */
    private static boolean hasDirectObject(SentenceView v, int i) {
        if (i >= v.size()) {
            return false;
        }
        String pos = v.pos(i);
        return pos.equals("DET") || pos.equals("NOUN") || pos.equals("PRON") && !v.word(i).equals("it")
                || v.mention(i) != null && !v.type(v.mention(i)).isAgent();
    }

    /** The token after "with" (or "to") that follows a verb, allowing "by phone" in between, or -1. */
    private int afterWith(SentenceView v, int from) {
        for (int i = from; i < v.size() && i < from + 6; i++) {
            String w = v.word(i);
            if (w.equals("with") || w.equals("to")) {
                return i + 1;
            }
            boolean when = v.pos(i).equals("PROPN") || v.pos(i).equals("NUM") || cues.is("meet.noun_gap", w);
            if (!cues.is("skip.between", w) && !cues.is("phone", w) && !when) {
                return -1;
            }
        }
        return -1;
    }

    private void nounMeeting(SentenceView v, int noun, MeetingCollector meetings) {
        if (blocked(v, noun) || undoneAfter(v, noun)) {
            return;
        }
        int link = nounLink(v, noun);
        List<EntityMention> after = link < 0 ? List.of() : v.agentsAfter(link + 1, 6, cues.get("skip.between"));
        if (after.isEmpty()) { // no counterpart named after the noun ("a phone call on Monday")
            List<EntityMention> group = subjects(v, noun, meetings);
            List<EntityMention> subjects = group;
            if (group.size() < 2) {
                group = frontedGroup(v, noun); // "In a phone call on Monday, X and Y discussed ..."
            }
            if (group.size() >= 2) {
                meetings.add(v, noun, group, List.of(), 0.75);
            } else if (link >= 0 && v.word(link).equals("with") && !subjects.isEmpty()
                    && describesOnePerson(v, link + 1)) {
                meetings.open(v, noun, subjects, null); // "in a meeting with the head of the group": who, said later
            }
        } else if (v.word(link).equals("between") || v.word(link).equals("of")) {
            if (after.size() >= 2) {
                meetings.add(v, noun, after, List.of(), 0.8);
            }
        } else {
            List<EntityMention> subjects = subjects(v, noun, meetings);
            if (subjects.isEmpty()) {
                subjects = mainClauseSubject(v, after.get(after.size() - 1).endToken());
            }
            if (!subjects.isEmpty()) {
                Meeting added = meetings.add(v, noun, subjects, after, 0.8);
                if (added != null && after.size() == 1 && standsIn(v, after.get(0))) {
                    meetings.open(v, noun, subjects, added);
                }
            }
        }
    }

    /**
     * "the head of the Friendship Group": an organization reached through one of its officers, who stands in
     * for a person the article may name later.
     */
    private boolean standsIn(SentenceView v, EntityMention org) {
        int k = org.firstToken() - 1;
        if (k >= 0 && v.word(k).equals("the")) {
            k--;
        }
        return v.type(org) == EntityType.ORGANIZATION && k >= 1 && v.word(k).equals("of")
                && cues.is("meet.officers", v.word(k - 1));
    }

    /**
     * "X met the head of the group. … Y, for his part, said …": the person who speaks "for his part" right
     * after a meeting whose counterpart was left unnamed (or named only by the body they head) is that
     * counterpart. Someone already in the meeting, or a meeting whose counterpart is named, is left alone.
     */
    private void otherSide(SentenceView v, MeetingCollector meetings) {
        for (int i = 0; i + 2 < v.size(); i++) {
            if (v.word(i).equals("for") && cues.is("turn.owners", v.word(i + 1)) && v.word(i + 2).equals("part")) {
                EntityMention speaker = i >= 2 && v.word(i - 1).equals(",") ? v.mention(i - 2)
                        : i == 0 && i + 3 < v.size() && v.word(i + 3).equals(",") ? v.mention(i + 4) : null;
                if (speaker != null && speaker.kind() == EntityMention.Kind.NAME
                        && v.type(speaker) == EntityType.PERSON) {
                    meetings.close(v, speaker);
                }
                return;
            }
        }
    }

    /** "In a phone conversation with X, Y said ...": the subject comes after the fronted phrase's comma. */
    private List<EntityMention> mainClauseSubject(SentenceView v, int from) {
        for (int i = from; i + 1 < v.size() && i < from + 8; i++) {
            if (v.word(i).equals(",")) {
                return v.agentsAfter(i + 1, 6, cues.get("skip.between"));
            }
        }
        return List.of();
    }

    /**
     * Who acts: "the two sides" (the meeting in focus), else the agents right before the trigger, else for
     * "they" the group that opened the sentence before.
     */
    private List<EntityMention> subjects(SentenceView v, int trigger, MeetingCollector meetings) {
        boolean secondVerb = trigger > 1 && v.word(trigger - 1).equals("and") && v.firstVerb() < trigger - 1;
        if (v.pairPhrase(trigger - 8, trigger) >= 0 || secondVerb && v.pairPhrase(0, v.firstVerb()) >= 0) {
            return meetings.focusParticipants(v); // "the two sides discussed X and called for Y" too
        }
        if (secondVerb) {
            List<EntityMention> first = v.agentsBefore(v.firstVerb()); // "X welcomed Y and urged …": X urged
            if (!first.isEmpty()) {
                return first;
            }
        }
        List<EntityMention> before = v.agentsBefore(trigger);
        if (before.isEmpty() && v.sentence.index() > 0 && saysThey(v, trigger)) {
            SentenceView previous = new SentenceView(v.resolved, v.sentence.index() - 1, cues);
            List<EntityMention> group = previous.agentsBefore(previous.firstVerb());
            return group.isEmpty() ? previous.agentsAfter(0, previous.size(), cues.get("skip.between")) : group;
        }
        return before;
    }

    private static boolean saysThey(SentenceView v, int trigger) {
        for (int i = Math.max(0, trigger - 3); i < trigger; i++) {
            if (v.word(i).equals("they")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "called on the President to resign", "calls on the government of X to act": an infinitive right after the
     * addressee makes a call to act, never a visit or a call by phone (GUIDELINES.md): whether the trigger's
     * "on" is followed by an addressee (names, nouns and their modifiers, a list of them), "to" and a verb. An
     * adjunct ("at his office", "on Monday") ends the addressee first, so "called on X at his office to discuss
     * ties" stays a visit, and a time right after "on" ("a call on Tuesday to discuss") is no addressee.
     */
    boolean callsToAct(SentenceView v, int trigger) {
        if (trigger + 1 >= v.size() || !cues.is("meet.visit_links", v.word(trigger + 1))) {
            return false;
        }
        int from = trigger + 2;
        for (int i = from; i + 1 < v.size() && i < from + ADDRESSEE_WINDOW; i++) {
            if (v.word(i).equals("to")) {
                return i > from && startsVerb(v, i + 1);
            }
            boolean time = cues.is("time.words", v.word(i));
            if (i == from && time) {
                return false; // "a call on Tuesday to discuss": a date, no addressee
            }
            if (!time && v.mention(i) == null && !ADDRESSEE_TAGS.contains(v.pos(i)) && !v.word(i).equals("of")) {
                return false;
            }
        }
        return false;
    }

    /** A verb, or an adverb and then a verb ("to immediately release"). */
    private static boolean startsVerb(SentenceView v, int i) {
        int k = i < v.size() && v.pos(i).equals("ADV") ? i + 1 : i;
        return k < v.size() && v.pos(k).equals("VERB");
    }

    /**
     * True when the words before a trigger, in its clause, make it not a fact: a modal, future or plan
     * ("will meet", "is expected to meet"), negation, refusal or cancellation, or a call for it.
     */
    boolean blocked(SentenceView v, int trigger) {
        for (int i = 0; i < trigger; i++) {
            if (cues.is("block.sentence", v.word(i))) {
                return true;
            }
        }
        for (int i = trigger - 1; i >= 0 && i >= trigger - 5; i--) {
            String w = v.word(i);
            if (w.equals(",") || w.equals(";") || v.agentAt(i) != null) {
                break;
            }
            boolean near = onlyDeterminersBetween(v, i + 1, trigger);
            if ((w.equals("to") || w.equals("for")) && !near) {
                continue; // "travelled to Baku and met" — only "to meet" / "for a meeting" block
            }
            if (cues.is("block.before", w)) {
                return true;
            }
        }
        return presentAfterSubordinator(v, trigger);
    }

    /**
     * "when X meets Y", "when they meet", "once they hold talks": a meeting verb in the present after a
     * subordinator in its own clause tells what is to come, as news writes it. The subject between may be named.
     */
    private boolean presentAfterSubordinator(SentenceView v, int trigger) {
        int verb = trigger;
        if (!v.pos(trigger).equals("VERB")) { // a noun: "once they hold talks", "when they hold a meeting"
            for (int k = trigger - 1; k >= 0 && k >= trigger - 2; k--) {
                if (cues.is("light.verbs", v.word(k))) {
                    verb = k;
                }
            }
        }
        if (!v.pos(verb).equals("VERB") || !isPresent(v.word(verb))) {
            return false;
        }
        for (int i = verb - 1; i >= 0 && i >= verb - SUBORDINATOR_WINDOW; i--) {
            String w = v.word(i);
            if (w.equals(",") || w.equals(";") || v.pos(i).equals("VERB") && !w.endsWith("ing")) {
                return false; // another clause; "the visiting minister" is this one's subject
            }
            if (cues.is("block.subordinators", w)) {
                return true;
            }
        }
        return false;
    }

    /** "meets", "meet", "hold": a verb in the present, not "met", "received" or "meeting". */
    private boolean isPresent(String word) {
        return !word.endsWith("ed") && !word.endsWith("ing") && !cues.is("verbs.past_irregular", word);
    }

    private boolean onlyDeterminersBetween(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = v.word(k);
            if (!w.equals("a") && !w.equals("an") && !w.equals("the") && !v.pos(k).equals("ADV")
                    && !v.pos(k).equals("ADJ") && !cues.is("light.verbs", w)) {
                return false;
            }
        }
        return true;
    }

    private void findAppeals(SentenceView v, MeetingCollector meetings, List<Appeal> appeals) {
        for (int i = 0; i < v.size(); i++) {
            String w = v.word(i);
            Appeal nominal = cues.is("call.nouns", w) && v.pos(i).equals("NOUN") && i + 1 < v.size()
                    && v.word(i + 1).equals("for") ? nominalAppeal(v, i) : null;
            if (nominal != null) {
                addOnce(appeals, nominal);
                continue;
            }
            boolean headlineVerb = v.pos(i).equals("NOUN") && i > 0 && v.agentAt(i - 1) != null; // "Wanjiru calls for"
            if (!cues.is("call.verbs", w) || !v.pos(i).equals("VERB") && !headlineVerb || blocked(v, i)) {
                continue;
            }
            int next = i + 1;
            if (cues.is("call.needs_link", w)) {
                if (next >= v.size() || !cues.is("call.links", v.word(next))) {
                    continue;
                }
                next++;
            }
            addOnce(appeals, appeal(v, i, next, meetings));
        }
    }

    private Appeal appeal(SentenceView v, int trigger, int from, MeetingCollector meetings) {
        List<Integer> agents = new ArrayList<>();
        List<EntityMention> who = participial(v, trigger) ? v.sentenceSubject()
                : firstPerson(v, trigger) ? v.quoteSpeaker(trigger) : subjects(v, trigger, meetings);
        for (EntityMention m : who) {
            if (!agents.contains(m.entity())) {
                agents.add(m.entity());
            }
        }
        CallContent.Complement c = agents.isEmpty() ? null : callContent.complement(v, trigger, from);
        return c == null ? null : new Appeal(agents, c.content(), c.addressee(), v.sentence.index(), 0.8);
    }

    /**
     * "his call for X", "the UN's appeal for X": a call reported as a noun, made by the owner right before it
     * (a possessive pronoun resolved to a person, or a name with "'s"). Calls the owner only plans are
     * blocked as verbs are.
     */
    private Appeal nominalAppeal(SentenceView v, int noun) {
        int k = noun - 1;
        while (k >= 0 && (v.pos(k).equals("ADJ") || v.word(k).equals("renewed") || v.word(k).equals("repeated"))) {
            k--;
        }
        if (k < 0 || blocked(v, k + 1)) {
            return null;
        }
        EntityMention owner = v.word(k).equals("'s") ? v.mention(k - 1) : v.mention(k);
        boolean possessive = v.word(k).equals("'s") || v.word(k).equals("her")
                || cues.is("possessive.pronouns", v.word(k));
        if (owner == null || !possessive || !v.type(owner).isAgent()) {
            return null;
        }
        String content = callContent.content(v, noun + 2);
        return content == null ? null : new Appeal(List.of(owner.entity()), content, -1, v.sentence.index(), 0.7);
    }

    /** "I call on …", "We urge …": a call in the first person, made by whoever the quote is attributed to. */
    private static boolean firstPerson(SentenceView v, int trigger) {
        for (int i = trigger - 1; i >= 0 && i >= trigger - 2; i--) {
            if (v.word(i).equals("i") || v.word(i).equals("we")) {
                return true;
            }
        }
        return false;
    }

    /** ", calling for …": a participle after a comma belongs to the subject of the main clause. */
    private static boolean participial(SentenceView v, int trigger) {
        return trigger > 0 && v.word(trigger - 1).equals(",") && v.word(trigger).endsWith("ing");
    }

    /**
     * A call repeated (headline and body) by the same agents with the same content is one call, told in the
     * fuller of its two wordings ("ceasefire" in the headline, "a cease-fire in Ukraine" in the body).
     */
    static void addOnce(List<Appeal> appeals, Appeal a) {
        if (a == null) {
            return;
        }
        for (int k = 0; k < appeals.size(); k++) {
            Appeal old = appeals.get(k);
            if (new LinkedHashSet<>(old.agents()).equals(new LinkedHashSet<>(a.agents()))
                    && sameContent(old.content(), a.content())) {
                if (lettersOnly(a.content()).length() > lettersOnly(old.content()).length()) {
                    appeals.set(k, a);
                }
                return;
            }
        }
        appeals.add(a);
    }

    /** Whether two wordings tell the same call: the letters of one hold the other's ("ceasefire", "a cease-fire"). */
    static boolean sameContent(String x, String y) {
        String was = lettersOnly(x);
        String is = lettersOnly(y);
        return was.contains(is) || is.contains(was);
    }

    /** "ceasefire" in a headline and "a cease-fire" in the body are the same words. */
    private static String lettersOnly(String content) {
        return content.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
