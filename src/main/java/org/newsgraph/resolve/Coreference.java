package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Mentions without a name: descriptions that fit exactly one titled person ("the Kenyan interior minister",
 * "Ghana’s foreign minister", "the KANU official", "The top Kenyan diplomat") and third-person pronouns, which
 * go to the subject of the nearest earlier sentence that names a person (or an earlier person in their own
 * sentence). Only resolved mentions are kept; the rest are left alone, never guessed into an entity.
 */
final class Coreference {

    /** How many words before a name may say its gender: "spokeswoman for the ministry Ana Ruiz" is too far. */
    private static final int GENDER_WINDOW = 3;
    private static final String MALE = "male";
    private static final String FEMALE = "female";

    /** Lower-case words between "the" and an organization's head noun: "the national teachers union". */
    private static final int MAX_ORG_MODIFIERS = 3;
    /** How far back the organization a description stands for may have been named. */
    private static final int ORG_LOOKBACK_SENTENCES = 3;
    /** How many sentences back a delegation's head may have been named. */
    private static final int DELEGATION_WINDOW = 6;
    /** How many sentences after a delegation its head may be named: "met a delegation of MPs. The delegation was led by X". */
    private static final int DELEGATION_AHEAD = 2;
    /** Most words between "delegation" and "headed by", and between "by" and the head's name. */
    private static final int DELEGATION_SPAN = 15;
    /** How far before a titled name its country's demonym may stand: "Sri Lankan President Chandrika X". */
    private static final int ROLE_DEMONYM_WINDOW = 4;
    /** Most lower-case or demonym words between "the" and "delegation": "the visiting Japanese delegation". */
    private static final int DELEGATION_MODIFIERS = 3;
    /** Lower-case words inside a portfolio before its holder's name: "of State for Foreign Affairs and Trade, X". */
    private static final Set<String> PORTFOLIO_LINKS = Set.of("of", "for", "and", "the", ",", "&");
    /** How long a description's "of" phrase may be before a name in apposition: "of the regional government". */
    private static final int MAX_OF_PHRASE = 6;
    /** The opening whose first-named person is the one a story is about: headline and first two sentences. */
    private static final int PRINCIPAL_SENTENCES = 3;

    private final Gazetteer gazetteer;
    private final AnnotatedText text;
    private final MentionIndex index;
    private final List<Role> roles;
    private final Roles roleFinder;
    private final IntFunction<String> labels;
    private final IntFunction<EntityType> types;
    /** Pronouns that stand for a person, and the gender each says. */
    private final Map<String, String> pronounGender;
    /** Pronouns that never stand for a person their own sentence names after them. */
    private final Set<String> notCataphoric;
    /** Pronouns that may be a verb's object, and so never its subject. */
    private final Set<String> objectPronouns;
    /** Words after "it" that make it no one ("it is"). */
    private final Set<String> expletiveItNext;
    /** What may stand before a clause-opening "it". */
    private final Set<String> clauseOpeners;
    private final Set<String> prepositions;
    /** Head nouns of descriptions of a titled person ("the foreign minister"). */
    private final Set<String> descriptiveHeads;
    /** Heads that fit any titled person of the right country or body ("the UN chief"). */
    private final Set<String> genericHeads;
    private final Set<String> diplomats;
    /** Heads of those who speak for someone ("the spokesman"): never the one a story is about. */
    private final Set<String> spokespeople;
    private final Set<String> qualifiers;
    /** Qualifiers that make a description a future holder's: "the next foreign minister". */
    private final Set<String> futureQualifiers;
    private final Set<String> delegationHeads;
    private final Set<String> delegationLed;
    /** Titles written short, and the title in full ("pm" = "prime minister"). */
    private final Map<String, String> shortTitles;
    /** The gender the article's words give each person ("Ms Torres", "spokesman Ruiz"), where they do. */
    private Map<Integer, String> genders = Map.of();

