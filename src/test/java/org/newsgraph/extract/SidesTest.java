package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.ResolvedText;
import org.newsgraph.resolve.Role;

/** Pairs that follow from who is on which side, on hand-tagged sentences: no NER, POS or link model involved. */
class SidesTest {

    private final Lexicon lexicon = Lexicon.english();
    private final Sides sides = new Sides(lexicon, lexicon.cues(),
            new Modality(new CueRules(lexicon.cues(), new CallContent(lexicon)), lexicon.cues()));

    private static final String[] VISIT = {
        "[Luis Vega]PERSON met/VERB [Ana Torres]PERSON in/ADP [Caracas]LOCATION ./PUNCT",
        "[Luis Vega]PERSON was/AUX received/VERB by/ADP [Marta Gil]PERSON and/CCONJ held/VERB talks/NOUN"
            + " with/ADP [Ana Torres]PERSON ./PUNCT"};

    /** The accepted pairs after the sides are completed, as "A — B" in label order. */
    private static TreeSet<String> complete(Sides sides, ResolvedText r, Map<Integer, List<String[]>> accepted) {
        Map<Integer, Map<Meeting.Pair, Scored>> pairs = new LinkedHashMap<>();
        accepted.forEach((sentence, list) -> list.forEach(p -> pairs.computeIfAbsent(sentence, k -> new LinkedHashMap<>())
                .put(Meeting.Pair.of(entity(r, p[0]), entity(r, p[1])), new Scored(1, 0.9))));
        sides.complete(r, List.of(), pairs, 0.7);
        TreeSet<String> out = new TreeSet<>();
        pairs.values().forEach(m -> m.keySet().forEach(p -> {
            String a = r.entity(p.a()).label();
            String b = r.entity(p.b()).label();
            out.add(a.compareTo(b) < 0 ? a + " — " + b : b + " — " + a);
        }));
        return out;
    }

