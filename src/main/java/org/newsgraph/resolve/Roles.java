package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Titles of office around person names: a title before the name with the country or organization before
 * it ("Kenyan President Samuel Kiprono", "Ghana’s Interior Minister Kwame Asante Boateng"), or an
 * apposition after it ("Zola Dube, the chief of staff of the Miners Association").
 */
final class Roles {

    /** Words that join two offices of one person before the name. */
    private static final java.util.Set<String> TITLE_CONJUNCTIONS = java.util.Set.of("and", "&");
    /** The words that join a title to its portfolio: "Secretary of State", "Minister for Agriculture". */
    static final java.util.Set<String> PORTFOLIO_PREPOSITIONS = java.util.Set.of("of", "for");
    /** Most words from a title's "of" to the name: "of Foreign Affairs and International Cooperation ,". */
    static final int MAX_PORTFOLIO_WORDS = 8;
    /** The words between an envoy's title and the place of the posting: "Ambassador to", "envoy in". */
    private static final java.util.Set<String> POSTED_PREPOSITIONS = java.util.Set.of("to", "in");
    /** The word between an office and the office it serves: "Secretary to the President". */
    private static final String SERVES = "to";
    /** The word that makes a name after it the holder of someone else's office elsewhere. */
    private static final String COUNTERPART = "counterpart";

    private final Gazetteer gazetteer;
    private final AnnotatedText text;
    private final MentionIndex index;
    /** The entity for a country named only through a demonym, created on demand. */
    private final Function<String, Integer> countryEntity;

    Roles(Gazetteer gazetteer, AnnotatedText text, MentionIndex index, Function<String, Integer> countryEntity) {
        this.gazetteer = gazetteer;
        this.text = text;
        this.index = index;
        this.countryEntity = countryEntity;
    }

    List<Role> find(List<EntityMention> personNames) {
        List<Role> out = new ArrayList<>();
        for (EntityMention m : personNames) {
            Sentence s = text.sentences().get(m.sentence());
            Role before = titleBefore(s, m);
            if (before == null) {
                before = titleOfPortfolio(s, m);
            }
            if (before != null) {
                addOnce(out, before);
            }
            Role after = apposition(s, m);
            if (after != null) {
                addOnce(out, after);
            }
        }
        for (EntityMention m : personNames) { // once the office of whose counterpart is known
            Sentence s = text.sentences().get(m.sentence());
            Role counterpart = counterpart(s, m, personNames, out);
            if (counterpart != null) {
                addOnce(out, counterpart);
            }
            shareOwner(s, m, out);
        }
        return out;
    }

    /**
     * "Kosovo Prime Minister A and chief negotiator B": a title joined by "and" to a titled name before it, with no
     * owner of its own, serves that name's owner.
     */
    private void shareOwner(Sentence s, EntityMention m, List<Role> found) {
        int start = titleStart(s, m.firstToken());
        EntityMention before = start >= 2 && s.token(start - 1).norm().equals("and")
                ? index.at(s.index(), start - 2) : null;
        if (start == m.firstToken() || before == null || !index.isPerson(before.entity())) {
            return;
        }
        int owner = found.stream().filter(r -> r.person() == before.entity() && r.sentence() == s.index())
                .mapToInt(Role::roleOf).filter(o -> o >= 0).findFirst().orElse(-1);
        for (int i = 0; i < found.size() && owner >= 0; i++) {
            Role r = found.get(i);
            if (r.person() == m.entity() && r.sentence() == s.index() && r.roleOf() < 0) {
                found.set(i, new Role(r.person(), r.title(), owner, r.sentence()));
            }
        }
    }

    /**
     * "Foreign Minister A met his Malaysian counterpart B", "… received its Ghanaian counterpart, B": B holds the
     * office of the person named before in the sentence, in the country of the demonym. Nothing when no one before
     * has a title.
     */
    private Role counterpart(Sentence s, EntityMention m, List<EntityMention> personNames, List<Role> found) {
        int k = m.firstToken() - 1;
        if (k > 0 && s.token(k).norm().equals(",")) {
            k--;
        }
        if (k < 1 || !s.token(k).norm().equals(COUNTERPART)) {
            return null;
        }
        String country = gazetteer.countryOfDemonym(s.token(k - 1).norm());
        int before = k;
        EntityMention possessor = personNames.stream()
                .filter(p -> p.sentence() == s.index() && p.endToken() <= before && p.entity() != m.entity())
                .findFirst().orElse(null);
        if (country == null || possessor == null) {
            return null;
        }
        int owner = countryEntity.apply(country);
        return found.stream().filter(r -> r.person() == possessor.entity() && r.roleOf() != owner)
                .reduce((first, second) -> second)
                .map(r -> new Role(m.entity(), r.title(), owner, s.index())).orElse(null);
    }