    /**
     * @param labels the name of each entity found so far
     * @param types  the type of each entity found so far
     */
    Coreference(Gazetteer gazetteer, AnnotatedText text, MentionIndex index, List<Role> roles, Roles roleFinder,
                IntFunction<String> labels, IntFunction<EntityType> types) {
        this.gazetteer = gazetteer;
        this.text = text;
        this.index = index;
        this.roles = roles;
        this.roleFinder = roleFinder;
        this.labels = labels;
        this.types = types;
        this.pronounGender = new HashMap<>();
        gazetteer.coreferenceWords("pronouns.male").forEach(w -> pronounGender.put(w, MALE));
        gazetteer.coreferenceWords("pronouns.female").forEach(w -> pronounGender.put(w, FEMALE));
        this.notCataphoric = gazetteer.coreferenceWords("pronouns.not_cataphoric");
        this.objectPronouns = gazetteer.coreferenceWords("pronouns.objects");
        this.expletiveItNext = gazetteer.coreferenceWords("it.expletive.next");
        this.clauseOpeners = gazetteer.coreferenceWords("it.clause.openers");
        this.prepositions = gazetteer.coreferenceWords("prepositions");
        this.descriptiveHeads = gazetteer.coreferenceWords("heads.descriptive");
        this.genericHeads = gazetteer.coreferenceWords("heads.generic");
        this.diplomats = gazetteer.coreferenceWords("heads.diplomats");
        this.spokespeople = gazetteer.coreferenceWords("heads.spokespeople");
        this.qualifiers = gazetteer.coreferenceWords("qualifiers");
        this.futureQualifiers = gazetteer.coreferenceWords("qualifiers.future");
        this.delegationHeads = gazetteer.coreferenceWords("delegation.heads");
        this.delegationLed = gazetteer.coreferenceWords("delegation.led");
        this.shortTitles = new HashMap<>();
        for (String pair : gazetteer.coreferenceWords("titles.short")) {
            String[] kv = pair.split("=", 2);
            shortTitles.put(kv[0], kv[1]);
        }
    }

