package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.resolve.EntityMention;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedText;
import org.newsgraph.resolve.Role;

/**
 * The features the link models decide from: where the trigger stands against the mentions, the words, tags
 * and punctuation between them, intervening candidates, modality and quote cues, how each mention was
 * resolved, and (for calls and the opening's principals) whether the cue rules proposed the link. Pure
 * functions of the sentence; no model needed.
 */
final class LinkFeatures {

    /** Words between two mentions kept as single features; farther ones say only "long". */
    private static final int MAX_WORDS_BETWEEN = 10;
    /** Up to this many words between, their exact sequence is one feature ("and", ", the Iranian"). */
    private static final int MAX_SEQUENCE = 4;
    /** Words before a trigger searched for modality cues ("is expected to meet"). */
    private static final int MODALITY_WINDOW = 5;
    /** How far after a trigger its "with" or "between" may come ("held talks on Monday with"). */
    private static final int WITH_WINDOW = 6;
    /** Tokens that may stand before a trigger's object ("received the visiting Iranian minister X"). */
    private static final int OBJECT_GAP = 6;
    /** How far before a mention its governing preposition may stand: "of the visiting Iranian minister X". */
    private static final int GOVERNOR_WINDOW = 4;

    private final CueRules rules;
    private final Cues cues;

    LinkFeatures(CueRules rules, Cues cues) {
        this.rules = rules;
        this.cues = cues;
    }