    private static void addOnce(List<Role> roles, Role r) {
        for (Role old : roles) {
            if (old.person() == r.person() && old.title().equalsIgnoreCase(r.title())
                    && (old.roleOf() == r.roleOf() || r.roleOf() < 0)) {
                return;
            }
        }
        roles.add(r);
    }

    private Role titleBefore(Sentence s, EntityMention m) {
        int titleEnd = m.firstToken();
        boolean comma = titleEnd > 1 && s.token(titleEnd - 1).norm().equals(",");
        if (comma && gazetteer.isTitleHead(s.token(titleEnd - 2).norm())) {
            titleEnd--; // "Norway's Foreign Minister, Ingrid Solvang"
        }
        int posted = postedAt(s, comma ? titleEnd - 1 : titleEnd);
        if (posted >= 0) {
            titleEnd = posted; // "Ghana's High Commissioner to Nigeria, Kwame Asante": the title before "to"
        }
        int i = titleEnd;
        while (i > 0 && index.at(s.index(), i - 1) == null) {
            if (gazetteer.isTitleWord(s.token(i - 1).norm())) {
                i--;
            } else if (i > 1 && gazetteer.isTitleWord(s.token(i - 2).norm(), s.token(i - 1).norm())) {
                i -= 2; // "Tan Sri"
            } else if (i > 1 && i < titleEnd && TITLE_CONJUNCTIONS.contains(s.token(i - 1).norm())
                    && gazetteer.isTitleHead(s.token(i - 2).norm())) {
                i--; // "Deputy Prime Minister and Foreign Minister": two offices, one person
            } else {
                break;
            }
        }
        if (i == titleEnd) {
            return titleOfBody(s, m);
        }
        i = servedOfficeStart(s, i);
        int end = officeEnd(s, i, titleEnd);
        if (end == i || !gazetteer.hasTitleHead(s, i, end)) {
            return null;
        }
        String title = span(s, i, end);
        return new Role(m.entity(), title, ownerBefore(s, i), s.index());
    }

    /**
     * "Secretary to the President X", "Adviser to the Prime Minister X": where the office of one who serves an
     * office holder starts, the title words before "to (the)" that precede the served office at {@code i};
     * else {@code i}. X holds the first office, not the second.
     */
    private int servedOfficeStart(Sentence s, int i) {
        int to = wordBefore(s, 0, i);
        if (to < 1 || !s.token(to).norm().equals(SERVES) || !gazetteer.isTitleWord(s.token(to - 1).norm())
                || index.at(s.index(), to - 1) != null) {
            return i;
        }
        return titleStart(s, to);
    }

    /**
     * Where "to" or "in" starts before the place an envoy is posted to, when the place ends at {@code end} and a
     * title word stands before it ("Ambassador to the Netherlands", "envoy in Kabul"); else -1. The place is where
     * the envoy serves, not whose envoy they are: the owner stands before the title.
     */
    private int postedAt(Sentence s, int end) {
        EntityMention place = nameEndingAt(s, end, entity -> !index.isAgent(entity));
        int k = place == null ? -1 : wordBefore(s, 0, place.firstToken());
        boolean posted = k > 0 && POSTED_PREPOSITIONS.contains(s.token(k).norm())
                && gazetteer.isTitleWord(s.token(k - 1).norm()) && index.at(s.index(), k - 1) == null;
        return posted ? k : -1;
    }

    /**
     * "Chairman of the Senate's Defence Committee Anna Nowak": a title, "of", and the body that ends right
     * before the name (its role's organization when it is one), with its owner before "'s". The title is the
     * whole phrase, so that it still says whose ("the Polish official" fits "Chairman of the Polish Senate's …").
     */
    private Role titleOfBody(Sentence s, EntityMention m) {
        int nameStart = m.firstToken();
        if (nameStart > 0 && s.token(nameStart - 1).norm().equals(",")) {
            nameStart--; // "the president of the Farmers' Union, Ana Diaz"
        }
        nameStart = beforeBracketedAcronym(s, nameStart);
        EntityMention body = nameStart > 0 ? index.at(s.index(), nameStart - 1) : null;
        int k = nameStart - 1;
        if (k < 0 || body != null && index.isPerson(body.entity())
                || body == null && !gazetteer.isOrgWord(s.token(k).norm())) {
            return null; // a body's name ends the phrase: a mention or "Committee", not any capitalized word
        }
        while (k > 0 && nameStart - k <= 8 && !s.token(k).norm().equals("of")) {
            EntityMention owner = index.at(s.index(), k);
            String w = s.token(k).norm();
            boolean part = owner != null && !index.isPerson(owner.entity()) || w.equals("'s")
                    || w.equalsIgnoreCase("the") || Character.isUpperCase(w.codePointAt(0));
            if (!part) {
                return null;
            }
            k = owner != null ? owner.firstToken() - 1 : k - 1;
        }
        int of = k;
        if (of <= 0 || !s.token(of).norm().equals("of")) {
            return null;
        }
        int start = titleStart(s, of);
        if (start == of || !gazetteer.hasTitleHead(s, start, of)) {
            return null;
        }
        return new Role(m.entity(), span(s, start, nameStart), body == null ? -1 : body.entity(), s.index());
    }

