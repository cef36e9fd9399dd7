package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Groups candidates into entities: one entity per real-world referent in the article. Longer names are
 * placed first, so a surname ("Wanjiru"), a trailing part ("Kurdistan Region") or an acronym ("PUK") joins
 * the full name it abbreviates; the entity's type is the one its mentions vote for.
 */
final class Clusterer {

    private static final double PERSON_CUE_WEIGHT = 0.75;
    /** How sure a person is whose full name follows a title, however its lone surname was typed elsewhere. */
    private static final double TITLED_CONFIDENCE = 0.7;
    /** The headline and the sentences that open an article, where its main people are introduced. */
    private static final int OPENING_SENTENCES = 4;
    private static final Set<String> SKIP_IN_ACRONYM = Set.of("of", "and", "the", "for", "on", "in", "to", "&");
    /** At most this many letters of one word go into an acronym ("Napnuk": "Na" of "National"). */
    private static final int MAX_LETTERS_PER_WORD = 3;
    /** An acronym not written in capitals ("Napnuk") has at least this many letters... */
    private static final int MIN_WORD_ACRONYM = 4;
    /** ...and the name it stands for at least this many words besides function words. */
    private static final int MIN_WORD_ACRONYM_WORDS = 3;
    /** A family name this long may be spelt one letter apart and still be the same ("Kowalik", "Kovalik"). */
    private static final int MIN_VARIANT_FAMILY_NAME = 5;

    /** An entity under construction. */
    static final class Cluster {
        final List<Candidate> members = new ArrayList<>();
        final Map<EntityType, Double> votes = new EnumMap<>(EntityType.class);
        final Set<String> forms = new LinkedHashSet<>();
        final Set<String> keys = new LinkedHashSet<>();
        String longest;
        Gazetteer.Known known;
        final Set<String> acronyms = new LinkedHashSet<>();

        /** A full name with a title of office in front ("Mayor Ana Diaz"): a person, whatever lone surnames vote. */
        boolean titledFullName;

        EntityType type() {
            if (known != null) {
                return known.type();
            }
            if (titledFullName) {
                return EntityType.PERSON;
            }
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        double confidence() {
            EntityType t = type();
            double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
            double best = members.stream().filter(c -> c.type() == t).mapToDouble(Candidate::probability).max()
                    .orElse(0.5);
            double agreed = Math.min(1.0, best * (total == 0 ? 1 : votes.getOrDefault(t, 0.0) / total));
            return titledFullName ? Math.max(agreed, TITLED_CONFIDENCE) : agreed;
        }

        String canonical() {
            return known != null ? known.canonical() : longest;
        }
    }

    private final AnnotatedText text;

    Clusterer(AnnotatedText text) {
        this.text = text;
    }

    List<Cluster> cluster(List<Candidate> candidates, Map<String, String> acronymToName) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        // declared aliases come last, so the name they stand for already has its entity
        Comparator<Candidate> aliasesLast = Comparator.comparing(
                c -> acronymToName.containsKey(Names.key(c.text(sentence(c), text.text()))));
        ordered.sort(aliasesLast.thenComparing(Comparator.comparingInt(Candidate::length).reversed())
                .thenComparingInt(Candidate::sentence).thenComparingInt(Candidate::first));
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> byKey = new HashMap<>();
        for (Candidate c : ordered) {
            String form = c.text(sentence(c), text.text());
            String key = Names.key(form);
            Cluster target = byKey.get(key);
            if (target == null && acronymToName.containsKey(key)) {
                target = byKey.get(acronymToName.get(key));
            }
            if (target == null) {
                target = byKey.get(ofForm(key));
            }
            if (target == null && c.known() != null) {
                target = byKey.get(Names.key(c.known().canonical()));
            }
            if (target == null) {
                target = partOf(c, key, clusters);
            }
            if (target == null) {
                target = personByGivenName(c, key, clusters);
                if (target != null && c.type() != EntityType.PERSON) { // "the Kamau administration": Otieno Kamau's
                    c = new Candidate(c.sentence(), c.first(), c.end(), EntityType.PERSON, c.probability(), null,
                            c.titleStart(), c.personCue(), c.label());
                }
            }
            if (target == null) {
                target = bodyByHeadWord(c, key, clusters);
            }
            if (target == null) {
                target = new Cluster();
                target.longest = form;
                clusters.add(target);
            }
            add(target, c, form, key, byKey);
        }
        return clusters;
    }