    /**
     * Features of a meeting between the entities of {@code a} and {@code b} ({@code a} first), told at a trigger.
     * Not whether the cue rules proposed it: they were written while reading dev, and as features they taught the
     * model dev's phrasing (held out, dev scored 0.97 and the train articles 0.52; without them 0.86 and 0.53).
     */
    String[] meeting(SentenceView v, Lexicon.Trigger trigger, int t, EntityMention a, EntityMention b) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        String side = t < a.firstToken() ? "B" : t < b.firstToken() ? "M" : "A";
        f.add("tw=" + trigger.word());
        f.add("tf=" + trigger.frame());
        f.add("side=" + side);
        f.add("side_tf=" + side + "_" + trigger.frame());
        f.add("side_tw=" + side + "_" + trigger.word());
        int tDist = side.equals("B") ? a.firstToken() - t : side.equals("A") ? t - b.endToken() + 1 : 0;
        f.add("tdist=" + bucket(tDist));
        f.add("side_tdist=" + side + bucket(tDist));
        between(v, a.endToken(), b.firstToken(), "b", f);
        f.add("others=" + Math.min(2, agentsBetween(v, a.endToken(), b.firstToken(), a, b)));
        if (side.equals("M")) {
            f.add("others_a_t=" + Math.min(2, agentsBetween(v, a.endToken(), t, a, b)));
            f.add("others_t_b=" + Math.min(2, agentsBetween(v, t + 1, b.firstToken(), a, b)));
            f.add("with_t_b=" + hasWord(v, t + 1, b.firstToken(), "with"));
            f.add("and_t_b=" + hasWord(v, t + 1, b.firstToken(), "and"));
        }
        f.add("l1=" + word(v, a.firstToken() - 1));
        f.add("a1=" + word(v, a.endToken()));
        f.add("p2=" + word(v, b.firstToken() - 1));
        f.add("r2=" + word(v, b.endToken()));
        f.add("tl=" + word(v, t - 1));
        f.add("tr=" + word(v, t + 1));
        String object = object(v, t);
        f.add("tobj=" + object);
        f.add("side_tobj=" + side + "_" + object);
        f.add("tw_tobj=" + trigger.word() + "_" + object);
        f.add("types=" + type(v, a) + "_" + type(v, b));
        f.add("acts=" + actsFor(v, a) + "_" + actsFor(v, b));
        f.add("kinds=" + a.kind() + "_" + b.kind());
        modality(v, t, f);
        sentence(v, t, f);
        String roles = role(v, t, a, trigger) + role(v, t, b, trigger);
        f.add("roles=" + roles);
        f.add("reporters=" + reports(v, t, a) + "_" + reports(v, t, b));
        f.add("roles_tf=" + roles + "_" + trigger.frame());
        String owners = owners(v, a.entity(), b.entity());
        f.add("owners=" + owners);
        f.add("side_owners=" + side + "_" + owners);
        f.add("gov_a=" + governor(v, a));
        f.add("gov_b=" + governor(v, b));
        f.add("salience=" + salience(v, a.entity(), b.entity()));
        return f.toArray(String[]::new);
    }

    /**
     * How prominent two entities are in the article, the lesser first: named in its opening ("lead"), mentioned
     * more than once ("many") or once. A story's meetings are between the people it is about; a person named once
     * in passing ("the late X", "a former minister") is seldom a side of one.
     */
    private static String salience(SentenceView v, int a, int b) {
        String x = salience(v, a);
        String y = salience(v, b);
        return x.compareTo(y) <= 0 ? x + "_" + y : y + "_" + x;
    }

    private static String salience(SentenceView v, int entity) {
        int count = 0;
        for (EntityMention m : v.resolved.mentions()) {
            if (m.entity() == entity) {
                if (m.sentence() < Extractor.LEAD_SENTENCES) {
                    return "lead";
                }
                count++;
            }
        }
        return count > 1 ? "many" : "once";
    }

    /**
     * Whether two entities serve the same country or body by the roles the article states ("same": one side of
     * a meeting, most likely), different ones, or it does not say.
     */
    private static String owners(SentenceView v, int a, int b) {
        Set<Integer> ownA = ownersOf(v.resolved, a);
        Set<Integer> ownB = ownersOf(v.resolved, b);
        if (ownA.isEmpty() || ownB.isEmpty()) {
            return "unknown";
        }
        return ownA.stream().anyMatch(ownB::contains) ? "same" : "different";
    }

    /** The countries and bodies an entity's roles belong to; an organization stands for itself. */
    static Set<Integer> ownersOf(ResolvedText resolved, int entity) {
        Set<Integer> out = new HashSet<>();
        for (Role r : resolved.roles()) {
            if (r.person() == entity && r.roleOf() >= 0) {
                out.add(r.roleOf());
            }
        }
        if (resolved.entity(entity).type() == EntityType.ORGANIZATION) {
            out.add(entity);
        }
        return out;
    }

    /** Features of a meeting of two principals of the opening that a sentence tells as "the two sides". */
    String[] pairPhrase(SentenceView v, Lexicon.Trigger trigger, int t, int phrase, Extractor.LeadAgent x,
                        Extractor.LeadAgent y, boolean ruleInArticle) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("P_bias");
        f.add("P_tw=" + trigger.word());
        f.add("P_group=" + v.word(phrase + 1));
        f.add("P_side=" + (phrase < t ? "B" : "A"));
        f.add("P_types=" + (x.person() ? "PER" : "ORG") + "_" + (y.person() ? "PER" : "ORG"));
        f.add("P_headline=" + x.headline() + "_" + y.headline());
        f.add("P_subject=" + x.subject() + "_" + y.subject());
        f.add("P_mentions=" + bucket(Math.min(x.mentions(), y.mentions())));
        f.add("P_agents=" + Math.min(3, agentEntities(v)));
        f.add("P_owners=" + owners(v, x.entity(), y.entity()));
        f.add("P_rule_article=" + ruleInArticle);
        modality(v, t, f);
        return f.toArray(String[]::new);
    }

    /** Features of a link the cue rules found across sentences, with no mention of one side in this one. */
    String[] ruleOnly(SentenceView v) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("rule_only");
        sentence(v, 0, f);
        return f.toArray(String[]::new);
    }

    /** Features of the agent {@code m} making the call of a trigger. */
    String[] call(SentenceView v, Lexicon.Trigger trigger, int t, EntityMention m, boolean complement,
                  boolean ruleAgent) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        boolean before = m.endToken() <= t;
        String side = before ? "B" : "A";
        f.add("tw=" + trigger.word());
        f.add("tf=" + trigger.frame());
        f.add("next=" + word(v, t + 1));
        f.add("tw_next=" + trigger.word() + "_" + word(v, t + 1));
        f.add("side=" + side);
        f.add("side_tf=" + side + "_" + trigger.frame());
        int from = before ? m.endToken() : t + 1;
        int to = before ? t : m.firstToken();
        f.add("dist=" + bucket(to - from));
        between(v, from, to, "b", f);
        f.add("others=" + Math.min(2, agentsBetween(v, from, to, m, m)));
        f.add("subject=" + (m.firstToken() < v.firstVerb()));
        f.add("role=" + role(v, t, m, trigger));
        f.add("first_agent=" + isFirstAgent(v, m));
        f.add("kind=" + m.kind());
        f.add("type=" + type(v, m));
        f.add("acts=" + actsFor(v, m));
        f.add("l=" + word(v, m.firstToken() - 1));
        f.add("r=" + word(v, m.endToken()));
        f.add("tl=" + word(v, t - 1));
        f.add("m_quoted=" + v.insideQuote(m.firstToken()));
        f.add("gov=" + governor(v, m));
        f.add("lower_name=" + lowerCaseName(v, m));
        f.add("first_person=" + (t > 0 && (word(v, t - 1).equals("we") || word(v, t - 1).equals("i"))));
        f.add("participle=" + (t > 0 && word(v, t - 1).equals(",") && v.word(t).endsWith("ing")));
        f.add("complement=" + complement);
        modality(v, t, f);
        sentence(v, t, f);
        f.add("rule=" + ruleAgent);
        f.add("rule_side=" + ruleAgent + "_" + side);
        return f.toArray(String[]::new);
    }

    /**
     * Whether a mention after the trigger is who tells of it, at the end of the sentence ("…, a UN spokesman
     * said.", "…, said X."): the source of the news, not a side of the meeting.
     */
    private boolean reports(SentenceView v, int t, EntityMention m) {
        if (m.firstToken() <= t) {
            return false;
        }
        int after = m.endToken();
        return after < v.size() && cues.is("report.verbs", v.word(after)) && closes(v, after + 1)
                || m.firstToken() > 0 && cues.is("report.verbs", v.word(m.firstToken() - 1)) && closes(v, after);
    }

    /**
     * The preposition that governs a mention, past its determiners, adjectives and titles ("of" in "the head of
     * the WHO", "to" in "according to X", "for" in "support for the UN envoy's efforts"), or "none": a mention
     * inside a prepositional phrase is seldom who acts.
     */
    private static String governor(SentenceView v, EntityMention m) {
        for (int i = m.firstToken() - 1; i >= 0 && i >= m.firstToken() - GOVERNOR_WINDOW; i--) {
            String pos = v.pos(i);
            if (pos.equals("ADP")) {
                return v.word(i);
            }
            if (!pos.equals("DET") && !pos.equals("ADJ") && !pos.equals("PROPN") && !pos.equals("NUM")
                    || v.mention(i) != null) {
                return "none";
            }
        }
        return "none";
    }

    /** A body named in lower case ("urged the government to"): mostly whom a call is made of, seldom who makes it. */
    private static boolean lowerCaseName(SentenceView v, EntityMention m) {
        return m.kind() == EntityMention.Kind.NAME
                && Character.isLowerCase(v.sentence.token(m.firstToken()).text().codePointAt(0));
    }

    /** Whether the sentence ends at a token ("…, X said." but not "X said the talks went well"). */
    private static boolean closes(SentenceView v, int i) {
        return i >= v.size() || v.word(i).equals(".") || v.word(i).equals("\"") || v.word(i).equals("!");
    }

    /**
     * Where a mention stands to a trigger in the usual news order: S among the agents right before it (its
     * subject, with those joined by "and"), O among those right after it or after its "with", else "-".
     */
    private String role(SentenceView v, int t, EntityMention m, Lexicon.Trigger trigger) {
        if (m.endToken() <= t) {
            return v.agentsBefore(t).stream().anyMatch(x -> x.entity() == m.entity()) ? "S" : "-";
        }
        int from = t + 1;
        for (int i = from; i < v.size() && i < from + WITH_WINDOW; i++) {
            if (trigger.frame().equals("verb") && ownObject(v, i)) {
                break;
            }
            if (v.word(i).equals("with") || v.word(i).equals("between")
                    || v.word(i).equals("from") && cues.is("meet.from_nouns", v.word(i - 1))) {
                from = i + 1;
                break;
            }
        }
        return v.agentsAfter(from, OBJECT_GAP, cues.get("skip.between")).stream()
                .anyMatch(x -> x.entity() == m.entity()) ? "O" : "-";
    }

    /**
     * Whether a common noun at {@code i}, after a verb whose object is its counterpart ("met", "received"), is
     * the verb's own object, so that a "with" after it is not the verb's: "introduced the bill with X" (a
     * co-sponsor, no counterpart), unlike "met on Monday with X" or "discussed the issue with X" (a "with" verb).
     */
    private boolean ownObject(SentenceView v, int i) {
        return v.pos(i).equals("NOUN") && v.mention(i) == null && !cues.is("time.words", v.word(i))
                && !cues.is("skip.between", v.word(i)) && !isMeetingNoun(v, i) && !isMeetingNoun(v, i + 1);
    }

    /** "received a courtesy call from X": the noun is the meeting, not something else the verb took. */
    private boolean isMeetingNoun(SentenceView v, int i) {
        return i < v.size() && (cues.is("meet.nouns", v.word(i)) || cues.is("meet.from_nouns", v.word(i)));
    }

    /**
     * What follows a trigger, past determiners and modifiers: a person or organization (AGENT), a place (LOC),
     * a common noun and which ("met the press", "received a letter"), a preposition and which ("met with"),
     * a pronoun, or the clause's end.
     */
    private static String object(SentenceView v, int t) {
        for (int i = t + 1; i < v.size() && i <= t + OBJECT_GAP; i++) {
            EntityMention m = v.mention(i);
            if (m != null) {
                return v.type(m).isAgent() ? "AGENT" : "LOC";
            }
            String pos = v.pos(i);
            if (!pos.equals("DET") && !pos.equals("ADJ") && !pos.equals("ADV") && !pos.equals("NUM")) {
                return pos.equals("NOUN") ? "NOUN:" + v.word(i) : pos.equals("PRON") ? "PRON"
                        : pos.equals("ADP") ? "ADP:" + v.word(i)
                        : pos.equals("PUNCT") ? "PUNCT" : "OTHER";
            }
        }
        return "END";
    }

    private void modality(SentenceView v, int t, List<String> f) {
        f.add("blocked=" + rules.blocked(v, t));
        for (int i = t - 1; i >= 0 && i >= t - MODALITY_WINDOW; i--) {
            if (cues.is("block.before", v.word(i))) {
                f.add("mod=" + v.word(i));
            }
        }
        for (int i = 0; i < t; i++) {
            if (cues.is("block.sentence", v.word(i))) {
                f.add("denial");
                break;
            }
        }
    }

    private static void sentence(SentenceView v, int t, List<String> f) {
        f.add("headline=" + (v.sentence.index() == 0));
        f.add("t_quoted=" + v.insideQuote(t));
        f.add("agents=" + Math.min(4, agentEntities(v)));
    }

    /** The words from {@code from} to {@code to}: each one, their sequence when short, or "long". */
    private static void between(SentenceView v, int from, int to, String prefix, List<String> f) {
        int n = Math.max(0, to - from);
        f.add(prefix + "gap=" + bucket(n));
        if (n > MAX_WORDS_BETWEEN) {
            f.add(prefix + "long");
            return;
        }
        StringBuilder seq = new StringBuilder();
        boolean verb = false;
        for (int i = from; i < to; i++) {
            String w = word(v, i);
            f.add(prefix + "w=" + w);
            seq.append(w).append('_');
            verb |= v.pos(i).equals("VERB") && v.mention(i) == null;
        }
        f.add(prefix + "verb=" + verb);
        if (n <= MAX_SEQUENCE) {
            f.add(prefix + "seq=" + seq);
        }
    }

    private static boolean hasWord(SentenceView v, int from, int to, String word) {
        for (int i = from; i < to; i++) {
            if (v.word(i).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Agent mentions of other entities than {@code a} and {@code b} that start in [from, to). */
    private static int agentsBetween(SentenceView v, int from, int to, EntityMention a, EntityMention b) {
        int n = 0;
        for (int i = Math.max(0, from); i < to && i < v.size(); i++) {
            EntityMention m = v.agentAt(i);
            if (m != null && m.firstToken() == i && m.entity() != a.entity() && m.entity() != b.entity()) {
                n++;
            }
        }
        return n;
    }

    private static int agentEntities(SentenceView v) {
        return (int) v.mentions.stream()
                .filter(m -> v.type(m).isAgent()).mapToInt(EntityMention::entity).distinct().count();
    }

    private static boolean isFirstAgent(SentenceView v, EntityMention m) {
        for (int i = 0; i < m.firstToken(); i++) {
            if (v.agentAt(i) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * How an organization takes part: through people who act for it ("representatives of X", "a delegation from
     * X", "the X board": "REP"), or named alone ("ORG"); a person is "PER". GUIDELINES.md makes a body so
     * represented a side of a meeting, where a body named alone is mostly someone's employer.
     */
    private String actsFor(SentenceView v, EntityMention m) {
        if (v.type(m) == EntityType.PERSON) {
            return "PER";
        }
        int before = m.firstToken() - 1;
        if (before >= 0 && v.word(before).equals("the")) {
            before--;
        }
        boolean named = before >= 1 && (v.word(before).equals("of") || v.word(before).equals("from"))
                && cues.is("org.representatives", v.word(before - 1));
        boolean after = m.endToken() < v.size() && cues.is("org.representatives", v.word(m.endToken()));
        return named || after ? "REP" : "ORG";
    }

    private static String type(SentenceView v, EntityMention m) {
        return v.type(m) == EntityType.PERSON ? "PER" : "ORG";
    }

    /** A token's word for a feature: digits folded, mentions replaced by their type, edges marked. */
    private static String word(SentenceView v, int i) {
        if (i < 0) {
            return "<s>";
        }
        if (i >= v.size()) {
            return "</s>";
        }
        EntityMention m = v.mention(i);
        if (m != null) {
            return "@" + v.type(m);
        }
        return foldDigits(v.word(i));
    }

    /** "2024" and "1999" are the same word to the model. */
    private static String foldDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                StringBuilder b = new StringBuilder(w);
                for (int k = i; k < b.length(); k++) {
                    if (Character.isDigit(b.charAt(k))) {
                        b.setCharAt(k, '#');
                    }
                }
                return b.toString();
            }
        }
        return w;
    }

    private static String bucket(int n) {
        return n <= 3 ? Integer.toString(n) : n <= 6 ? "4-6" : n <= 10 ? "7-10" : "11+";
    }
}
