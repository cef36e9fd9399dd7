package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.resolve.EntityMention;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedText;
import org.newsgraph.resolve.Role;
import org.newsgraph.resolve.Titles;

/** One sentence seen through its mentions: who stands where, and what a token says, in lower case. */
final class SentenceView {

    /** Words between a body and the person who stands for it: "an EU delegation headed by its chief, X". */
    private static final Set<String> DELEGATION = Set.of("delegation", "delegations", "headed", "led", "by", "its",
            "their", "'s", "team", "mission");

    /** Punctuation that opens a list of names after a common noun: "three ministers: A, B and C". */
    private static final Set<String> LIST_OPENERS = Set.of(":", "-"); // a dash's norm is "-"

    /** Tokens a parenthesised aside after a name may hold: "(Mali)", "(R-Ohio)", "(Central African Republic)". */
    private static final int MAX_ASIDE = 5;

    final Sentence sentence;
    final ResolvedText resolved;
    private final Cues cues;
    private final EntityMention[] mentionAt;
    /** The sentence's mentions, in text order. */
    final List<EntityMention> mentions;
    /** Its agents, computed once: candidates, principals and calls all ask for them. */
    private List<EntityMention> agents;

    SentenceView(ResolvedText resolved, int index, Cues cues) {
        this.resolved = resolved;
        this.cues = cues;
        this.sentence = resolved.annotated().sentences().get(index);
        this.mentionAt = new EntityMention[sentence.size()];
        List<EntityMention> named = resolved.mentionsIn(index);
        this.mentions = named.stream().map(m -> leaderBehindBody(m, named)).toList();
        for (EntityMention m : mentions) {
            for (int t = m.firstToken(); t < m.endToken() && t < mentionAt.length; t++) {
                mentionAt[t] = m;
            }
        }
    }

    int size() {
        return sentence.size();
    }