    private void add(Cluster target, Candidate c, String form, String key, Map<String, Cluster> byKey) {
        target.members.add(c);
        // a title in front ("Secretary-General Ana Lúcia Moreira") is stronger evidence of a person than the model
        double weight = c.titleStart() >= 0 && c.type() == EntityType.PERSON ? 1.0 : 0.0;
        target.titledFullName |= weight > 0 && c.length() >= 2;
        target.votes.merge(surnameOfPerson(target, c, key) ? EntityType.PERSON : c.type(), c.probability() + weight,
                Double::sum);
        if (c.personCue() && c.known() == null) {
            target.votes.merge(EntityType.PERSON, PERSON_CUE_WEIGHT, Double::sum);
        }
        target.forms.add(form);
        target.keys.add(key);
        byKey.putIfAbsent(key, target);
        String bare = withoutLowerCasePlaceWord(form);
        if (bare != null) { // "Tarandi province" is also called "Tarandi"
            target.forms.add(bare);
            target.keys.add(Names.key(bare));
            byKey.putIfAbsent(Names.key(bare), target);
        }
        if (c.known() != null && target.known == null && !acronymOfOtherName(target, c, form)) {
            target.known = c.known();
            byKey.putIfAbsent(Names.key(c.known().canonical()), target);
        }
    }

    /**
     * A lone word the model typed otherwise that ends the full name of a person already in the cluster ("Kettunen"
     * after "Masa Kettunen"): it votes as that person's surname, not as the unknown place or body the model took
     * it for. A word the gazetteer knows ("Jordan", "Washington") keeps its own vote.
     */
    private static boolean surnameOfPerson(Cluster target, Candidate c, String key) {
        return c.type() != EntityType.PERSON && c.length() == 1 && c.known() == null
                && target.members.stream().anyMatch(m -> m != c && m.type() == EntityType.PERSON && m.length() >= 2)
                && target.keys.stream().anyMatch(k -> k.endsWith(" " + key));
    }

    /**
     * "the Aam Aadmi Party … the AAP government": an acronym that stands for a name the article gives is that
     * name's, whatever else the gazetteer knows it for ("AAP", the Australian Associated Press).
     */
    private static boolean acronymOfOtherName(Cluster target, Candidate c, String form) {
        return target.members.size() > 1 && Acronyms.isAcronym(form)
                && !Names.key(c.known().canonical()).equals(Names.key(target.longest));
    }