    /**
     * Where a body's acronym in brackets that ends at {@code end} opens ("the Farmers' Union (FU)"), else
     * {@code end}: the acronym restates the body, and the title around it is the body's.
     */
    private static int beforeBracketedAcronym(Sentence s, int end) {
        boolean bracketed = end >= 3 && s.token(end - 1).norm().equals(")") && s.token(end - 3).norm().equals("(");
        return bracketed ? end - 3 : end;
    }

    /**
     * "US Secretary of State Mark Holden", "Minister of Foreign Affairs and Trade, Ana Ruiz": a title, "of" or
     * "for", and the capitalised portfolio it holds, right before the name. The title is the whole phrase; its
     * owner stands before it.
     */
    private Role titleOfPortfolio(Sentence s, EntityMention m) {
        int end = m.firstToken();
        if (end > 1 && s.token(end - 1).norm().equals(",")) {
            end--;
        }
        int ownerAfter = -1;
        int of = ofBeforeOwner(s, end);
        if (of > 0) { // "Minister of Foreign Affairs of Nepal X", "President of Kenya, X": the owner after the title
            ownerAfter = index.at(s.index(), end - 1).entity();
            end = of;
            int start = titleStart(s, end);
            if (start < end && gazetteer.isTitleHead(s.token(end - 1).norm())) {
                return new Role(m.entity(), span(s, start, end), ownerAfter, s.index());
            }
        }
        for (int k = end - 1; k > 0 && end - k <= MAX_PORTFOLIO_WORDS && index.at(s.index(), k) == null; k--) {
            String w = s.token(k).norm();
            if (PORTFOLIO_PREPOSITIONS.contains(w) && k + 1 < end) {
                int start = titleStart(s, k);
                if (start < k && gazetteer.hasTitleHead(s, start, k)) {
                    int owner = ownerAfter >= 0 ? ownerAfter : ownerBefore(s, start);
                    return new Role(m.entity(), span(s, start, end), owner, s.index());
                }
            } else if (!Character.isUpperCase(w.codePointAt(0)) && !TITLE_CONJUNCTIONS.contains(w)
                    && !w.equals("the")) {
                return null; // a portfolio is named in capitalised words: "Minister of Agriculture"
            }
        }
        return null;
    }

    /** Where the title words that end at {@code end} start. */
    private int titleStart(Sentence s, int end) {
        int start = end;
        while (start > 0 && gazetteer.isTitleWord(s.token(start - 1).norm())
                && index.at(s.index(), start - 1) == null) {
            start--;
        }
        return start;
    }

    /** Where the "of" of "… of Nepal" starts when a body or place's name ends at {@code end}; else -1. */
    private int ofBeforeOwner(Sentence s, int end) {
        EntityMention owner = nameEndingAt(s, end, entity -> !index.isPerson(entity));
        return owner == null ? -1 : ofBefore(s, 0, owner.firstToken());
    }

    /** The name that ends at {@code end} when its entity fits, else null. */
    private EntityMention nameEndingAt(Sentence s, int end, java.util.function.IntPredicate fits) {
        EntityMention name = end > 0 ? index.at(s.index(), end - 1) : null;
        return name != null && fits.test(name.entity()) ? name : null;
    }

    /** The country or organization right before a title: a demonym, or "Iran 's" / "the PUK". */
    int ownerBefore(Sentence s, int titleStart) {
        if (titleStart == 0) {
            return -1;
        }
        String prev = s.token(titleStart - 1).norm();
        String country = gazetteer.countryOfDemonym(prev);
        if (country != null) {
            return countryEntity.apply(country);
        }
        int at = ownerEnd(s, titleStart) - 1;
        EntityMention owner = at >= 0 ? index.at(s.index(), at) : null;
        if (owner != null && !index.isPerson(owner.entity())
                && !CompoundNames.isCompound(s.token(at).text(), gazetteer)) { // "Tripoli-based Prime Minister"
            return owner.entity();
        }
        return -1;
    }

    /** Where a body's name before a title ends: before "'s" ("Iran 's") or an acronym in brackets ("(IMF)"). */
    static int ownerEnd(Sentence s, int titleStart) {
        return s.token(titleStart - 1).norm().equals("'s") ? titleStart - 1 : beforeBracketedAcronym(s, titleStart);
    }