    private static int entity(ResolvedText r, String label) {
        for (int i = 0; i < r.entities().size(); i++) {
            if (r.entity(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label);
    }

    /** The article with roles: each "person=owner" gives the person a minister's role of that country. */
    private static ResolvedText withRoles(ResolvedText r, String... roles) {
        List<Role> out = new java.util.ArrayList<>();
        for (String spec : roles) {
            String[] p = spec.split("=");
            out.add(new Role(entity(r, p[0]), "Minister", entity(r, p[1]), 0));
        }
        return new ResolvedText(r.annotated(), r.entities(), r.mentions(), out);
    }

    private static Map<Integer, List<String[]>> visitPairs() {
        return Map.of(0, List.<String[]>of(new String[] {"Luis Vega", "Ana Torres"}),
                1, List.of(new String[] {"Luis Vega", "Marta Gil"}, new String[] {"Marta Gil", "Ana Torres"}));
    }

    @Test
    void twoHostsOfOneCountryWhoBothMetTheVisitorAreNotPairedWithEachOther() {
        ResolvedText r = withRoles(Tagged.article(VISIT[0] + " [Venezuela]LOCATION [Trinidad]LOCATION ./PUNCT", VISIT[1]),
                "Ana Torres=Venezuela", "Marta Gil=Venezuela", "Luis Vega=Trinidad");

        assertEquals(new TreeSet<>(List.of("Ana Torres — Luis Vega", "Luis Vega — Marta Gil")),
                complete(sides, r, visitPairs()));
    }

    @Test
    void threePeopleOfOneCountryWhoMetKeepEveryPair() {
        ResolvedText r = withRoles(Tagged.article(VISIT[0] + " [Venezuela]LOCATION ./PUNCT", VISIT[1]),
                "Ana Torres=Venezuela", "Marta Gil=Venezuela", "Luis Vega=Venezuela");

        assertEquals(new TreeSet<>(List.of("Ana Torres — Luis Vega", "Ana Torres — Marta Gil", "Luis Vega — Marta Gil")),
                complete(sides, r, visitPairs()));
    }

    /** The pairs after completion when the model took only {@code a} — {@code b} at the sentence's {@code trigger}. */
    private TreeSet<String> afterTaking(String spec, String trigger, String a, String b) {
        return afterTaking(spec, trigger, new String[][] {{a, b}});
    }

    /** The sentence's pairs after the sides are completed, where the model took {@code taken} at the trigger. */
    private TreeSet<String> afterTaking(String spec, String trigger, String[][] taken) {
        ResolvedText r = Tagged.sentence(spec);
        SentenceView v = new SentenceView(r, 0, lexicon.cues());
        int t = 0;
        while (!v.word(t).equals(trigger)) {
            t++;
        }
        Map<Integer, Map<Meeting.Pair, Scored>> pairs = new LinkedHashMap<>();
        for (String[] p : taken) {
            pairs.computeIfAbsent(0, k -> new LinkedHashMap<>()).put(Meeting.Pair.of(entity(r, p[0]), entity(r, p[1])),
                    new Scored(t, 0.9));
        }
        sides.complete(r, List.of(), pairs, 0.7);
        TreeSet<String> out = new TreeSet<>();
        pairs.values().forEach(m -> m.keySet().forEach(p -> out.add(r.entity(p.a()).label() + " — "
                + r.entity(p.b()).label())));
        return out;
    }

    @Test
    void everyoneOfAListAcrossTheTriggerMeetsWhomTheModelPairedWithOneOfThem() {
        assertEquals(new TreeSet<>(List.of("Luis Vega — Ana Torres", "Luis Vega — Marta Gil", "Luis Vega — Carlos Ortega")),
                afterTaking("[Luis Vega]PERSON met/VERB [Ana Torres]PERSON ,/PUNCT [Marta Gil]PERSON and/CCONJ"
                        + " [Carlos Ortega]PERSON ./PUNCT", "met", "Luis Vega", "Ana Torres"));
    }

    @Test
    void namesJoinedByCommasAloneAreNoList() {
        assertEquals(new TreeSet<>(List.of("Luis Vega — Ana Torres")),
                afterTaking("[Luis Vega]PERSON met/VERB [Ana Torres]PERSON ,/PUNCT [Marta Gil]PERSON said/VERB ./PUNCT",
                        "met", "Luis Vega", "Ana Torres"));
    }

    @Test
    void aListOnTheSameSideOfTheTriggerAsTheOtherIsNotCompleted() {
        assertEquals(new TreeSet<>(List.of("Luis Vega — Ana Torres")),
                afterTaking("[Luis Vega]PERSON ,/PUNCT [Ana Torres]PERSON and/CCONJ [Marta Gil]PERSON met/VERB"
                        + " reporters/NOUN ./PUNCT", "met", "Luis Vega", "Ana Torres"));
    }

    @Test
    void aListOfTitledNamesWithABodyInsideATitleIsOneList() {
        assertEquals(new TreeSet<>(List.of("Ana Torres — Luis Vega", "Carlos Ortega — Luis Vega",
                        "Marta Gil — Luis Vega")),
                afterTaking("Ambassador/PROPN of/ADP [Peru]LOCATION [Ana Torres]PERSON ,/PUNCT Head/PROPN of/ADP"
                        + " the/DET [Chilean Embassy]ORGANIZATION in/ADP [Lima]LOCATION [Marta Gil]PERSON and/CCONJ"
                        + " Consul/PROPN [Carlos Ortega]PERSON met/VERB [Luis Vega]PERSON ./PUNCT",
                        "met", "Marta Gil", "Luis Vega"));
    }

    @Test
    void theListOfWhoAccompaniedAPrincipalIsNotCompletedAcrossTheTrigger() {
        assertEquals(new TreeSet<>(List.of("Luis Vega — Ana Torres")),
                afterTaking("[Luis Vega]PERSON was/AUX accompanied/VERB by/ADP [Ana Torres]PERSON ,/PUNCT"
                        + " [Marta Gil]PERSON and/CCONJ [Carlos Ortega]PERSON ./PUNCT", "accompanied",
                        "Luis Vega", "Ana Torres"));
    }

    @Test
    void aListGoesOnOverALowerCaseTitle() {
        assertEquals(new TreeSet<>(List.of("Luis Vega — Ana Torres", "Luis Vega — Carlos Ortega", "Luis Vega — Marta Gil")),
                afterTaking("[Luis Vega]PERSON met/VERB [Ana Torres]PERSON ,/PUNCT home/NOUN affairs/NOUN minister/NOUN"
                        + " [Marta Gil]PERSON and/CCONJ [Carlos Ortega]PERSON ./PUNCT", "met", "Luis Vega", "Ana Torres"));
    }

    @Test
    void aListOfNamesEndedByAnUnnamedGroupIsAList() {
        assertEquals(new TreeSet<>(List.of("Luis Vega — Ana Torres", "Luis Vega — Marta Gil")),
                afterTaking("[Luis Vega]PERSON met/VERB [Ana Torres]PERSON ,/PUNCT [Marta Gil]PERSON and/CCONJ"
                        + " representatives/NOUN of/ADP farmers/NOUN ./PUNCT", "met", "Luis Vega", "Ana Torres"));
    }

    @Test
    void attendeesJoinTheSideTheirTitlesTellAndMeetTheOtherSide() {
        ResolvedText tagged = Tagged.article(
                "[Luis Vega]PERSON received/VERB [Ana Torres]PERSON ./PUNCT [Peru]LOCATION",
                "[Marta Gil]PERSON and/CCONJ [Carlos Ortega]PERSON also/ADV attended/VERB ./PUNCT");
        List<Role> roles = List.of(new Role(entity(tagged, "Luis Vega"), "President", -1, 0),
                new Role(entity(tagged, "Ana Torres"), "Minister", entity(tagged, "Peru"), 0),
                new Role(entity(tagged, "Marta Gil"), "Foreign Minister", -1, 1),
                new Role(entity(tagged, "Carlos Ortega"), "Ambassador", entity(tagged, "Peru"), 1));
        ResolvedText r = new ResolvedText(tagged.annotated(), tagged.entities(), tagged.mentions(), roles);
        Map<Integer, Map<Meeting.Pair, Scored>> pairs = new LinkedHashMap<>();
        pairs.computeIfAbsent(0, k -> new LinkedHashMap<>())
                .put(Meeting.Pair.of(entity(r, "Luis Vega"), entity(r, "Ana Torres")), new Scored(1, 0.9));
        pairs.computeIfAbsent(1, k -> new LinkedHashMap<>()) // the model paired an attendee with her own president
                .put(Meeting.Pair.of(entity(r, "Marta Gil"), entity(r, "Luis Vega")), new Scored(4, 0.7));
        Entourages.Entourage attended = new Entourages.Entourage(1, 4, Entourages.BY_OWNER,
                List.of(entity(r, "Marta Gil"), entity(r, "Carlos Ortega")));

        sides.complete(r, List.of(attended), pairs, 0.7);

        TreeSet<String> out = new TreeSet<>();
        pairs.get(1).keySet().forEach(p -> {
            String a = r.entity(p.a()).label();
            String b = r.entity(p.b()).label();
            out.add(a.compareTo(b) < 0 ? a + " — " + b : b + " — " + a);
        });
        assertEquals(new TreeSet<>(List.of("Ana Torres — Marta Gil", "Carlos Ortega — Luis Vega",
                "Carlos Ortega — Marta Gil")), out);
    }
}