    /**
     * The cluster a shorter name belongs to: a person's surname or trailing names, a trailing part of two
     * or more words of an organization or place, or an acronym of an organization ({@link #abbreviates}).
     * Nearest earlier mention wins when several fit.
     */
    private Cluster partOf(Candidate c, String key, List<Cluster> clusters) {
        String[] words = key.split(" ");
        Cluster best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cluster cl : clusters) {
            if (cl.known != null && c.known() != null) {
                continue; // two different known names are two entities
            }
            if (!fits(cl, c, words, key)) {
                continue;
            }
            int distance = distance(cl, c);
            if (distance < bestDistance) {
                best = cl;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * "ministry of education" for "education ministry": a body named by its field before its head word is the one
     * named by the head word and "of"; null when the last word is no organization word.
     */
    static String ofForm(String key) {
        int space = key.lastIndexOf(' ');
        if (space < 0) {
            return null;
        }
        String head = key.substring(space + 1);
        return Gazetteer.shared().isOrgWord(Character.toUpperCase(head.charAt(0)) + head.substring(1))
                ? head + " of " + key.substring(0, space) : null;
    }

    /**
     * The one person whose full name begins with this lone word, or has it as the first of two surnames: many people
     * are named by their first name in news ("Tesfaye" for "Tesfaye Bekele", "Amina" for "Amina Wanjiru"), the family
     * name comes first in others ("Wang" for "Wang Lei"), and a Spanish name's father's surname is not its last
     * word. Asked only for a word that is no known place and does not follow "in", "at" and the like (a town can be
     * someone's first name too: "in Alexandra"; but "at Zhou's request" is a person's), and when no name ends in it;
     * two people it could begin are neither.
     * A word typed otherwise ("the Kamau administration" for "Otieno Kamau") fits too unless it is known or an
     * organization, venue or place word, and then votes "person".
     */
    private Cluster personByGivenName(Candidate c, String key, List<Cluster> clusters) {
        Gazetteer g = Gazetteer.shared();
        String word = c.text(sentence(c), text.text());
        if (c.type() != EntityType.PERSON && (c.known() != null || g.isOrgWord(word) || g.isVenueWord(word)
                || g.isPlaceWord(word)) || key.contains(" ") || g.lookup(key) != null
                || CandidateFinder.afterPlacePreposition(sentence(c), c.first(), g) && !ownerAfterAt(sentence(c), c)) {
            return null;
        }
        List<Cluster> fitting = clusters.stream()
                .filter(cl -> cl.type() == EntityType.PERSON && (Names.key(cl.longest).startsWith(key + " ")
                        || isFirstOfTwoSurnames(cl.longest, key)))
                .filter(cl -> introducedBefore(cl, c))
                .toList();
        return fitting.size() == 1 ? fitting.get(0) : null;
    }

    /** "at Zhou's request", "at Diaz's invitation": after "at", a name with a possessive is its owner, no place. */
    private static boolean ownerAfterAt(Sentence s, Candidate c) {
        return s.token(c.first() - 1).norm().equalsIgnoreCase("at") && c.end() < s.size()
                && s.token(c.end()).norm().equals("'s");
    }

    /**
     * "Vargas" for "Mateo Vargas Lillo": in Spanish and Portuguese names of three words or more the father's
     * surname comes before the mother's, and a lone surname is the father's.
     */
    private static boolean isFirstOfTwoSurnames(String fullName, String key) {
        String[] words = fullName.split(" ");
        return words.length >= 3 && Names.key(words[words.length - 2]).equals(key)
                && Character.isUpperCase(words[words.length - 2].codePointAt(0))
                && Character.isUpperCase(words[words.length - 1].codePointAt(0));
    }

    /**
     * "Tarandi province" → "Tarandi", "Kolwe camp" → "Kolwe": a place's name before a lower-case place or venue word, or
     * null.
     */
    static String withoutLowerCasePlaceWord(String form) {
        int space = form.lastIndexOf(' ');
        if (space <= 0 || !Character.isLowerCase(form.charAt(space + 1))) {
            return null;
        }
        String last = form.substring(space + 1);
        String bare = form.substring(0, space);
        String word = Character.toUpperCase(last.charAt(0)) + last.substring(1);
        return (Gazetteer.shared().isPlaceWord(word) || Gazetteer.shared().isVenueWord(word))
                && Gazetteer.shared().countryOfDemonym(bare) == null ? bare : null;
    }

    /**
     * The one body or venue whose name ends in this lone head word: "the Commission" after "European Commission",
     * "the Palace" after "Bayan Palace", "the authorities" after "the Egyptian authorities". Asked only for an
     * organization, venue or place word, or a lower-case body's head, that is no known name; two names it could end
     * are neither.
     */
    private Cluster bodyByHeadWord(Candidate c, String key, List<Cluster> clusters) {
        Gazetteer g = Gazetteer.shared();
        String word = c.text(sentence(c), text.text());
        if (key.contains(" ") || c.known() != null || g.lookup(key) != null
                || !(g.isOrgWord(word) || g.isVenueWord(word) || g.isPlaceWord(word) || g.isAddressedBodyHead(word))) {
            return null;
        }
        List<Cluster> fitting = clusters.stream()
                .filter(cl -> cl.type() != EntityType.PERSON && Names.key(cl.longest).endsWith(" " + key))
                .toList();
        return fitting.size() == 1 ? fitting.get(0) : null;
    }

    /**
     * News gives a person's full name before calling them by a first name, except that a headline, or the summary
     * line under it (no full stop at its end), may run ahead of the opening sentences that introduce them.
     */
    private boolean introducedBefore(Cluster cl, Candidate c) {
        int first = cl.members.stream().mapToInt(Candidate::sentence).min().orElse(Integer.MAX_VALUE);
        return first < c.sentence() || first < OPENING_SENTENCES
                && (c.sentence() == 0 || c.sentence() == 1 && !endsWithFullStop(sentence(c)));
    }

    private static boolean endsWithFullStop(Sentence s) {
        return s.size() > 0 && s.token(s.size() - 1).norm().equals(".");
    }

    private boolean fits(Cluster cl, Candidate c, String[] words, String key) {
        EntityType type = cl.type();
        String full = Names.key(cl.longest);
        if (type == EntityType.PERSON) {
            return c.known() == null && (full.endsWith(" " + key) || (words.length > 1 && full.contains(key))
                    || spellingVariant(full.split(" "), words));
        }
        if (type == EntityType.ORGANIZATION && words.length == 1) {
            return abbreviates(c.text(sentence(c), text.text()), cl.longest);
        }
        if (type == EntityType.ORGANIZATION && c.type() == EntityType.ORGANIZATION
                && (ofKnownPlace(full, key) || acronymFor(words, full))) {
            return true;
        }
        return words.length > 1 && type == c.type() && full.endsWith(" " + key);
    }

    /**
     * "Mareck Novotny" for "Marek Novotny", "S. Rao" for "Sunil Rao": the same surname, and each given name one
     * letter away from the other's (same first letter, four letters or more) or its initial, is one person; so are
     * the same given names with a family name of five letters or more one letter away ("Tomas Kowalik", "Tomas
     * Kovalik").
     */
    static boolean spellingVariant(String[] a, String[] b) {
        if (a.length != b.length || a.length < 2) {
            return false;
        }
        int last = a.length - 1;
        if (!a[last].equals(b[last])) {
            // "Tomas Kovalik" for "Tomas Kowalik": the same given names, and a family name one letter away
            return Arrays.equals(a, 0, last, b, 0, last) && a[0].length() > 1
                    && Math.min(a[last].length(), b[last].length()) >= MIN_VARIANT_FAMILY_NAME
                    && a[last].charAt(0) == b[last].charAt(0) && oneEditApart(a[last], b[last]);
        }
        boolean differs = false;
        for (int k = 0; k < a.length - 1; k++) {
            if (a[k].equals(b[k])) {
                continue;
            }
            if (a[k].length() == 1 && b[k].startsWith(a[k]) || b[k].length() == 1 && a[k].startsWith(b[k])) {
                differs = true; // "S. Rao" for "Sunil Rao"
                continue;
            }
            if (a[k].length() < 4 || b[k].length() < 4 || a[k].charAt(0) != b[k].charAt(0)
                    || !oneEditApart(a[k], b[k])) {
                return false;
            }
            differs = true;
        }
        return differs;
    }

    /** "Andrey" and "Andrei", "Alexey" and "Alexei": one ending written two ways, not two names. */
    private static boolean transliterated(char x, char y) {
        return x == 'y' && y == 'i' || x == 'i' && y == 'y';
    }

    /** One letter inserted, deleted or replaced (not the last one, save a transliterated "y" / "i"). */
    private static boolean oneEditApart(String x, String y) {
        if (Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < x.length() && j < y.length()) {
            if (x.charAt(i) == y.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (x.length() > y.length()) {
                i++;
            } else if (y.length() > x.length()) {
                j++;
            } else if (i == x.length() - 1 && !transliterated(x.charAt(i), y.charAt(j))) {
                return false; // "Maria" and "Mario": a different ending is a different person
            } else {
                i++;
                j++;
            }
        }
        return edits + (x.length() - i) + (y.length() - j) <= 1;
    }

    /**
     * Whether a one-word name abbreviates a longer one: its letters are, in order, the first one to
     * {@value #MAX_LETTERS_PER_WORD} letters of each of the name's words, a function word giving its first letter
     * or none ("ECO" for "Economic Cooperation Organization", "KCOSW" for "Kenya Council of Social Workers",
     * "Napnuk" for "National Professional Nurses Union of Kenya"). A word not written in capitals ("Napnuk") must be
     * long enough not to be a word of its own and the name long enough to need one.
     */
    static boolean abbreviates(String word, String name) {
        String letters = Names.key(word).replace(" ", "");
        List<String> words = new ArrayList<>();
        for (String w : Names.key(name).split("[\\s-]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        long content = words.stream().filter(w -> !SKIP_IN_ACRONYM.contains(w)).count();
        if (!Acronyms.isAcronym(word) && (letters.length() < MIN_WORD_ACRONYM || content < MIN_WORD_ACRONYM_WORDS)) {
            return false;
        }
        return content > 1 && spells(letters, 0, words, 0);
    }

    private static boolean spells(String letters, int at, List<String> words, int w) {
        if (w == words.size()) {
            return at == letters.length();
        }
        String word = words.get(w);
        boolean function = SKIP_IN_ACRONYM.contains(word);
        if (function && spells(letters, at, words, w + 1)) {
            return true;
        }
        int most = function ? 1 : Math.min(MAX_LETTERS_PER_WORD, word.length());
        for (int k = 1; k <= most && at + k <= letters.length() && letters.regionMatches(at, word, 0, k); k++) {
            if (spells(letters, at + k, words, w + 1)) {
                return true;
            }
        }
        return false;
    }

    /** "Fishing Traders Union" for "Fishing Traders Union of Kenya": a body's name without "of" and its country. */
    private static boolean ofKnownPlace(String full, String key) {
        if (!full.startsWith(key + " of ")) {
            return false;
        }
        Gazetteer.Known place = Gazetteer.shared().lookup(full.substring(key.length() + " of ".length()));
        return place != null && place.type() == EntityType.LOCATION;
    }

    /**
     * "EAF Commission" for "East African Fisheries Commission": an acronym in place of the words it abbreviates,
     * the rest of the name the same.
     */
    private static boolean acronymFor(String[] words, String full) {
        String rest = String.join(" ", List.of(words).subList(1, words.length));
        if (words.length < 2 || !full.endsWith(" " + rest)) {
            return false;
        }
        String spelled = full.substring(0, full.length() - rest.length() - 1);
        return spelled.contains(" ") && spells(words[0], 0, List.of(spelled.split(" ")), 0)
                && words[0].length() <= spelled.split(" ").length;
    }

    private static int distance(Cluster cl, Candidate c) {
        int best = Integer.MAX_VALUE;
        for (Candidate m : cl.members) {
            int d = c.sentence() - m.sentence();
            best = Math.min(best, d >= 0 ? d : 1000 - d); // earlier mentions first
        }
        return best;
    }

    private Sentence sentence(Candidate c) {
        return text.sentences().get(c.sentence());
    }
}
