package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * First-person pronouns inside a quotation stand for whoever the quote is attributed to: "We are calling for
 * talks," Ana Ruiz said, makes "We" Ana Ruiz. The speaker is a person or organization next to a speech verb right
 * after the closing quote ("…," X said / said X / it said) or right before the opening one (X said: "…"). A quote
 * may run over several sentences of a paragraph; one still open at the end of a paragraph goes on in the next
 * paragraph when that opens with a quote (the news convention for a long quote), and shares its speaker. A
 * quote that names no speaker shortly after an attributed one goes on with that speaker; others are left alone.
 */
final class QuoteSpeakers {

    private static final String QUOTE = "\"";
    /** How far after a closing quote its speech verb may stand: `," Kenyan Foreign Minister Ana Ruiz said`. */
    private static final int AFTER_WINDOW = 8;
    /** How far before an opening quote the speech verb may stand: `X said in a statement: "`. */
    private static final int BEFORE_WINDOW = 6;

    /**
     * How many sentences after the last attributed quote a quote with no speaker of its own still goes on with
     * that speaker: news quotes one person over several paragraphs and names them once.
     */
    private static final int FOLLOW_ON_SENTENCES = 4;

    private final AnnotatedText text;
    private final MentionIndex index;
    private final Set<String> firstPerson;
    private final Set<String> speechVerbs;

    QuoteSpeakers(Gazetteer gazetteer, AnnotatedText text, MentionIndex index) {
        this.text = text;
        this.index = index;
        this.firstPerson = gazetteer.coreferenceWords("pronouns.first");
        this.speechVerbs = gazetteer.coreferenceWords("speech.verbs");
    }

    /** A stretch of one quote inside one sentence: tokens [from, to). */
    private record Segment(int sentence, int from, int to) {
    }

    /** One quotation: its segments, where it opened and closed (token index in the sentence, or -1). */
    private static final class Quote {
        final List<Segment> segments = new ArrayList<>();
        int openSentence;
        int openToken;
        int closeSentence = -1;
        int closeToken = -1;
        /** The quote of the next paragraph that goes on with this one, when this one was left open. */
        Quote continuedBy;
    }

    /** Adds a pronoun mention for each first-person pronoun of an attributed quote to the index. */
    void find() {
        int lastSpeaker = -1;
        int lastSentence = Integer.MIN_VALUE;
        for (Quote q : quotes()) {
            int speaker = speaker(q);
            if (speaker < 0 && q.openSentence - lastSentence <= FOLLOW_ON_SENTENCES) {
                speaker = lastSpeaker; // a quote on its own goes on with the speaker just quoted
            }
            if (speaker < 0) {
                continue;
            }
            lastSpeaker = speaker;
            lastSentence = q.segments.isEmpty() ? q.openSentence : q.segments.get(q.segments.size() - 1).sentence();
            for (Segment seg : q.segments) {
                Sentence s = text.sentences().get(seg.sentence());
                for (int i = seg.from(); i < seg.to(); i++) {
                    if (isFirstPerson(s.token(i)) && index.at(s.index(), i) == null) {
                        index.add(new EntityMention(speaker, s.index(), i, i + 1, s.token(i).start(),
                                s.token(i).end(), EntityMention.Kind.PRONOUN));
                    }
                }
            }
        }
    }

    private List<Quote> quotes() {
        List<Quote> out = new ArrayList<>();
        Quote open = null;
        Quote dangling = null; // left open at the end of the paragraph before
        for (Sentence s : text.sentences()) {
            boolean paragraphStart = startsParagraph(s);
            if (paragraphStart && open != null) {
                dangling = open;
                open = null;
            } else if (paragraphStart) {
                dangling = null;
            }
            int from = 0;
            for (int i = 0; i < s.size(); i++) {
                if (!s.token(i).norm().equals(QUOTE)) {
                    continue;
                }
                if (open == null) {
                    open = new Quote();
                    open.openSentence = s.index();
                    open.openToken = i;
                    if (dangling != null && i == 0 && paragraphStart) {
                        dangling.continuedBy = open;
                    }
                    dangling = null;
                    out.add(open);
                    from = i + 1;
                } else {
                    open.segments.add(new Segment(s.index(), from, i));
                    open.closeSentence = s.index();
                    open.closeToken = i;
                    open = null;
                }
            }
            if (open != null) {
                open.segments.add(new Segment(s.index(), from, s.size()));
            }
        }
        return out;
    }

    private boolean startsParagraph(Sentence s) {
        if (s.index() == 0) {
            return true;
        }
        Sentence before = text.sentences().get(s.index() - 1);
        return text.text().substring(before.end(), s.start()).contains("\n");
    }

    /** The quote's speaker, or that of the quote it goes on in; -1 when none is told. */
    private int speaker(Quote q) {
        for (Quote part = q; part != null; part = part.continuedBy) {
            int speaker = part.closeSentence >= 0 ? after(part.closeSentence, part.closeToken) : -1;
            if (speaker < 0) {
                speaker = before(part.openSentence, part.openToken);
            }
            if (speaker >= 0) {
                return speaker;
            }
            if (part.closeSentence >= 0) {
                return -1; // closed without a speaker: what follows is another quote
            }
        }
        return -1;
    }

    /** `…," X said`, `…," said X`, `…," Kenyan Foreign Minister X told reporters`. */
    private int after(int sentence, int close) {
        Sentence s = text.sentences().get(sentence);
        for (int k = close + 1; k < s.size() && k <= close + AFTER_WINDOW; k++) {
            String w = s.token(k).norm();
            if (w.equals(QUOTE) || w.equals(".")) {
                return -1;
            }
            if (isSpeechVerb(s.token(k)) && index.at(sentence, k) == null) {
                int subject = agentAt(sentence, k - 1);
                return subject >= 0 ? subject : agentAt(sentence, k + 1);
            }
        }
        return -1;
    }

    /** `X said: "…`, `said X, "…`, `X said in a statement: "…`. */
    private int before(int sentence, int open) {
        Sentence s = text.sentences().get(sentence);
        for (int k = open - 1; k >= 0 && k >= open - BEFORE_WINDOW; k--) {
            if (isSpeechVerb(s.token(k))) {
                int subject = k > 0 ? agentAt(sentence, k - 1) : -1;
                return subject >= 0 ? subject : agentAt(sentence, k + 1);
            }
        }
        return -1;
    }

    private int agentAt(int sentence, int token) {
        EntityMention m = token < text.sentences().get(sentence).size() ? index.at(sentence, token) : null;
        return m == null ? -1 : agent(m);
    }

    private int agent(EntityMention m) {
        return index.isAgent(m.entity()) ? m.entity() : -1;
    }

    private boolean isSpeechVerb(Token t) {
        return speechVerbs.contains(t.norm().toLowerCase());
    }

    /** "I", "we", "our"…; not "US", the country written in capitals. */
    private boolean isFirstPerson(Token t) {
        String w = t.text();
        boolean capitals = w.length() > 1 && w.equals(w.toUpperCase());
        return !capitals && firstPerson.contains(w.toLowerCase()) && (!w.equalsIgnoreCase("i") || w.equals("I"));
    }
}
