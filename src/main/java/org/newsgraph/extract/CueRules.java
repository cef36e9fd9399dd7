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
 * The extract stage: meetings and public calls, sentence by sentence, from cue words
 * ({@code cues.tsv}) and the resolved mentions around them. Events that are planned, refused, denied or
 * hypothetical are recognised from the words before their trigger and never become facts.
 * Stateless; one instance serves all threads.
 */
final class CueRules {

    private final Cues cues;
    /** What may stand between a group and the members it lists: the usual words and the group's own. */
    private final Set<String> groupSkip;

    CueRules(Cues cues) {
        this.cues = cues;
        this.groupSkip = union(cues.get("skip.between"), cues.get("group.members"));
    }

    /** Extracts from one resolved article; {@code published} (may be null) anchors relative dates. */
    public Extraction extract(ResolvedText resolved, LocalDate published) {
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

    /** "Talks between X and Y were postponed": the clause after the noun undoes it. */
    boolean undoneAfter(SentenceView v, int noun) {
        for (int i = noun + 1; i < v.size() && i <= noun + 22; i++) {
            if (v.word(i).equals(";") || v.word(i).equals(".")) {
                return false;
            }
            if (cues.is("block.after", v.word(i)) && v.pos(i).equals("VERB")) {
                return true;
            }
        }
        return false;
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
        if (blocked(v, verb) || (cues.is("meet.needs_phone", w) && !hasPhoneCue(v))) {
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

    boolean hasPhoneCue(SentenceView v) {
        for (int i = 0; i < v.size(); i++) {
            if (cues.is("phone", v.word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who acts: "the two sides" (the meeting in focus), else the agents right before the trigger, else for
     * "they" the group that opened the sentence before.
     */
    private List<EntityMention> subjects(SentenceView v, int trigger, MeetingCollector meetings) {
        for (int i = Math.max(0, trigger - 8); i + 1 < trigger; i++) {
            if ((v.word(i).equals("two") || v.word(i).equals("both")) && cues.is("group.pairs", v.word(i + 1))) {
                return meetings.focusParticipants(v);
            }
        }
        if (trigger > 1 && v.word(trigger - 1).equals("and") && v.firstVerb() < trigger - 1) {
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
                return false;
            }
            boolean near = onlyDeterminersBetween(v, i + 1, trigger);
            if ((w.equals("to") || w.equals("for")) && !near) {
                continue; // "travelled to Baku and met" — only "to meet" / "for a meeting" block
            }
            if (cues.is("block.before", w)) {
                return true;
            }
        }
        return false;
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
        Complement c = agents.isEmpty() ? null : complement(v, trigger, from);
        return c == null ? null : new Appeal(agents, c.content(), c.addressee(), v.sentence.index(), 0.8);
    }

    /** What a call asks and of whom: its content and addressee (an entity index, or -1). */
    record Complement(String content, int addressee) {
    }

    /**
     * The complement of a call verb whose object starts at {@code from}: "for Y" gives the content Y,
     * "on X to Y" and "X to Y" give the addressee X and the content Y; "on X" with no "to" is no call.
     */
    Complement complement(SentenceView v, int trigger, int from) {
        int addressee = -1;
        int contentFrom = from;
        String link = v.word(from - 1);
        if (!link.equals("for")) {
            int to = infinitiveTo(v, from);
            if (to >= 0) {
                addressee = addresseeIn(v, from, to);
                if (addressee < 0) {
                    addressee = ownerOfMembers(v, trigger, from, to);
                }
                contentFrom = to + 1;
            } else if (link.equals("on") || link.equals("upon")) {
                return null;
            }
        }
        String content = content(v, contentFrom);
        return content == null ? null : new Complement(content, addressee);
    }

    /** The complement of a call trigger, past its link word where it needs one ("called for"), or null. */
    Complement complementOf(SentenceView v, int trigger) {
        int next = trigger + 1;
        if (cues.is("call.needs_link", v.word(trigger))) {
            if (next >= v.size() || !cues.is("call.links", v.word(next))) {
                return null;
            }
            next++;
        } else if (next < v.size() && (v.word(next).equals("with") || v.word(next).equals("for"))) {
            next++; // "pleaded with X to …", "pleaded for Y"
        }
        return next < v.size() ? complement(v, trigger, next) : null;
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
        boolean possessive = v.word(k).equals("'s") || v.word(k).equals("his") || v.word(k).equals("her")
                || v.word(k).equals("their");
        if (owner == null || !possessive || !v.type(owner).isAgent()) {
            return null;
        }
        String content = content(v, noun + 2);
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

    /** The "to" of "called on X to do Y": the first "to" followed by a verb, within the clause. */
    private static int infinitiveTo(SentenceView v, int from) {
        for (int i = from; i + 1 < v.size() && i < from + 25; i++) {
            if (v.word(i).equals(".") || v.word(i).equals(";")) {
                return -1;
            }
            if (v.word(i).equals("to") && v.pos(i + 1).equals("VERB")) {
                return i;
            }
        }
        return -1;
    }

    private static int addresseeIn(SentenceView v, int from, int to) {
        for (int i = to - 1; i >= from; i--) { // the last named one: "member states of the ECO" → ECO
            EntityMention m = v.mention(i);
            if (m != null) {
                return m.entity();
            }
        }
        return -1;
    }

    /** "urged its members to …": the members stand for the organization named last before the call. */
    private static int ownerOfMembers(SentenceView v, int trigger, int from, int to) {
        if (to - from < 2 || to - from > 3 || !v.word(from).equals("its") || !v.word(from + 1).startsWith("member")) {
            return -1;
        }
        for (int i = trigger - 1; i >= 0; i--) {
            EntityMention m = v.mention(i);
            if (m != null && v.type(m) == EntityType.ORGANIZATION) {
                return m.entity();
            }
        }
        return -1;
    }

    /** The content: from a token to the end of its clause (or of the quote it is in), without the punctuation. */
    private String content(SentenceView v, int from) {
        boolean quoted = insideQuote(v, from);
        int end = from;
        while (end < v.size()) {
            String w = v.word(end);
            if (w.equals(";") || quoted && w.equals("\"") || (w.equals(",") && end + 1 < v.size()
                    && (cues.is("content.stops", v.word(end + 1)) || v.pos(end + 1).equals("VERB")))
                    || end > from && atAMeeting(v, end)) {
                break;
            }
            end++;
        }
        while (end > from && isTrailingPunctuation(v.word(end - 1))) {
            end--;
        }
        if (end <= from) {
            return null;
        }
        String text = v.resolved.annotated().text();
        String content = text.substring(v.sentence.token(from).start(), v.sentence.token(end - 1).end());
        return DateFinder.withoutTrailingDate(content); // "early elections on Sunday": when, not what
    }

    private static boolean insideQuote(SentenceView v, int at) {
        int quotes = 0;
        for (int i = 0; i < at; i++) {
            if (v.word(i).equals("\"")) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /** "… at his meeting with X", "during talks with X", "on a Nairobi visit": where the call was made, not what. */
    private boolean atAMeeting(SentenceView v, int i) {
        if (!cues.is("content.setting", v.word(i))) {
            return false;
        }
        for (int k = i + 1; k < v.size() && k <= i + 3; k++) {
            if (cues.is("meet.nouns", v.word(k)) || cues.is("content.occasions", v.word(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTrailingPunctuation(String w) {
        return w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("...");
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
            String was = lettersOnly(old.content());
            String is = lettersOnly(a.content());
            if (new LinkedHashSet<>(old.agents()).equals(new LinkedHashSet<>(a.agents()))
                    && (was.contains(is) || is.contains(was))) {
                if (is.length() > was.length()) {
                    appeals.set(k, a);
                }
                return;
            }
        }
        appeals.add(a);
    }

    /** "ceasefire" in a headline and "a cease-fire" in the body are the same words. */
    private static String lettersOnly(String content) {
        return content.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Keeps one meeting per pair of participants in an article, and knows the meeting in focus. */
    static final class MeetingCollector {
        private final ResolvedText resolved;
        private final LocalDate published;
        private final Cues cues;
        private final List<Meeting> meetings = new ArrayList<>();
        /** The latest meeting whose counterpart the article has not named yet, or null. */
        private Open open;

        /** Where a meeting was told, who is known to be in it, and the body standing in for the rest. */
        private record Open(SentenceView view, int trigger, List<EntityMention> known, Meeting standIn) {
        }

        MeetingCollector(ResolvedText resolved, LocalDate published, Cues cues) {
            this.resolved = resolved;
            this.cues = cues;
            this.published = published;
        }

        List<Meeting> meetings() {
            return meetings;
        }

        /**
         * Adds a meeting of everyone on one side with everyone on the other (with no other side, of all with
         * all); returns it, or null when it told nothing new.
         */
        Meeting add(SentenceView v, int trigger, List<EntityMention> sideA, List<EntityMention> sideB, double conf) {
            List<Meeting.Pair> pairs = new ArrayList<>();
            if (sideB.isEmpty()) {
                for (int x = 0; x < sideA.size(); x++) {
                    for (int y = x + 1; y < sideA.size(); y++) {
                        pair(sideA.get(x).entity(), sideA.get(y).entity(), pairs);
                    }
                }
            } else {
                for (EntityMention a : sideA) {
                    for (EntityMention b : sideB) {
                        pair(a.entity(), b.entity(), pairs);
                    }
                }
            }
            double confidence = conf - (viaReference(sideA) || viaReference(sideB) ? 0.1 : 0);
            return addPairs(v, trigger, pairs, confidence);
        }

        /**
         * Adds a meeting of these pairs, told at a trigger; a pair already told lends the meeting that told
         * it the date or place it lacked. Returns the meeting, or null when every pair was told before.
         */
        Meeting addPairs(SentenceView v, int trigger, List<Meeting.Pair> candidates, double confidence) {
            int at = v.sentence.token(trigger).start() - v.sentence.start();
            DateFinder.Found date = DateFinder.nearest(v.sentence.text(), at, published);
            if (date == null && refersBack(v)) {
                date = DateFinder.nearest(resolved.annotated().sentences().get(v.sentence.index() - 1).text(), 0,
                        published);
            }
            List<Meeting.Pair> pairs = new ArrayList<>(candidates);
            List<Meeting.Pair> told = pairs.stream().filter(this::known).toList();
            if (!told.isEmpty()) {
                completeEarlier(told.get(0), date, place(v, trigger));
            }
            pairs.removeAll(told);
            if (pairs.isEmpty()) {
                return null;
            }
            Set<Integer> participants = new LinkedHashSet<>();
            for (Meeting.Pair p : pairs) {
                participants.add(p.a());
                participants.add(p.b());
            }
            Meeting m = new Meeting(List.copyOf(participants), pairs, v.sentence.index(),
                    date == null ? null : date.text(), date == null ? null : date.date(), place(v, trigger),
                    confidence);
            meetings.add(m);
            return m;
        }

        /**
         * "X made the remarks in a meeting with Y": the sentence goes on about the event of the sentence
         * before ("the remarks", "the agreement"), so it happened when that one says.
         */
        private boolean refersBack(SentenceView v) {
            if (v.sentence.index() == 0) {
                return false;
            }
            for (int i = 0; i + 1 < v.size(); i++) {
                if ((v.word(i).equals("the") || v.word(i).equals("these")) && cues.is("event.anaphors",
                        v.word(i + 1))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A meeting told again ("meets X in Ethiopia" in the headline, "met X on Wednesday in Addis Ababa" in the
         * body) is the same meeting: the earlier telling keeps its words and takes the date or place it lacked.
         */
        private void completeEarlier(Meeting.Pair pair, DateFinder.Found date, int place) {
            for (int k = 0; k < meetings.size(); k++) {
                Meeting m = meetings.get(k);
                if (m.pairs().contains(pair)) {
                    boolean addDate = m.dateText() == null && date != null;
                    boolean addPlace = m.place() < 0 && place >= 0;
                    if (addDate || addPlace) {
                        meetings.set(k, new Meeting(m.participants(), m.pairs(), m.sentence(),
                                addDate ? date.text() : m.dateText(), addDate ? date.date() : m.date(),
                                addPlace ? place : m.place(), m.confidence()));
                    }
                    return;
                }
            }
        }

        /** Notes a meeting of {@code known} with someone not named yet, told so far as {@code standIn} (or null). */
        void open(SentenceView v, int trigger, List<EntityMention> known, Meeting standIn) {
            open = new Open(v, trigger, known, standIn);
        }

        /**
         * The counterpart of the open meeting, named within two sentences: replaces the meeting with the
         * body that stood in for them, or adds it.
         */
        void close(SentenceView v, EntityMention counterpart) {
            Open o = open;
            open = null;
            if (o == null || v.sentence.index() - o.view().sentence.index() > 2
                    || o.known().stream().anyMatch(m -> m.entity() == counterpart.entity())) {
                return;
            }
            if (o.standIn() != null) {
                meetings.remove(o.standIn());
            }
            add(o.view(), o.trigger(), o.known(), List.of(counterpart), 0.7);
        }

        /** Adds agents to the latest meeting: each is paired with everyone already in it. */
        void join(SentenceView v, int trigger, List<EntityMention> joiners) {
            if (meetings.isEmpty()) {
                return;
            }
            add(v, trigger, joiners, participantsOf(meetings.get(meetings.size() - 1), v), 0.7);
        }

        private static void pair(int a, int b, List<Meeting.Pair> pairs) {
            if (a != b && !pairs.contains(Meeting.Pair.of(a, b))) {
                pairs.add(Meeting.Pair.of(a, b));
            }
        }

        private boolean known(Meeting.Pair p) {
            return meetings.stream().anyMatch(m -> m.pairs().contains(p));
        }

        private static boolean viaReference(List<EntityMention> side) {
            return side.stream().anyMatch(m -> m.kind() != EntityMention.Kind.NAME);
        }

        /**
         * Where: a location after "in" or "at" near the trigger ("in Accra", "in the Ghanaian capital of
         * Accra"), not one that owns something ("in Iraq 's north"). After the trigger the search runs to the
         * end of the meeting's clause ("welcomed A, B and C for a summit in Riyadh on Wednesday"), and stops
         * where a purpose or relative clause begins ("to discuss the war in Syria", "which …").
         */
        private int place(SentenceView v, int trigger) {
            for (int i = Math.max(0, trigger - 12); i + 1 < v.size() && i <= trigger + 20; i++) {
                if (i > trigger && clauseEnds(v, i)) {
                    return -1;
                }
                if (!v.word(i).equals("in") && !v.word(i).equals("at")) {
                    continue;
                }
                for (int k = i + 1; k < v.size() && k <= i + 5; k++) {
                    EntityMention m = v.mention(k);
                    if (m != null && m.kind() == EntityMention.Kind.NAME) {
                        boolean owner = m.endToken() < v.size() && v.word(m.endToken()).equals("'s");
                        if (v.type(m) == EntityType.LOCATION && !owner) {
                            return m.entity();
                        }
                        break;
                    }
                    if (!Character.isLowerCase(v.sentence.token(k).text().codePointAt(0))) {
                        break;
                    }
                }
            }
            return -1;
        }

        private static boolean clauseEnds(SentenceView v, int i) {
            String w = v.word(i);
            return w.equals(";") || w.equals("which") || w.equals("who") || w.equals("where")
                    || w.equals("to") && i + 1 < v.size() && v.pos(i + 1).equals("VERB")
                    || w.equals(",") && i + 1 < v.size() && v.pos(i + 1).equals("VERB");
        }

        /** A meeting's participants as mentions standing in the sentence that refers back to them. */
        private static List<EntityMention> participantsOf(Meeting m, SentenceView v) {
            return m.participants().stream()
                    .map(e -> new EntityMention(e, v.sentence.index(), 0, 0, 0, 0, EntityMention.Kind.DESCRIPTION))
                    .toList();
        }

        /** Participants of the latest meeting within the last two sentences: "the two sides". */
        List<EntityMention> focusParticipants(SentenceView v) {
            for (int k = meetings.size() - 1; k >= 0; k--) {
                Meeting m = meetings.get(k);
                if (v.sentence.index() - m.sentence() <= 2) {
                    return participantsOf(m, v);
                }
            }
            return List.of();
        }
    }
}