    private Role apposition(Sentence s, EntityMention m) {
        int i = m.endToken();
        if (i + 1 >= s.size() || !s.token(i).norm().equals(",") || CandidateFinder.isHeadlineCase(s)) {
            // in a headline a comma joins the subjects: "Mensah, UN Envoy Discuss Trade" 
            return null;
        }
        i++;
        if (s.token(i).norm().equalsIgnoreCase("the") || s.token(i).norm().equalsIgnoreCase("a")) {
            i++;
        }
        EntityMention body = i < s.size() ? index.at(s.index(), i) : null;
        if (body != null && !index.isPerson(body.entity())) { // "X, UN Secretary-General's Special Envoy"
            i = body.endToken();
            if (i < s.size() && s.token(i).norm().equals("'s")) {
                i++;
            }
        } else {
            body = null;
        }
        int titleStart = i;
        if (titleStart >= s.size() || !gazetteer.isTitleWord(s.token(titleStart).norm())) {
            return null;
        }
        while (i < s.size() && index.at(s.index(), i) == null && !isClauseEnd(s.token(i).norm())) {
            i++;
        }
        EntityMention owner = i < s.size() ? index.at(s.index(), i) : null;
        int of = ofBefore(s, titleStart, i);
        if (owner != null && index.isPerson(owner.entity()) && of < 0) {
            return null; // "X, Oil Minister Y": the title is Y's, not X's
        }
        EntityMention next = owner == null || owner.endToken() >= s.size() ? null
                : index.at(s.index(), owner.endToken());
        if (next != null && index.isPerson(next.entity())) {
            return null; // "A, Ambassador of Kuwait B": the title of the next name in a list
        }
        int titleEnd = i;
        int posted = owner == null ? -1 : postedAt(s, owner.endToken());
        if (posted > titleStart) {
            titleEnd = posted; // "X, Lithuania's ambassador to Georgia": where the envoy serves, not whose
            owner = null;
        } else if (owner != null && of >= 0) {
            titleEnd = of;
        }
        if (titleEnd - titleStart > 6 || titleEnd <= titleStart || !gazetteer.hasTitleHead(s, titleStart, titleEnd)) {
            return null;
        }
        int roleOf = owner != null && !index.isPerson(owner.entity()) && titleEnd < i ? owner.entity()
                : body != null ? body.entity() : -1;
        return new Role(m.entity(), span(s, titleStart, titleEnd), roleOf, s.index());
    }

    /** Where the "of" or "of the" right before token {@code i} starts, after {@code from}; else -1. */
    private static int ofBefore(Sentence s, int from, int i) {
        int k = wordBefore(s, from, i);
        return k >= 0 && s.token(k).norm().equals("of") ? k : -1;
    }

    /**
     * The token right before token {@code i}, past a "the" ("of | the TUC", "to | the Netherlands"), when it comes
     * after {@code from}; else -1.
     */
    private static int wordBefore(Sentence s, int from, int i) {
        int k = i - 1;
        if (k > from && s.token(k).norm().equalsIgnoreCase("the")) {
            k--;
        }
        return k > from ? k : -1;
    }

    /**
     * Where the office ends in a title before a name: before the forms of address and styles that close it
     * ("Prime Minister" of "Prime Minister Datuk Seri" and of "Prime Minister Sheikh"; nothing of "Dr.").
     */
    private int officeEnd(Sentence s, int from, int to) {
        int end = to;
        while (end > from) {
            if (gazetteer.isHonorific(s.token(end - 1).norm())) {
                end--;
            } else if (end - 1 > from && gazetteer.isHonorific(s.token(end - 2).norm(), s.token(end - 1).norm())) {
                end -= 2;
            } else if (end - 1 > from && gazetteer.isStyle(s.token(end - 1).norm())
                    && gazetteer.hasTitleHead(s, from, end - 1)) {
                end--; // "Prime Minister Sheikh": the office before the style ("Crown Prince" stays whole)
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isClauseEnd(String norm) {
        return norm.equals(",") || norm.equals(".") || norm.equals(";") || norm.equals("(") || norm.equals("\"");
    }

    private String span(Sentence s, int from, int to) {
        return text.text().substring(s.token(from).start(), s.token(to - 1).end());
    }

    /** The head word of a title, lower case, for comparing descriptions with titles ("minister"). */
    static String head(String title) {
        String[] words = title.toLowerCase(Locale.ROOT).split("\\s+");
        for (int k = 0; k < words.length; k++) {
            if ((words[k].equals("of") || words[k].equals(SERVES)) && k > 0) {
                return words[k - 1];
            }
        }
        return words[words.length - 1];
    }
}
