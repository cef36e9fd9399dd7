package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.resolve.EntityMention;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedText;

/** Keeps one meeting per pair of participants in an article, and knows the meeting in focus. */
final class MeetingCollector {
    /** The headline and the first sentences, where a story says when it happened. */
    private static final int STORY_OPENING = 3;

    private final ResolvedText resolved;
    private final LocalDate published;
    private final Cues cues;
    private final List<Meeting> meetings = new ArrayList<>();
    /** The dates and places of the article's opening, once a meeting needs them. */
    private Opening opening;
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
        if (date == null) {
            date = storyDate(v.sentence.index());
        }
        List<Meeting.Pair> pairs = new ArrayList<>(candidates);
        List<Meeting.Pair> told = pairs.stream().filter(this::known).toList();
        boolean remote = v.says("meet.remote"); // by phone or video: no place
        int place = remote ? -1 : place(v, trigger);
        if (!told.isEmpty()) {
            completeEarlier(told.get(0), date, place);
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
        if (place < 0 && !remote) {
            place = storyPlace(v.sentence.index());
        }
        Meeting m = new Meeting(List.copyOf(participants), pairs, v.sentence.index(),
                date == null ? null : date.text(), date == null ? null : date.date(), place, confidence);
        meetings.add(m);
        return m;
    }

    /**
     * The date the opening of the article gives its story ("… met on Tuesday"): a meeting told later with no
     * date of its own is, in news, most often the story's event told again or in more detail. The meeting's
     * own sentence is left out (searched already).
     */
    private DateFinder.Found storyDate(int own) {
        return firstOutside(own, opening().dates());
    }

    /**
     * Where the opening of the article places its story: the first "in" or "at" a place there, or -1. The
     * meeting's own sentence is left out: its place was sought clause by clause, and one in a purpose clause
     * ("to discuss the fighting in X") is no place of the meeting.
     */
    private int storyPlace(int own) {
        Integer place = firstOutside(own, opening().places());
        return place == null ? -1 : place;
    }

    private static <T> T firstOutside(int own, List<T> bySentence) {
        for (int s = 0; s < bySentence.size(); s++) {
            if (s != own && bySentence.get(s) != null) {
                return bySentence.get(s);
            }
        }
        return null;
    }

    /** The first date and the first place of each sentence of the opening (null where none), read once. */
    private record Opening(List<DateFinder.Found> dates, List<Integer> places) {
    }

    private Opening opening() {
        if (opening == null) {
            List<DateFinder.Found> dates = new ArrayList<>();
            List<Integer> places = new ArrayList<>();
            for (int s = 0; s < Math.min(STORY_OPENING, resolved.annotated().sentences().size()); s++) {
                SentenceView v = new SentenceView(resolved, s, cues);
                dates.add(DateFinder.nearest(v.sentence.text(), 0, published));
                places.add(firstPlace(v));
            }
            opening = new Opening(dates, places);
        }
        return opening;
    }

    private static Integer firstPlace(SentenceView v) {
        for (int i = 0; i < v.size(); i++) {
            int place = placeAfter(v, i);
            if (place >= 0) {
                return place;
            }
        }
        return null;
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
            int place = placeAfter(v, i);
            if (place >= 0) {
                return place;
            }
        }
        return -1;
    }

    /** The place right after "in" or "at" at token {@code i}, past lower-case words, or -1. */
    private static int placeAfter(SentenceView v, int i) {
        if (!v.word(i).equals("in") && !v.word(i).equals("at")) {
            return -1;
        }
        for (int k = i + 1; k < v.size() && k <= i + 5; k++) {
            EntityMention m = v.mention(k);
            if (m != null && m.kind() == EntityMention.Kind.NAME) {
                boolean owner = m.endToken() < v.size() && v.word(m.endToken()).equals("'s");
                return v.type(m) == EntityType.LOCATION && !owner ? m.entity() : -1;
            }
            if (!Character.isLowerCase(v.sentence.token(k).text().codePointAt(0))) {
                return -1;
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

    /**
     * "The two sides": the participants of the latest meeting told up to this sentence, however far back (a story's
     * later paragraphs return to its meeting).
     */
    List<EntityMention> focusParticipants(SentenceView v) {
        for (int k = meetings.size() - 1; k >= 0; k--) {
            if (meetings.get(k).sentence() <= v.sentence.index()) {
                return participantsOf(meetings.get(k), v);
            }
        }
        return List.of();
    }
}