    /** Description and pronoun mentions, in text order. */
    List<EntityMention> find() {
        genders = genders();
        List<EntityMention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                EntityMention m = description(s, i);
                if (m == null) {
                    m = orgDescription(s, i);
                }
                if (m == null) {
                    m = delegation(s, i);
                }
                if (m == null) {
                    m = pronoun(s, i);
                }
                if (m != null) {
                    out.add(m);
                    index.add(m);
                    i = m.endToken() - 1;
                }
            }
        }
        return out;
    }

    private EntityMention description(Sentence s, int head) {
        String word = s.token(head).norm().toLowerCase();
        if (!descriptiveHeads.contains(word) || index.at(s.index(), head) != null) {
            return null;
        }
        if (namedRightAfter(s, head + 1) || s.token(Math.min(head + 1, s.size() - 1)).norm().equals(",")
                && namedRightAfter(s, head + 2) || portfolioThenName(s, head + 1)) {
            return null; // a title in front of a name ("the President, X"), not a description
        }
        int start = head;
        while (start > 0 && (gazetteer.isTitleWord(s.token(start - 1).norm())
                || qualifiers.contains(s.token(start - 1).norm().toLowerCase()) || isModifier(s.token(start - 1)))
                && index.at(s.index(), start - 1) == null) {
            start--;
        }
        if (appositionAfter(s, head + 1)) {
            return null; // "the president of the regional government, X": X's title
        }
        int owner = roleFinder.ownerBefore(s, start);
        if (owner < 0 && start > 0 && s.token(start - 1).norm().equalsIgnoreCase("the")) {
            owner = ownerAfter(s, head + 1); // "the foreign minister of Ghana"
        } else if (owner >= 0) {
            start = ownerStart(s, start);
            while (start > 0 && qualifiers.contains(s.token(start - 1).norm().toLowerCase())) {
                start--; // "the visiting UN envoy": a qualifier before the owner
            }
        }
        if (start >= 2 && s.token(start - 1).norm().equals(",") && namedRightAfter(s, start - 2)) {
            return null; // "X, Russian Foreign Minister,": X's title in apposition, not a reference back
        }
        Set<String> ownerWords = owner >= 0 ? ownerWords(s.token(start).norm()) : Set.of();
        boolean definite = start > 0 && s.token(start - 1).norm().equalsIgnoreCase("the");
        if (owner < 0 && !definite && !s.token(start).norm().equalsIgnoreCase("the")) {
            return null;
        }
        if (definite) {
            start--;
        }
        if (futureHolder(s, start, head)) {
            return null; // "the next foreign minister": nobody yet
        }
        int person = holder(word, headTitle(s, start, head), owner, ownerWords, s.token(start).start());
        if (word.equals("counterpart")) {
            person = counterpart(person, owner, subjectBefore(s, start));
        } else if (person < 0 && definite && !genericHeads.contains(word) && !spokespeople.contains(word)
                && (owner >= 0 || head + 1 >= s.size() || !s.token(head + 1).norm().equals("of"))) {
            // "the chairperson of the Africa Union": an office of something no entity names is someone else's
            person = untitledPrincipal();
        }
        if (person < 0 && definite && owner < 0) {
            person = echoed(s, start + 1, head); // an owner the roles did not fit ("of Kenya") is no one's echo
        }
        if (person < 0) {
            return null;
        }
        if (owner >= 0) {
            learnOwner(person, owner, headTitle(s, start, head), s.index());
        }
        return new EntityMention(person, s.index(), start, head + 1, s.token(start).start(), s.token(head).end(),
                EntityMention.Kind.DESCRIPTION);
    }

    /**
     * "President Tomas Varek … the Moldovan president": a description that names the owner of an office says whose
     * office the person it stands for holds, where no role said it: the title the name was given with gains the
     * owner, or else the description's title is the role.
     */
    private void learnOwner(int person, int owner, String headTitle, int sentence) {
        if (!index.isPerson(person) || roles.stream().anyMatch(r -> r.person() == person && r.roleOf() >= 0)) {
            return;
        }
        for (int i = 0; i < roles.size(); i++) {
            Role r = roles.get(i);
            if (r.person() == person) {
                roles.set(i, new Role(person, r.title(), owner, r.sentence()));
                return;
            }
        }
        if (!headTitle.isEmpty()) {
            roles.add(new Role(person, headTitle, owner, sentence));
        }
    }

    /**
     * "the union", "the rights group": a definite description with an organization's head noun stands for the
     * latest organization named within the last sentences, which must have that noun in its name unless the
     * noun is generic ("group", "body", "bloc").
     */
    private EntityMention orgDescription(Sentence s, int head) {
        String word = s.token(head).norm().toLowerCase();
        boolean generic = gazetteer.isGenericOrgHead(word);
        if (!generic && !gazetteer.isNamedOrgHead(word) || index.at(s.index(), head) != null
                || head + 1 < s.size() && (s.token(head + 1).norm().equals("of")
                || Character.isUpperCase(s.token(head + 1).norm().codePointAt(0)))) {
            return null; // "the union of X", "the Union Minister": part of a longer name or title
        }
        int start = head;
        while (start > 0 && head - start < MAX_ORG_MODIFIERS && isModifier(s.token(start - 1))
                && index.at(s.index(), start - 1) == null) {
            start--;
        }
        if (start == 0 || !s.token(start - 1).norm().equalsIgnoreCase("the")) {
            return null;
        }
        start--;
        int org = latestOrganization(s.index(), start, generic ? null : word);
        return org < 0 ? null : new EntityMention(org, s.index(), start, head + 1, s.token(start).start(),
                s.token(head).end(), EntityMention.Kind.DESCRIPTION);
    }

    /**
     * "The delegation later met Y" after "a delegation of the chamber, headed by its president X": a definite
     * delegation stands for the person named as its head within the last sentences (GUIDELINES.md), the one named
     * last before it where several are; where none is, a delegation (definite or not) stands for the head the next
     * sentences name ("met a delegation of opposition MPs. The delegation was led by X").
     */
    private EntityMention delegation(Sentence s, int head) {
        if (!delegationHeads.contains(s.token(head).norm().toLowerCase()) || index.at(s.index(), head) != null) {
            return null;
        }
        int start = head;
        while (start > 0 && start > head - DELEGATION_MODIFIERS && index.at(s.index(), start - 1) == null
                && !s.token(start - 1).norm().equalsIgnoreCase("the")
                && (isModifier(s.token(start - 1)) || gazetteer.countryOfDemonym(s.token(start - 1).norm()) != null)) {
            start--; // "the visiting delegation", "the Japanese delegation"
        }
        String article = start == 0 ? "" : s.token(start - 1).norm().toLowerCase();
        if (!article.equals("the") && !article.equals("a")) {
            return null;
        }
        start--;
        int person = article.equals("the") ? delegationHeadBefore(s, start) : -1;
        if (person < 0) {
            person = delegationHeadAfter(s);
        }
        return person < 0 ? null : new EntityMention(person, s.index(), start, head + 1, s.token(start).start(),
                s.token(head).end(), EntityMention.Kind.DESCRIPTION);
    }

    /** The head of a delegation named before a token, in its sentence or the last ones, or -1. */
    private int delegationHeadBefore(Sentence s, int token) {
        for (int k = s.index(); k >= 0 && k >= s.index() - DELEGATION_WINDOW; k--) {
            Sentence earlier = text.sentences().get(k);
            int person = delegationHeadIn(earlier, k == s.index() ? token : earlier.size());
            if (person >= 0) {
                return person;
            }
        }
        return -1;
    }

    /** The head of a delegation the next sentences name ("… The delegation was led by X"), or -1. */
    private int delegationHeadAfter(Sentence s) {
        for (int k = s.index() + 1; k < text.sentences().size() && k <= s.index() + DELEGATION_AHEAD; k++) {
            int person = delegationHeadIn(text.sentences().get(k), text.sentences().get(k).size());
            if (person >= 0) {
                return person;
            }
        }
        return -1;
    }

    /** The person named after the last "delegation … headed / led by" of a sentence before a token, or -1. */
    private int delegationHeadIn(Sentence s, int before) {
        int found = -1;
        for (int i = 0; i < before; i++) {
            if (!delegationHeads.contains(s.token(i).norm().toLowerCase())) {
                continue;
            }
            for (int k = i + 1; k + 1 < Math.min(before, i + DELEGATION_SPAN); k++) {
                if (delegationLed.contains(s.token(k).norm().toLowerCase()) && s.token(k + 1).norm().equals("by")) {
                    int person = firstPersonAfter(s, k + 2, Math.min(before, k + 2 + DELEGATION_SPAN));
                    found = person >= 0 ? person : found;
                    break;
                }
            }
        }
        return found;
    }

    private int firstPersonAfter(Sentence s, int from, int to) {
        for (int t = from; t < to; t++) {
            EntityMention m = index.at(s.index(), t);
            if (m != null && m.kind() == EntityMention.Kind.NAME && index.isPerson(m.entity())) {
                return m.entity();
            }
        }
        return -1;
    }

    /** The organization named last before a token, within the last sentences, whose name has {@code word} (any if null). */
    private int latestOrganization(int sentence, int token, String word) {
        EntityMention latest = null;
        for (EntityMention m : index.all()) {
            boolean before = m.sentence() < sentence || m.sentence() == sentence && m.endToken() <= token;
            if (before && sentence - m.sentence() <= ORG_LOOKBACK_SENTENCES && m.kind() == EntityMention.Kind.NAME
                    && types.apply(m.entity()) == EntityType.ORGANIZATION
                    && (word == null || nameHas(m.entity(), word))
                    && (latest == null || m.start() > latest.start())) {
                latest = m;
            }
        }
        return latest == null ? -1 : latest.entity();
    }

    private boolean nameHas(int entity, String word) {
        for (String w : labels.apply(entity).toLowerCase().split("[^\\p{L}]+")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a description's "of" phrase ends in a comma and a person's name: "the president of the regional
     * government, X" is X's title in apposition, not a reference back.
     */
    private boolean appositionAfter(Sentence s, int i) {
        if (i >= s.size() || !s.token(i).norm().equals("of")) {
            return false;
        }
        int afterOwner = afterNamedOwner(s, i + 1);
        if (afterOwner > 0) {
            return afterOwner + 1 < s.size() && s.token(afterOwner).norm().equals(",")
                    && namedRightAfter(s, afterOwner + 1);
        }
        for (int k = i + 1; k < s.size() - 1 && k <= i + MAX_OF_PHRASE; k++) {
            if (s.token(k).norm().equals(",")) {
                return namedRightAfter(s, k + 1);
            }
        }
        return false;
    }

    /**
     * The token after a named body that an "of" phrase opens with, and after the acronym in parentheses that may
     * follow it ("of the Miners Union (MU)"), or -1 where the phrase opens with no name.
     */
    private int afterNamedOwner(Sentence s, int k) {
        if (k < s.size() && s.token(k).norm().equalsIgnoreCase("the")) {
            k++;
        }
        EntityMention owner = k < s.size() ? index.at(s.index(), k) : null;
        if (owner == null || index.isPerson(owner.entity())) {
            return -1;
        }
        int end = owner.endToken();
        if (end + 2 < s.size() && s.token(end).norm().equals("(") && s.token(end + 2).norm().equals(")")) {
            end += 3;
        }
        return end;
    }

    /** The country or body named right after a description's "of" ("the foreign minister of Ghana"), or -1. */
    private int ownerAfter(Sentence s, int i) {
        int k = i + 1;
        if (i >= s.size() || !s.token(i).norm().equals("of")) {
            return -1;
        }
        if (k < s.size() && s.token(k).norm().equalsIgnoreCase("the")) {
            k++;
        }
        EntityMention m = k < s.size() ? index.at(s.index(), k) : null;
        return m != null && !index.isPerson(m.entity()) ? m.entity() : -1;
    }

    /** "the next foreign minister", "the incoming president": an office its holder has not taken yet. */
    private boolean futureHolder(Sentence s, int start, int head) {
        for (int k = start; k < head; k++) {
            if (futureQualifiers.contains(s.token(k).norm().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** "Secretary | of State X", "Minister | for Foreign Affairs, X": the title's portfolio, then the holder's name. */
    private boolean portfolioThenName(Sentence s, int i) {
        if (i >= s.size() || !Roles.PORTFOLIO_PREPOSITIONS.contains(s.token(i).norm())) {
            return false;
        }
        for (int k = i + 1; k < s.size() && k <= i + Roles.MAX_PORTFOLIO_WORDS; k++) {
            String w = s.token(k).norm();
            if (namedRightAfter(s, k)) {
                return true;
            }
            if (index.at(s.index(), k) != null || !Character.isUpperCase(w.codePointAt(0))
                    && !PORTFOLIO_LINKS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private boolean namedRightAfter(Sentence s, int i) {
        return i < s.size() && index.at(s.index(), i) != null && index.isPerson(index.at(s.index(), i).entity());
    }

    /** "the parliamentary official", "the party leader": a lower-case modifier describes the office, it names nobody. */
    private boolean isModifier(org.newsgraph.nlp.Token t) {
        return (t.isPos("ADJ") || t.isPos("NOUN")) && Character.isLowerCase(t.norm().codePointAt(0))
                && gazetteer.countryOfDemonym(t.norm()) == null;
    }

    /** A demonym and its country, lower case ("polish", "poland"): the words by which a title says whose it is. */
    private Set<String> ownerWords(String first) {
        String country = gazetteer.countryOfDemonym(first);
        return country == null ? Set.of() : Set.of(first.toLowerCase(), country.toLowerCase());
    }

    /** The first token of the owner before a title: the demonym, or the owner's name before "'s". */
    private int ownerStart(Sentence s, int titleStart) {
        if (gazetteer.countryOfDemonym(s.token(titleStart - 1).norm()) != null) {
            return titleStart - 1;
        }
        EntityMention owner = index.at(s.index(), Roles.ownerEnd(s, titleStart) - 1);
        return owner.firstToken();
    }

    private String headTitle(Sentence s, int from, int head) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= head; k++) {
            if (gazetteer.isTitleWord(s.token(k).norm()) && index.at(s.index(), k) == null) { // not the owner's name
                b.append(s.token(k).norm().toLowerCase()).append(' ');
            }
        }
        return b.toString().strip();
    }

    /**
     * The one titled person a description at character {@code before} fits, preferring the one named last before
     * it (not a holder its own sentence names after it: "the Indian minister called on Prime Minister X"). A
     * description that names an owner ("the Hungarian prime minister") fits a role stated with that owner, or
     * else, when no role has it, a role stated with no owner at all ("Prime Minister Tomas Varek").
     */
    private int holder(String headWord, String title, int owner, Set<String> ownerWords, int before) {
        int found = holder(headWord, title, owner, ownerWords, before, false);
        return found < 0 && owner >= 0 && !genericHeads.contains(headWord)
                ? holder(headWord, title, owner, ownerWords, before, true) : found;
    }

    private int holder(String headWord, String title, int owner, Set<String> ownerWords, int before,
                       boolean unownedRoles) {
        String full = shortTitles.getOrDefault(title, title);
        String ownerCountry = unownedRoles ? countryOf(owner) : null;
        int found = -1;
        for (Role r : roles) { // a headline may describe a person the body names later: all roles count
            String roleTitle = r.title().toLowerCase();
            boolean titleFits = genericHeads.contains(headWord)
                    || (headWord.equals("diplomat") ? diplomats.contains(Roles.head(roleTitle))
                        || roleTitle.contains("foreign") : holdsOffice(roleTitle, title, headWord)
                        || holdsOffice(roleTitle, full, lastWord(full)));
            boolean ownerFits = unownedRoles ? r.roleOf() < 0 && !namedWithOtherCountry(r, ownerCountry)
                    : owner < 0 ? !genericHeads.contains(headWord)
                    : r.roleOf() == owner || namesOwner(roleTitle, ownerWords); // "Chairman of the Polish Senate's …"
            if (titleFits && ownerFits) {
                if (found >= 0 && found != r.person()) {
                    return mostRecent(found, r.person(), before);
                }
                found = r.person();
            }
        }
        return found;
    }

    /**
     * Whether the holder of a role with no owner in the article was named with another country's demonym than the
     * description's owner country ({@link #countryOf}): "Sri Lankan President X" is not "Chad's president", though
     * Sri Lanka is no entity here.
     */
    private boolean namedWithOtherCountry(Role r, String ownerCountry) {
        if (ownerCountry == null) {
            return false;
        }
        for (EntityMention m : index.all()) {
            if (m.entity() != r.person() || m.sentence() != r.sentence() || m.kind() != EntityMention.Kind.NAME) {
                continue;
            }
            Sentence s = text.sentences().get(m.sentence());
            for (int k = m.firstToken() - 1; k >= 0 && k >= m.firstToken() - ROLE_DEMONYM_WINDOW; k--) {
                String two = k > 0 ? gazetteer.countryOfDemonym(s.token(k - 1).norm() + " " + s.token(k).norm()) : null;
                String country = two != null ? two : gazetteer.countryOfDemonym(s.token(k).norm());
                if (country != null) {
                    return !country.equals(ownerCountry);
                }
            }
        }
        return false;
    }

    /** The gazetteer's name of the place an entity's first name mention names, or null (also for no entity). */
    private String countryOf(int entity) {
        for (EntityMention m : index.all()) {
            if (m.entity() == entity && m.kind() == EntityMention.Kind.NAME) {
                Gazetteer.Known known = gazetteer.lookup(text.text().substring(m.start(), m.end()));
                return known == null ? null : known.canonical();
            }
        }
        return null;
    }

    /**
     * "rebel chief Omar Haddad … The rebel chief urged": the one person the article has named right
     * after the description's own words (from {@code from} to {@code head}), or -1 where none or several were.
     */
    private int echoed(Sentence s, int from, int head) {
        List<String[]> words = List.<String[]>of(IntStream.rangeClosed(from, head).mapToObj(k -> s.token(k).norm())
                .toArray(String[]::new));
        int found = -1;
        for (EntityMention m : index.all()) {
            if (m.kind() != EntityMention.Kind.NAME || !index.isPerson(m.entity()) || m.sentence() > s.index()
                    || m.sentence() == s.index() && m.firstToken() > from
                    || CuePhrases.after(text.sentences().get(m.sentence()), m.firstToken() - 1, words) < 0) {
                continue;
            }
            if (found >= 0 && found != m.entity()) {
                return -1;
            }
            found = m.entity();
        }
        return found;
    }

    /**
     * The person a story is about when the article gives them no title: the first person its opening names,
     * if no role is stated for them ("Pavel Novak cancelled …" then "The Czech president had been due to …").
     * A title in a description then says what the writer took as known; nobody else it could fit is named with it.
     */
    private int untitledPrincipal() {
        EntityMention first = null;
        for (EntityMention m : index.all()) {
            if (m.kind() == EntityMention.Kind.NAME && m.sentence() < PRINCIPAL_SENTENCES
                    && index.isPerson(m.entity()) && (first == null || m.sentence() < first.sentence()
                    || m.sentence() == first.sentence() && m.firstToken() < first.firstToken())) {
                first = m;
            }
        }
        int person = first == null ? -1 : first.entity();
        return person < 0 || roles.stream().anyMatch(r -> r.person() == person) ? -1 : person;
    }

    /**
     * Whether a role's title has a description's words and its head as a word of its own: "Secretary-General's
     * Special Envoy" holds no office of secretary-general, it names whose envoy.
     */
    private static boolean holdsOffice(String roleTitle, String title, String head) {
        return roleTitle.contains(title) && List.of(roleTitle.split("[\\s,]+")).contains(head);
    }

    private static String lastWord(String words) {
        return words.substring(words.lastIndexOf(' ') + 1);
    }

    private static boolean namesOwner(String title, Set<String> ownerWords) {
        for (String w : title.split("[^\\p{L}]+")) {
            if (ownerWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X … his Turkish counterpart": the holder of the same office as X in the other country, when the
     * country has several titled people ("President" and "Foreign Minister"); never X itself.
     */
    private int counterpart(int found, int owner, int subject) {
        int sameOffice = owner < 0 || subject < 0 ? -1 : sameOfficeIn(owner, subject);
        int person = sameOffice >= 0 ? sameOffice : found;
        return person == subject ? -1 : person;
    }

    /** The one person whose title in a country or body has the head of one of the subject's titles, or -1. */
    private int sameOfficeIn(int owner, int subject) {
        List<String> offices = roles.stream().filter(r -> r.person() == subject)
                .map(r -> Roles.head(r.title())).toList();
        int match = -1;
        for (Role r : roles) {
            if (r.roleOf() == owner && r.person() != subject && offices.contains(Roles.head(r.title()))) {
                if (match >= 0 && match != r.person()) {
                    return -1;
                }
                match = r.person();
            }
        }
        return match;
    }

    /** Whose counterpart: the person a possessive before the description stands for, else the sentence's first person. */
    private int subjectBefore(Sentence s, int start) {
        EntityMention possessor = start > 0 ? index.at(s.index(), start - 1) : null;
        if (possessor != null && index.isPerson(possessor.entity())) {
            return possessor.entity();
        }
        return firstPersonBefore(s.index(), start);
    }

    private int mostRecent(int a, int b, int before) {
        int lastA = lastMention(a, before);
        int lastB = lastMention(b, before);
        return lastA == lastB ? -1 : (lastA > lastB ? a : b);
    }

    private int lastMention(int entity, int before) {
        int last = -1;
        for (EntityMention m : index.all()) {
            if (m.entity() == entity && m.start() < before) {
                last = Math.max(last, m.start());
            }
        }
        return last;
    }

    /**
     * "It also called on …": "it" opening a clause, not before a copula ("it is"), stands for an organization
     * that opened this sentence or the one before as its first agent, and never for one its own sentence names
     * after it ("It called on the bank" is not the bank).
     */
    private EntityMention itPronoun(Sentence s, int i) {
        if (!s.token(i).norm().equalsIgnoreCase("it") || index.at(s.index(), i) != null
                || i + 1 >= s.size() || expletiveItNext.contains(s.token(i + 1).norm().toLowerCase())
                || i > 0 && !clauseOpeners.contains(s.token(i - 1).norm().toLowerCase())) {
            return null;
        }
        int org = -1;
        Set<Integer> namedLater = namedAfter(s, i);
        for (int k = s.index(); org < 0 && k >= Math.max(0, s.index() - 1); k--) {
            EntityMention first = firstAgent(k, k == s.index() ? i : Integer.MAX_VALUE, namedLater);
            org = first != null && types.apply(first.entity()) == EntityType.ORGANIZATION ? first.entity() : -1;
        }
        return org < 0 ? null : new EntityMention(org, s.index(), i, i + 1, s.token(i).start(), s.token(i).end(),
                EntityMention.Kind.PRONOUN);
    }

    /**
     * The first person or organization, not {@code excluded}, named or described ("The rights group called …") in a
     * sentence before a token, or null.
     */
    private EntityMention firstAgent(int sentence, int before, Set<Integer> excluded) {
        EntityMention first = null;
        for (EntityMention m : index.all()) {
            if (m.sentence() == sentence && m.endToken() <= before && m.kind() != EntityMention.Kind.PRONOUN
                    && types.apply(m.entity()) != EntityType.LOCATION && !excluded.contains(m.entity())
                    && (first == null || m.firstToken() < first.firstToken())) {
                first = m;
            }
        }
        return first;
    }

    private EntityMention pronoun(Sentence s, int i) {
        EntityMention it = itPronoun(s, i);
        if (it != null) {
            return it;
        }
        String word = s.token(i).norm().toLowerCase();
        if (!pronounGender.containsKey(word) || index.at(s.index(), i) != null) {
            return null;
        }
        String gender = pronounGender.get(word);
        int antecedent = objectOwner(s, i);
        Set<Integer> excluded = Set.of();
        if (antecedent < 0 || !fits(antecedent, gender)) {
            antecedent = firstPersonBefore(s.index(), i, gender, Set.of());
            if (antecedent >= 0 && isObjectOfSubject(s, i, antecedent)) {
                excluded = Set.of(antecedent); // "Y received her": she is not Y
                antecedent = firstPersonBefore(s.index(), i, gender, excluded);
            }
        }
        // only an antecedent from an earlier sentence can be one this sentence names after the pronoun
        Set<Integer> namedLater = new HashSet<>(excluded);
        if (antecedent < 0 && notCataphoric.contains(word)) {
            namedLater.addAll(namedAfter(s, i));
        }
        for (int k = s.index() - 1; antecedent < 0 && k >= 0; k--) {
            antecedent = firstPersonBefore(k, text.sentences().get(k).size(), gender, namedLater);
        }
        if (antecedent < 0) {
            return null;
        }
        return new EntityMention(antecedent, s.index(), i, i + 1, s.token(i).start(), s.token(i).end(),
                EntityMention.Kind.PRONOUN);
    }

    /**
     * Whether the pronoun at {@code i} is the object of a verb whose subject is {@code person}: the verb right
     * before it, and nothing but the person's name, titles and auxiliaries before the verb ("Y received him",
     * "Y has met her"). A pronoun never stands for its own verb's subject; in "Y said X met him" it may.
     */
    private boolean isObjectOfSubject(Sentence s, int i, int person) {
        if (!objectPronouns.contains(s.token(i).norm().toLowerCase()) || i < 1 || !s.token(i - 1).isPos("VERB")
                || i + 1 < s.size() && isNounLike(s.token(i + 1))) {
            return false;
        }
        int verb = i - 1;
        for (int k = verb - 1; k >= 0; k--) {
            EntityMention m = index.at(s.index(), k);
            if (m != null) {
                return m.entity() == person;
            }
            if (s.token(k).isPos("VERB") || s.token(k).norm().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isNounLike(Token t) {
        return t.isPos("NOUN") || t.isPos("ADJ") || t.isPos("PROPN") || t.isPos("NUM");
    }

    /**
     * "praised X for his message … and his call": a possessive right after "for" and a named person
     * belongs to that person, and a later same possessive in the sentence to the same one.
     */
    private int objectOwner(Sentence s, int i) {
        String word = s.token(i).norm().toLowerCase();
        if (!word.equals("his") && !word.equals("her")) {
            return -1;
        }
        if (i >= 2 && s.token(i - 1).norm().equalsIgnoreCase("for")) {
            EntityMention object = index.at(s.index(), i - 2);
            if (object != null && object.kind() == EntityMention.Kind.NAME && index.isPerson(object.entity())) {
                return object.entity();
            }
        }
        for (int k = i - 1; k >= 0; k--) {
            EntityMention earlier = index.at(s.index(), k);
            if (earlier != null && earlier.kind() == EntityMention.Kind.PRONOUN
                    && s.token(k).norm().equalsIgnoreCase(word)) {
                return earlier.entity();
            }
        }
        return -1;
    }

    /**
     * The first person mentioned in a sentence before a token, skipping persons governed by a preposition
     * ("In a call with Speaker X, Y said"): the likely subject.
     */
    private int firstPersonBefore(int sentence, int token) {
        return firstPersonBefore(sentence, token, null, Set.of());
    }

    /** The entities a sentence names after a token. */
    private Set<Integer> namedAfter(Sentence s, int token) {
        Set<Integer> out = new HashSet<>();
        for (int t = token + 1; t < s.size(); t++) {
            EntityMention m = index.at(s.index(), t);
            if (m != null && m.kind() == EntityMention.Kind.NAME) {
                out.add(m.entity());
            }
        }
        return out;
    }

    /**
     * The same, among the persons a pronoun of the gender may stand for (any if null) and that are not
     * {@code excluded}.
     */
    private int firstPersonBefore(int sentence, int token, String gender, Set<Integer> excluded) {
        Sentence s = text.sentences().get(sentence);
        for (int t = 0; t < token && t < s.size(); t++) {
            EntityMention m = index.at(sentence, t);
            if (m != null && index.isPerson(m.entity()) && !afterPreposition(s, m.firstToken())
                    && fits(m.entity(), gender) && !excluded.contains(m.entity())) {
                return m.entity();
            }
            if (m != null) {
                t = m.endToken() - 1;
            }
        }
        return -1;
    }

    private boolean fits(int person, String gender) {
        String known = genders.get(person);
        return gender == null || known == null || known.equals(gender);
    }

    /**
     * Each person's gender from the words right before its names ("Ms", "Sir", "spokeswoman"); a person the
     * article gives both is left without one.
     */
    private Map<Integer, String> genders() {
        Map<Integer, String> out = new HashMap<>();
        Set<Integer> mixed = new HashSet<>();
        for (EntityMention m : index.all()) {
            if (m.kind() != EntityMention.Kind.NAME || !index.isPerson(m.entity())) {
                continue;
            }
            Sentence s = text.sentences().get(m.sentence());
            for (int k = m.firstToken() - 1; k >= 0 && k >= m.firstToken() - GENDER_WINDOW; k--) {
                String g = gazetteer.genderOf(s.token(k).norm());
                if (g != null && !g.equals(out.getOrDefault(m.entity(), g))) {
                    mixed.add(m.entity());
                }
                if (g != null) {
                    out.put(m.entity(), g);
                    break;
                }
            }
        }
        mixed.forEach(out::remove);
        return out;
    }

    private boolean afterPreposition(Sentence s, int first) {
        int k = first - 1;
        while (k >= 0 && (gazetteer.isTitleWord(s.token(k).norm()) || gazetteer.countryOfDemonym(s.token(k).norm()) != null
                || s.token(k).isPos("ADJ") || s.token(k).isPos("DET"))) {
            k--;
        }
        return k >= 0 && prepositions.contains(s.token(k).norm().toLowerCase());
    }
}