    /** Whether a word of the sentence is one of a cue list's ("phone", "meet.remote"). */
    boolean says(String cue) {
        for (int i = 0; i < size(); i++) {
            if (cues.is(cue, word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Farmers' Union president has called for …": a body followed by a title the article gives one person
     * of that body (with no name after it among the sentence's mentions, {@code named}) is that person, the one
     * who acts.
     */
    private EntityMention leaderBehindBody(EntityMention body, List<EntityMention> named) {
        int t = pastAside(body.endToken()); // "the Farmers' Union (FU) president"
        if (resolved.entity(body.entity()).type() != EntityType.ORGANIZATION || t >= sentence.size()
                || !Titles.isTitleHead(sentence.token(t).norm())
                || named.stream().anyMatch(m -> m.firstToken() == t + 1)) {
            return body;
        }
        String title = sentence.token(t).norm().toLowerCase(Locale.ROOT);
        int holder = -1;
        for (Role r : resolved.roles()) {
            String[] words = r.title().toLowerCase(Locale.ROOT).split(" ");
            if (r.roleOf() == body.entity() && words[words.length - 1].equals(title)) {
                if (holder >= 0 && holder != r.person()) {
                    return body; // two holders: which one acts is not said
                }
                holder = r.person();
            }
        }
        return holder < 0 ? body : new EntityMention(holder, sentence.index(), body.firstToken(), t + 1, body.start(),
                sentence.token(t).end(), EntityMention.Kind.DESCRIPTION);
    }

    String word(int i) {
        return sentence.token(i).norm().toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return sentence.token(i).pos();
    }

    EntityMention mention(int i) {
        return i >= 0 && i < mentionAt.length ? mentionAt[i] : null;
    }

    EntityType type(EntityMention m) {
        return resolved.entity(m.entity()).type();
    }

    /** Mentions of people and organizations that can act, in text order (not "his" in "his counterpart"). */
    List<EntityMention> agents() {
        if (agents == null) {
            List<EntityMention> out = new ArrayList<>();
            for (EntityMention m : mentions) {
                if (m.firstToken() < size() && agentAt(m.firstToken()) == m) {
                    out.add(m);
                }
            }
            agents = List.copyOf(out);
        }
        return agents;
    }

    /**
     * A mention that can take part in a meeting or call: a person or organization, and not a possessive
     * pronoun ("his counterpart" is about the counterpart).
     */
    EntityMention agentAt(int i) {
        EntityMention m = mention(i);
        if (m == null || !type(m).isAgent()) {
            return null;
        }
        if (m.kind() == EntityMention.Kind.PRONOUN && (cues.is("possessive.pronouns", word(i))
                || word(i).equals("her") && i + 1 < size() && isNominal(i + 1))) {
            return null; // possessive: "his counterpart" is about the counterpart ("received her" is not)
        }
        return officerOf(m) ? null : m;
    }

    /**
     * "the head of the World Health Organization (WHO)": a name in brackets right after a name of the same
     * entity restates it, and what is said of that name holds for it; else null.
     */
    private EntityMention restated(EntityMention m) {
        int open = m.firstToken() - 1;
        if (open < 1 || !word(open).equals("(")) {
            return null;
        }
        EntityMention before = mention(open - 1);
        return before != null && before != m && before.entity() == m.entity() ? before : null;
    }

    /**
     * "met with the head of the Teachers Union": a body after one of its officers and "of" is where the officer
     * comes from; the officer, unnamed there, is who acts (GUIDELINES.md: an unresolved participant is left out).
     */
    private boolean officerOf(EntityMention m) {
        EntityMention restated = restated(m);
        if (restated != null) {
            return officerOf(restated);
        }
        int of = ofBefore(m);
        return type(m) == EntityType.ORGANIZATION && m.kind() == EntityMention.Kind.NAME && of > 0
                && cues.is("meet.officers", word(of - 1));
    }

    /** Where the "of" or "of the" right before a mention stands, or -1. */
    private int ofBefore(EntityMention m) {
        int k = m.firstToken() - 1;
        if (k >= 0 && word(k).equals("the")) {
            k--;
        }
        return k >= 0 && word(k).equals("of") ? k : -1;
    }

    /** The speaker a quote is attributed to: the agent after its closing quote ("…," X said) or before it. */
    List<EntityMention> quoteSpeaker(int inside) {
        for (int i = inside; i < size(); i++) {
            if (word(i).equals("\"")) {
                for (int k = i + 1; k < size() && k <= i + 10; k++) {
                    if (agentAt(k) != null) {
                        return List.of(agentAt(k));
                    }
                }
                break;
            }
        }
        return List.of();
    }

    /** The agents that open the sentence: its grammatical subject in the usual news order. */
    List<EntityMention> sentenceSubject() {
        for (int i = 0; i < size(); i++) {
            if (agentAt(i) != null) {
                return List.of(agentAt(i));
            }
            if (pos(i).equals("VERB")) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * The first "two" or "both" before a word for a pair of parties ("the two sides", "both leaders"), the two
     * words within [from, to); or -1.
     */
    int pairPhrase(int from, int to) {
        for (int i = Math.max(0, from); i + 1 < Math.min(to, size()); i++) {
            if ((word(i).equals("two") || word(i).equals("both")) && cues.is("group.pairs", word(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    /** The first verb of the sentence, where its subject ends in the usual news order; the size if none. */
    int firstVerb() {
        for (int i = 0; i < size(); i++) {
            if (pos(i).equals("VERB") && mention(i) == null) {
                return i;
            }
        }
        return size();
    }

    private boolean isNominal(int i) {
        String p = pos(i);
        return p.equals("NOUN") || p.equals("ADJ") || p.equals("PROPN") || p.equals("NUM");
    }

    /** Whether a token stands inside a quotation: an odd number of straight quotes before it. */
    boolean insideQuote(int at) {
        int quotes = 0;
        for (int i = 0; i < at && i < size(); i++) {
            if (word(i).equals("\"")) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    boolean isClauseBreak(int i) {
        String w = word(i);
        return w.equals(";") || w.equals(":");
    }

    /** The agents right before a token: the nearest one and those joined to it by "and" or commas. */
    List<EntityMention> agentsBefore(int token) {
        List<EntityMention> out = new ArrayList<>();
        int i = token - 1;
        EntityMention nearest = null;
        for (; i >= 0 && !isClauseBreak(i); i--) {
            nearest = agentAt(i);
            if (nearest != null) {
                break;
            }
        }
        if (nearest == null) {
            return out;
        }
        out.add(nearest);
        EntityMention current = nearest;
        while (true) {
            EntityMention prev = coordinatedBefore(current, out.size() > 1);
            if (prev == null) {
                return out;
            }
            out.add(0, prev);
            current = prev;
        }
    }

    /** An agent joined to {@code m} by "and" (or, once a list has begun, a comma), with no verb in between. */
    private EntityMention coordinatedBefore(EntityMention m, boolean inList) {
        boolean joined = false;
        for (int i = m.firstToken() - 1; i >= 0; i--) {
            EntityMention a = agentAt(i);
            boolean owner = a != null && a.endToken() < size() && word(a.endToken()).equals("'s");
            if (a != null && a.entity() != m.entity() && !owner && !groupOfPeople(a, m)) {
                return joined ? a : null; // "the Region 's Minister X": an owner, go on
            }
            String w = word(i);
            if (w.equals("and") || w.equals("&") || w.equals(",") && inList) {
                joined = true;
            } else if (pos(i).equals("VERB") || isClauseBreak(i)) {
                return null;
            }
        }
        return null;
    }

    /** "envoys of the ICC, A and B": the organization the listed people come from, not a party beside them. */
    private boolean groupOfPeople(EntityMention a, EntityMention listed) {
        return type(a) == EntityType.ORGANIZATION && type(listed) == EntityType.PERSON && ofBefore(a) >= 0
                && a.endToken() < size() && word(a.endToken()).equals(",");
    }

    /**
     * Agents right after a token: the first one, and the list joined to it ("X, Prime Minister Y, and Z",
     * "X of the U.K. and Y of the Netherlands"). Only determiners, modifiers, titles and the words of
     * {@code skip.between} may stand before each ("his Ghanaian counterpart X", "the interim sports minister,
     * X"), so "received a letter from X" names no counterpart.
     */
    List<EntityMention> agentsAfter(int token, int maxGap, Set<String> skippable) {
        List<EntityMention> out = new ArrayList<>();
        boolean and = false;
        int i = token;
        while (true) {
            EntityMention a = nextAgent(i, maxGap, skippable);
            if (a == null) {
                break;
            }
            out.add(personBehindOwner(a));
            i = skipOrigin(personBehindOwner(a).endToken());
            if (i >= size() || !(word(i).equals("and") || word(i).equals(",") || listJoinAt(i) > 0)) {
                break;
            }
            while (i < size() && (word(i).equals("and") || word(i).equals(",") || listJoinAt(i) > 0)) {
                int join = listJoinAt(i);
                and |= word(i).equals("and") || join > 0;
                i += Math.max(1, join);
            }
        }
        // commas alone do not make a list: "with X, Y said ..." puts Y in the next clause
        return and || out.size() < 2 ? out : out.subList(0, 1);
    }

    /** How many tokens of a phrase that joins one more to a list start at {@code i} ("as well as"), or 0. */
    private int listJoinAt(int i) {
        return phraseAt(i, cues.get("list.joins"));
    }

    /** How many tokens one of the phrases (words split by spaces, lower case) takes from {@code i} on, or 0. */
    int phraseAt(int i, Set<String> phrases) {
        for (String phrase : phrases) {
            String[] words = phrase.split(" ");
            int k = 0;
            while (k < words.length && i + k < size() && word(i + k).equals(words[k])) {
                k++;
            }
            if (k == words.length) {
                return k;
            }
        }
        return 0;
    }

    private EntityMention nextAgent(int from, int maxGap, Set<String> skippable) {
        int gap = 0;
        for (int i = from; i < size() && gap <= maxGap; i++) {
            EntityMention a = agentAt(i);
            if (a == null) {
                a = bodyNamedByPlace(i);
            }
            if (a == null) {
                a = leaderOfPlace(i);
            }
            if (a != null) {
                return a;
            }
            boolean appositionComma = word(i).equals(",") && i > from && (Titles.isTitleWord(sentence.token(i - 1).norm())
                    || skippable.contains(word(i - 1)) || titleBetween(from, i));
            if (!appositionComma && !mayStandBefore(i, skippable) && !joinsTitleWords(i) && !modifiesTitle(i)) {
                return null;
            }
            if (!capitalised(i) || gap == 0) {
                gap++; // a long capitalised title ("Minister of Foreign Affairs and Trade") counts as one step
            }
        }
        return null;
    }

    /** A common noun before a title, as in "parliament speaker X" or "opposition leader X" (not "the press", "a letter from X"). */
    private boolean modifiesTitle(int i) {
        return pos(i).equals("NOUN") && i + 1 < size() && Titles.isTitleWord(sentence.token(i + 1).norm());
    }

    /** "and" or "&" inside a capitalised title: "Minister of Foreign Affairs and Trade X". */
    private boolean joinsTitleWords(int i) {
        return (word(i).equals("and") || word(i).equals("&")) && i > 0 && i + 1 < size()
                && capitalised(i - 1) && capitalised(i + 1) && mention(i - 1) == null && mention(i + 1) == null;
    }

    private boolean capitalised(int i) {
        return Character.isUpperCase(sentence.token(i).text().codePointAt(0));
    }

    /**
     * "met the Kenya board": a place followed by a governing body stands for the one organization of the
     * article whose name holds that place ("Kenya Rugby Union"); with none or several, nothing.
     */
    private EntityMention bodyNamedByPlace(int i) {
        EntityMention place = mention(i);
        if (place == null || i != place.firstToken() || type(place) != EntityType.LOCATION
                || place.endToken() >= size() || !cues.is("org.bodies", word(place.endToken()))) {
            return null;
        }
        String name = " " + resolved.entity(place.entity()).label() + " ";
        int org = -1;
        for (int e = 0; e < resolved.entities().size(); e++) {
            if (resolved.entity(e).type() == EntityType.ORGANIZATION
                    && (" " + resolved.entity(e).label() + " ").contains(name)) {
                if (org >= 0) {
                    return null;
                }
                org = e;
            }
        }
        int end = place.endToken() + 1;
        return org < 0 ? null : new EntityMention(org, sentence.index(), i, end, place.start(),
                sentence.token(end - 1).end(), EntityMention.Kind.DESCRIPTION);
    }

    /**
     * "the leaders of Ghana and Togo": each place after a leader noun and "of" (and those listed with it)
     * stands for the one person the article gives a head-of-state or government title of that place.
     */
    private EntityMention leaderOfPlace(int i) {
        EntityMention place = mention(i);
        if (place == null || i != place.firstToken() || type(place) != EntityType.LOCATION) {
            return null;
        }
        int k = i - 1;
        while (k > 0 && (word(k).equals("and") || word(k).equals(",") || word(k).equals("the")
                || mention(k) != null && type(mention(k)) == EntityType.LOCATION)) {
            k--;
        }
        if (k < 1 || !word(k).equals("of") || !cues.is("leader.nouns", word(k - 1))) {
            return null;
        }
        int leader = -1;
        for (Role r : resolved.roles()) {
            if (r.roleOf() == place.entity() && isLeaderTitle(r.title())) {
                if (leader >= 0 && leader != r.person()) {
                    return null;
                }
                leader = r.person();
            }
        }
        return leader < 0 ? null : new EntityMention(leader, sentence.index(), i, place.endToken(), place.start(),
                place.end(), EntityMention.Kind.DESCRIPTION);
    }

    private boolean isLeaderTitle(String title) {
        for (String w : title.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (cues.is("leader.titles", w)) {
                return true;
            }
        }
        return false;
    }

    /** "Deputy Prime Minister of the Kurdistan Region, X": a title, then where it belongs, then the name. */
    private boolean titleBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (word(k).equals(",")) {
                return false;
            }
            if (Titles.isTitleWord(sentence.token(k).norm()) && mention(k) == null) {
                return true;
            }
        }
        return false;
    }

    /** Past a short aside in parentheses that starts at {@code i}: "(Mali)", "(R-Ohio)", "(FU)"; else {@code i}. */
    private int pastAside(int i) {
        if (i < size() && word(i).equals("(")) {
            for (int k = i + 1; k < size() && k <= i + MAX_ASIDE; k++) {
                if (word(k).equals(")")) {
                    return k + 1;
                }
                if (pos(k).equals("VERB")) {
                    break;
                }
            }
        }
        return i;
    }

    /** Past an aside ("(Mali)") and "of the U.K." or "of Kenya" after a name: where a person is from, not a new party. */
    private int skipOrigin(int i) {
        i = pastAside(i); // "X (Mali), Y (Chad)"
        if (i + 1 < size() && word(i).equals("of")) {
            int k = word(i + 1).equals("the") ? i + 2 : i + 1;
            EntityMention m = mention(k);
            if (m != null && type(m) == EntityType.LOCATION) {
                return m.endToken();
            }
        }
        return i;
    }

    private boolean mayStandBefore(int i, Set<String> skippable) {
        String p = pos(i);
        boolean participle = p.equals("VERB") && word(i).endsWith("ed"); // "jailed opposition leader X"
        boolean leaderOf = cues.is("leader.nouns", word(i)) && i + 1 < size() && word(i + 1).equals("of");
        return skippable.contains(word(i)) || participle || leaderOf || introducesList(i) || introducesList(i + 1)
                || p.equals("DET") || p.equals("ADJ") || p.equals("PROPN")
                || p.equals("NUM") || p.equals("ADV") || mention(i) != null
                || Titles.isTitleWord(sentence.token(i).norm())
                || Character.isUpperCase(sentence.token(i).text().codePointAt(0)); // "Infrastructure Minister"
    }

    /**
     * A colon or dash after a common noun, opening the list of who it is: "met three ministers: A, B and C",
     * "meetings with ministers – A, B and C".
     */
    private boolean introducesList(int i) {
        return i > 0 && i < size() && LIST_OPENERS.contains(word(i)) && pos(i - 1).equals("NOUN")
                && mention(i - 1) == null;
    }

    /** "the AU 's chief Moussa Diallo" or "Kenya 's NSC secretary Joseph Kamau": prefer the person named. */
    private EntityMention personBehindOwner(EntityMention org) {
        if (type(org) != EntityType.ORGANIZATION) {
            return org;
        }
        for (int i = org.endToken(); i < size() && i < org.endToken() + 9; i++) {
            EntityMention m = mention(i);
            if (m != null && m.entity() != org.entity()) {
                return type(m) == EntityType.PERSON && m.kind() != EntityMention.Kind.PRONOUN ? m : org;
            }
            boolean transparent = Titles.isTitleWord(sentence.token(i).norm()) || DELEGATION.contains(word(i));
            if (!transparent && (word(i).equals("and") || pos(i).equals("VERB") || word(i).equals(",")
                    && !Titles.isTitleWord(sentence.token(i - 1).norm()))) {
                return org;
            }
        }
        return org;
    }
}
