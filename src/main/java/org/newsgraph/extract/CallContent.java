package org.newsgraph.extract;

import java.util.Set;

import org.newsgraph.resolve.EntityMention;
import org.newsgraph.resolve.EntityType;

/**
 * What a call asks and of whom: the span of its content, from the trigger's complement to the end of its
 * clause or quote (without the setting, "at his meeting with X", or a trailing date), and the addressee
 * named between a call verb and its "to".
 */
final class CallContent {

    /** Most words of the addressee between "pressed" and its "to": "pressed the state governor to". */
    private static final int OBJECT_SPAN = 5;
    /** What an addressee between "pressed" and its "to" is made of: a noun phrase. */
    private static final Set<String> ADDRESSEE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "PRON");
    /** Most adverbs and negations between "to" and its verb: "to not forcibly return". */
    private static final int SPLIT_INFINITIVE = 2;
    /** Tags of the word after "to" that say it opens no infinitive: "to the", "to them", "to 2025". */
    private static final Set<String> NOT_VERBS = Set.of("DET", "PRON", "NUM", "PROPN", "ADJ");

    private final Lexicon lexicon;
    private final Cues cues;

    CallContent(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.cues = lexicon.cues();
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
        if (!link.equals("for") && !(link.equals("to") && opensVerb(v, from))) { // "calling to release X"
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
        if (pleadsInCourt(v, trigger)) {
            return null;
        }
        int next = pastWhen(v, trigger + 1);
        if (cues.is("call.needs_link", v.word(trigger))) {
            if (next >= v.size() || !cues.is("call.links", v.word(next))) {
                return cues.is("call.object_too", v.word(trigger)) ? objectComplement(v, trigger, next) : null;
            }
            next++;
        } else if (next < v.size() && (v.word(next).equals("with") || v.word(next).equals("for"))) {
            next++; // "pleaded with X to …", "pleaded for Y"
        }
        return next < v.size() ? complement(v, trigger, next) : null;
    }

    /** "pleaded guilty", "pleaded not guilty", "pleads no contest": a plea in court, not a public call. */
    private boolean pleadsInCourt(SentenceView v, int trigger) {
        int i = trigger + 1;
        if (i < v.size() && (v.word(i).equals("not") || v.word(i).equals("no"))) {
            i++;
        }
        return i < v.size() && cues.is("call.court_pleas", v.word(i));
    }

    /**
     * "pressed the governor to reinstate funds": a verb that otherwise needs its link, with its addressee right after
     * it and then the infinitive (at most {@value #OBJECT_SPAN} words, no verb between); else null.
     */
    private Complement objectComplement(SentenceView v, int trigger, int from) {
        int to = from;
        while (to < v.size() && to - from <= OBJECT_SPAN && ADDRESSEE_TAGS.contains(v.pos(to))) {
            to++;
        }
        if (to == from || to + 1 >= v.size() || !v.word(to).equals("to") || !lowerCaseWord(v, to + 1)) {
            return null;
        }
        String content = content(v, to + 1);
        return content == null ? null : new Complement(content, addresseeIn(v, from, to));
    }

    /** A word in lower case that is no determiner, pronoun or number: "reinstate" (which a tagger may call a noun). */
    private static boolean lowerCaseWord(SentenceView v, int i) {
        String w = v.sentence.token(i).norm();
        return Character.isLowerCase(w.codePointAt(0)) && !NOT_VERBS.contains(v.pos(i));
    }

    /** Past the words of when or how that may stand between a call verb and its link: "called Friday for", "called on Monday for", "urged again". */
    private int pastWhen(SentenceView v, int i) {
        while (i < v.size()) {
            if (cues.is("call.link_gap", v.word(i))) {
                i++;
            } else if (v.word(i).equals("on") && i + 1 < v.size() && cues.is("call.link_gap", v.word(i + 1))) {
                i += 2;
            } else {
                return i;
            }
        }
        return i;
    }

    /** The "to" of "called on X to do Y": the first "to" followed by a verb, within the clause. */
    private static int infinitiveTo(SentenceView v, int from) {
        for (int i = from; i + 1 < v.size() && i < from + 25; i++) {
            if (v.word(i).equals(".") || v.word(i).equals(";")) {
                return -1;
            }
            if (v.word(i).equals("to") && (opensVerb(v, i + 1) || lowerCaseWord(v, i + 1) && v.pos(i + 1).equals("NOUN"))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a verb starts at a token, past adverbs and a negation: "to cease", "to be", "to immediately cease",
     * "to not forcibly return".
     */
    private static boolean opensVerb(SentenceView v, int i) {
        int k = i;
        while (k + 1 < v.size() && k < i + SPLIT_INFINITIVE && (v.pos(k).equals("ADV") || v.pos(k).equals("PART")
                && !v.word(k).equals("to"))) {
            k++;
        }
        return v.pos(k).equals("VERB") || v.pos(k).equals("AUX");
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
    String content(SentenceView v, int from) {
        boolean quoted = v.insideQuote(from);
        int end = from;
        while (end < v.size()) {
            String w = v.word(end);
            if (w.equals(";") || quoted && w.equals("\"") || (w.equals(",") && end + 1 < v.size()
                    && (cues.is("content.stops", v.word(end + 1)) || v.pos(end + 1).equals("VERB"))
                    && !isCoordination(v, end + 1))
                    || end > from && (atAMeeting(v, end) || nextCall(v, end))) {
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

    /** "urged both sides to put learners first and appealed to Parliament to …": "and" opens a second call. */
    private boolean nextCall(SentenceView v, int i) {
        if (!v.word(i).equals("and")) {
            return false;
        }
        int k = i + 1 < v.size() && v.pos(i + 1).equals("ADV") ? i + 2 : i + 1; // "and also urged"
        return k < v.size() && v.pos(k).equals("VERB") && lexicon.trigger(Lexicon.Relation.CALL, v.word(k)) != null;
    }

    /** ", as well as" (content.coordination): the content goes on with another thing called for, not a new clause. */
    private boolean isCoordination(SentenceView v, int i) {
        return v.phraseAt(i, cues.get("content.coordination")) > 0;
    }

    private static boolean isTrailingPunctuation(String w) {
        return w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("...");
    }
}
