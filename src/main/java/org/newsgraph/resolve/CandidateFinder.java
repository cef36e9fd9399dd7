package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.NameMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Turns the model's names into clean candidates (titles, determiners and possessives off; demonyms and
 * bare titles dropped; types corrected by the gazetteer) and adds the known places and organizations the
 * model missed, such as an all-caps dateline.
 */
final class CandidateFinder {

    private static final Set<String> DETERMINERS = Set.of("the", "The", "THE", "a", "A", "an", "An");
    /** Prepositions inside a body's name ("Bureau of Immigration", "Commission for the Rule of Law"); not "in". */
    private static final Set<String> BODY_NAME_PREPOSITIONS = Set.of("of", "for", "on");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "de", "al", "al-", "&");
    private static final double GAZETTEER_CONFIDENCE = 0.95;
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "near", "outside",
            "via", "across", "into", "toward", "towards");
    private static final double TITLED_PERSON_CONFIDENCE = 0.85;
    private static final Set<String> COORDINATORS = Set.of("and", "or");
    /** Abbreviations that begin a name ("St. Catherine", "Mt. Elgon"). */
    private static final Set<String> SAINT = Set.of("St.", "Ste.", "Mt.");
    private static final double POSSESSIVE_BODY_CONFIDENCE = 0.8;
    /** Most words of a place or body between an apposition's comma and the title it opens with. */
    private static final int MAX_APPOSITION_OWNER = 3;
    /** Most words of the place or body between "Title of" and the comma before a name. */
    private static final int MAX_TITLE_OWNER = 8;
    /** Most words of a minister's field before the model's name ("Foreign Affairs and International Cooperation"). */
    private static final int MAX_PORTFOLIO_WORDS = 5;
    private static final double BODY_CONFIDENCE = 0.7;
    /** Longest title abbreviation written without a period that may also end a name ("Sen", "Gen", "Col"). */
    private static final int MAX_BARE_TITLE = 3;
    private static final double INSTITUTION_CONFIDENCE = 0.6;
    /** Most capitalised words on either side of a possessive inside a body's name. */
    private static final int MAX_POSSESSIVE_RUN = 4;
    /** Words of a person's name that must follow a place glued before it ("Kuwait Ana Diaz"). */
    private static final int MIN_NAME_AFTER_PLACE = 2;
    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "bint", "van", "von", "der", "den", "de", "da",
            "di", "del", "della", "dos", "das", "du", "la", "le", "al", "el", "ul", "abu", "ter", "zu");
    static final java.util.regex.Pattern PARTICLE_PREFIX =
            java.util.regex.Pattern.compile("(?:al|el|ad|as|ash|at|az|an|ar|ul|bin|ben|abu|ibn|Al|El|Abu)-\\p{Lu}[\\p{L}'-]*");
    /** Closed word classes (universal tags) with no word in a person's name; not pronouns: "He Wenbo". */
    private static final Set<String> FUNCTION_TAGS = Set.of("ADP", "SCONJ", "CCONJ", "DET");
    /** Capitalised particles written apart that go on with the next word: "Khalid bin Salman Al Rashid". */
    private static final Set<String> CAPITAL_PARTICLES = Set.of("Al", "El");

    /** An agency's name in a dateline's brackets that need not begin with a capital: letters and digits. */
    private static final java.util.regex.Pattern ONE_WORD_AGENCY =
            java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\d]*");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th)");

    private static final java.util.regex.Pattern WEBSITE =
            java.util.regex.Pattern.compile("(?:www\\.)?[\\p{L}\\d][\\p{L}\\d-]*\\.(?:com|net|org|info|news|co\\.[a-z]{2}|com\\.[a-z]{2})");

    /** Most name words before a lower-case venue word: "the Karanja palace", "Kolwe Hills camp". */
    private static final int MAX_VENUE_NAME_WORDS = 2;
    /** Fewest letters of a brand with an inner capital: shorter ones are initialisms ("LoC" for Line of Control). */
    private static final int MIN_BRAND = 5;
    /** "SkyNova", "AfriMarkets": a capitalised word with a capital inside it, split before that capital. */
    private static final java.util.regex.Pattern BRAND =
            java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}+)(\\p{Lu}\\p{L}*)");

    /** "Ui-chun", "Jae-myung": a given name in two parts, the second in lower case. */
    private static final java.util.regex.Pattern HYPHENATED_GIVEN_NAME =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");
    /** Longest family name written before such a given name ("Pak", "Chung", "Jang"). */
    private static final int MAX_FAMILY_NAME = 5;

    /** Lower-case words for a region that an adjective names ("Korean peninsula"); no cities or provinces. */
    private static final Set<String> REGION_WORDS = Set.of("peninsula", "region");

    private final Gazetteer gazetteer;

    CandidateFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(AnnotatedText text) {
        List<Candidate> out = new ArrayList<>();
        for (NameMention m : mergeAdjacent(text, text.names())) {
            Sentence s = text.sentences().get(m.sentence());
            if (!isHeadlineCase(s)) { // headline capitals fool the model; body names are found there later
                out.addAll(clean(s, m, text.text()));
            }
        }
        out.removeIf(c -> placeInsideBody(c, out));
        for (Sentence s : text.sentences()) {
            spotKnownNames(s, text.text(), out);
            spotPossessiveBodies(s, out);
            spotWebsites(s, out);
            spotBrands(s, out);
            spotNamesBeforeBodyNouns(s, out);
            if (!isHeadlineCase(s)) {
                spotBodies(s, out);
                spotInstitutions(s, out);
                OutletCues.find(s, gazetteer, out);
                AddressedBodies.find(s, gazetteer, out);
            }
            spotTitledPersons(s, out);
            spotFamilyNameFirst(s, out);
            spotAdjectiveRegions(s, out);
            spotLowerCaseVenues(s, out);
            StateTags.find(s, gazetteer, out);
            CompoundNames.find(s, gazetteer, out);
            DeclaredAcronyms.find(s, gazetteer, out);
        }
        dateline(text, out);
        Seats.type(text, gazetteer, out);
        out.removeIf(c -> eventAcronym(text.sentences().get(c.sentence()), c)
                || currencyOwner(text.sentences().get(c.sentence()), c));
        out.replaceAll(c -> personContext(text.sentences().get(c.sentence()), c) ? c.withPersonCue() : c);
        return SurnameCues.mark(text, gazetteer, out);
    }

    /**
     * A line in title case ("Mensah Meets Eriksen in Oslo"): most longer words capitalised and no full
     * stop at the end, which tells it from a sentence dense with names and titles.
     */
    static boolean isHeadlineCase(Sentence s) {
        if (s.size() == 0 || ".!?\"”".contains(s.token(s.size() - 1).norm())) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (Token t : s.tokens()) {
            String w = t.text();
            if (w.length() >= 4 && Character.isLetter(w.codePointAt(0))) {
                words++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7 && s.size() <= 30;
    }

    /**
     * Two names side by side with nothing between ("Nadia" "Rahimi", "Philippine Senator" "Gilda Ramos") are
     * one span the model cut in two; cleaning then separates titles and owners properly.
     */
    private List<NameMention> mergeAdjacent(AnnotatedText text, List<NameMention> names) {
        List<NameMention> out = new ArrayList<>();
        for (NameMention m : names) {
            NameMention last = out.isEmpty() ? null : out.get(out.size() - 1);
            Sentence s = last == null ? null : text.sentences().get(m.sentence());
            int bodyEnd = last != null && last.sentence() == m.sentence() ? placeOfBodyEnd(s, last, m) : -1;
            if (last != null && last.sentence() == m.sentence() && !last.type().equals("person")
                    && m.type().equals(last.type()) && onlyParticlesBetween(s, last.endToken(), m.firstToken())) {
                // "Santa Cruz" + "de la" + "Sierra": one place the model cut at its particles
                out.set(out.size() - 1, new NameMention(m.sentence(), last.firstToken(), m.endToken(), last.start(),
                        m.end(), last.type(), Math.min(last.probability(), m.probability())));
            } else if (bodyEnd > 0) {
                // "Ministry of Foreign Affairs" + "of" + "Ghana": the body and the place it belongs to, as one
                out.set(out.size() - 1, new NameMention(m.sentence(), last.firstToken(), bodyEnd, last.start(),
                        s.token(bodyEnd - 1).end(), last.type(), Math.min(last.probability(), m.probability())));
            } else if (last != null && last.sentence() == m.sentence() && last.endToken() == m.firstToken()
                    && !venueThenPlace(s, last, m)) {
                String type = endsInVenue(s, m.endToken()) ? "location"
                        : last.type().equals("person") || m.type().equals("person") ? "person"
                        : (last.probability() >= m.probability() ? last.type() : m.type());
                out.set(out.size() - 1, new NameMention(m.sentence(), last.firstToken(), m.endToken(), last.start(),
                        m.end(), type, Math.min(last.probability(), m.probability())));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** "Lake Charles City" + "Hall": a span whose last two words name a kind of venue is a place, not a person. */
    private boolean endsInVenue(Sentence s, int end) {
        return end > 1 && gazetteer.isVenueCompound(s.token(end - 2).norm() + " " + s.token(end - 1).norm());
    }

    /** A place the model named apart that a body's name now takes in ("… Authorities of | Ghana"). */
    private static boolean placeInsideBody(Candidate place, List<Candidate> all) {
        return place.type() == EntityType.LOCATION && all.stream().anyMatch(o -> o.type() == EntityType.ORGANIZATION
                && o.sentence() == place.sentence() && o.first() < place.first() && o.end() >= place.end());
    }

    /**
     * The end of an organization's name that goes on over "of [the] Place" to take in the place the model named
     * apart ({@link #placeOfBody}), or -1.
     */
    private int placeOfBodyEnd(Sentence s, NameMention org, NameMention place) {
        if (!org.type().equals("organization") || place.firstToken() <= org.endToken()) {
            return -1;
        }
        int end = placeOfBody(s, org.firstToken(), org.endToken());
        return end >= place.endToken() ? end : -1;
    }

    /**
     * The token after the last portfolio word from {@code from} up to {@code end} ("for Foreign Affairs and Trade |
     * Ana Diaz"), or {@code from} where there is none: where a title's portfolio ends and its holder's name begins.
     */
    private int afterLastPortfolioWord(Sentence s, int from, int end) {
        int k = end;
        while (k > from && !gazetteer.isPortfolioWord(s.token(k - 1).norm())) {
            k--;
        }
        return k;
    }

    /** Only lower-case particles ("de", "de la", "del") between two tokens, and at least one. */
    private static boolean onlyParticlesBetween(Sentence s, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!PARTICLES.contains(s.token(k).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Arc de" + "Triomphe", "El" + "Alto": a place or body whose name the model ended on a particle, or that is a
     * particle alone, goes on over the capitalised words after it.
     */
    private int extendOverParticle(Sentence s, int first, int end) {
        String last = s.token(end - 1).text();
        boolean dangling = PARTICLES.contains(last)
                || end - first == 1 && PARTICLES.contains(last.toLowerCase(java.util.Locale.ROOT));
        if (!dangling) {
            return end;
        }
        int k = end;
        while (k < s.size() && isCapitalWord(s.token(k).norm()) && !gazetteer.isNameEdge(s.token(k).norm())) {
            k++;
        }
        return k;
    }

    /** "Grand Palm Hotel" + "Abuja": a venue's name ends at its venue word, and the city after it is a place. */
    private boolean venueThenPlace(Sentence s, NameMention venue, NameMention place) {
        return gazetteer.isVenueWord(s.token(venue.endToken() - 1).norm())
                && isStrongPlace(span(s, place.firstToken(), place.endToken()));
    }

    /**
     * "Tabnak – As the ...": a name before a dash at the start of one of the first sentences is a dateline;
     * when it is not a known place it is the outlet or agency that filed the story.
     */
    private void dateline(AnnotatedText text, List<Candidate> out) {
        boolean place = false;
        for (int k = 0; k < Math.min(3, text.sentences().size()); k++) {
            Sentence s = text.sentences().get(k);
            agencyInDateline(s, out);
            if (!place && capsDatelinePlace(s, out)) {
                place = true; // "NUR-SULTAN. AGENCY –": what follows the place is the outlet
            } else {
                datelineOf(s, out);
            }
        }
    }

    /**
     * "TEHRAN, Mar. 05 (MNA) –", "ERBIL (Kurdistan 24) –", "ANKARA, March 17. /TASS/.": the name in brackets
     * before the dateline's dash or colon, or between slashes, is the news agency or outlet that filed the story.
     */
    private void agencyInDateline(Sentence s, List<Candidate> out) {
        int open = -1;
        for (int i = 0; i < s.size() && i <= 8 && open < 0; i++) {
            String w = s.token(i).norm();
            if (w.equals("(") && i > 0 || w.equals("/")) {
                open = i;
            } else if (Character.isLowerCase(w.codePointAt(0))) {
                return;
            }
        }
        if (open < 0) {
            return;
        }
        boolean slashes = s.token(open).norm().equals("/");
        String closing = slashes ? "/" : ")";
        int close = open + 1;
        while (close < s.size() && close <= open + 4 && !s.token(close).norm().equals(closing)) {
            close++;
        }
        if (close >= s.size() || close == open + 1 || close > open + 4
                || !slashes && (close + 1 >= s.size() || !":-–—".contains(s.token(close + 1).norm()))
                || !Character.isUpperCase(s.token(open + 1).norm().codePointAt(0))
                && !(close == open + 2 && ONE_WORD_AGENCY.matcher(s.token(open + 1).text()).matches())) {
            return; // "(dpa)", "(bne)": an agency written in lower case is one word
        }
        int from = open + 1;
        int to = close;
        Gazetteer.Known known = gazetteer.lookup(span(s, from, to));
        if (known != null && known.type() != EntityType.ORGANIZATION) {
            return;
        }
        out.removeIf(c -> c.overlaps(s.index(), from, to));
        out.add(new Candidate(s.index(), from, to, EntityType.ORGANIZATION, 0.8, known, -1));
    }

    private void datelineOf(Sentence s, List<Candidate> out) {
        int start = placeAndCommaAtStart(s); // "Cairo, Agency –": the place it was filed from, then the outlet
        int dash = -1;
        for (int i = start + 1; i < s.size() && i <= start + 4; i++) {
            String w = s.token(i).norm();
            if (w.equals("-") || w.equals("--")) {
                dash = i;
                break;
            }
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return;
            }
        }
        if (dash < 0 || gazetteer.lookup(span(s, start, dash)) != null) {
            return;
        }
        int from = start;
        int end = dash;
        out.removeIf(c -> c.sentence() == s.index() && c.first() < end && c.end() > from);
        out.add(new Candidate(s.index(), start, dash, EntityType.ORGANIZATION, 0.8, null, -1));
    }

    /** The token after "<known place> ," that opens a sentence, or 0. */
    private int placeAndCommaAtStart(Sentence s) {
        for (int k = 1; k < s.size() && k <= gazetteer.longestName(); k++) {
            if (s.token(k).norm().equals(",")) {
                return k + 1 < s.size() && isPlace(span(s, 0, k)) ? k + 1 : 0;
            }
        }
        return 0;
    }

    /**
     * "Cambodian People's Party", "Jamaica Teachers' Association", "Prime Minister's Office": a body whose name holds
     * a possessive. Capitalised words that are no known place or organization and no person's name, a possessive,
     * and capitalised words ending in an organization or venue word are one name, which takes in a model name it
     * cuts ("Kingston Chapter of the Jamaica Teachers"). A known owner ("Ghana's Interior Ministry") or a person
     * ("Diaz's Party", "Minister Diaz's Office") stays apart.
     */
    private void spotPossessiveBodies(Sentence s, List<Candidate> out) {
        for (int p = 1; p + 1 < s.size(); p++) {
            String possessive = s.token(p).norm();
            if (!possessive.equals("'s") && !possessive.equals("'")) {
                continue;
            }
            int end = p + 1;
            while (end < s.size() && end - p - 1 < MAX_POSSESSIVE_RUN && isCapitalWord(s.token(end).norm())) {
                end++;
            }
            while (end > p + 1 && !isBodyWord(s.token(end - 1).norm())) {
                end--;
            }
            int first = p;
            while (first > 0 && p - first < MAX_POSSESSIVE_RUN && isCapitalWord(s.token(first - 1).norm())
                    && !DETERMINERS.contains(s.token(first - 1).norm()) && !gazetteer.isNameEdge(s.token(first - 1).norm())) {
                first--;
            }
            if (end == p + 1 || first == p || gazetteer.lookup(span(s, first, p)) != null
                    || gazetteer.countryOfDemonym(span(s, first, p)) != null || namesPerson(s, first, p)) {
                continue;
            }
            int head = end;
            end = extendRight(s, end);
            int from = first;
            int to = end;
            int mark = p;
            List<Candidate> inside = out.stream().filter(c -> c.overlaps(s.index(), from, to)).toList();
            boolean plural = possessive.equals("'"); // "Teachers' Association": no person's name before it
            if (inside.stream().anyMatch(c -> c.type() == EntityType.PERSON && !plural
                    || c.known() != null && (c.first() < from || c.first() < head && c.end() > mark))) {
                continue;
            }
            for (Candidate c : inside) { // the model's longer take on the owner's side
                first = Math.min(first, c.first());
                end = Math.max(end, c.end());
            }
            out.removeAll(inside);
            String last = s.token(end - 1).norm();
            EntityType type = gazetteer.isVenueWord(last) && !gazetteer.isOrgWord(last) ? EntityType.LOCATION
                    : EntityType.ORGANIZATION;
            out.add(new Candidate(s.index(), first, end, type, POSSESSIVE_BODY_CONFIDENCE, null, -1));
            p = end - 1;
        }
    }

    /**
     * "the Police Federation said", "the Cambodian Senate", "Board of Trustees": a run of capitalised words that
     * ends in an organization word (or continues over "of X" after one) names a body, where the model found none
     * or only its last word. Places the run begins with ("Kenya Police") become part of it; a person or another
     * known name next to it stops it.
     */
    private void spotBodies(Sentence s, List<Candidate> out) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).norm();
            boolean venue = isCapitalWord(w) && (gazetteer.isVenueWord(w) && !gazetteer.isOrgWord(w)
                    || i > 0 && gazetteer.isVenueCompound(s.token(i - 1).norm() + " " + w)) && !namesBodyOf(s, i);
            if (!isCapitalWord(w) || !gazetteer.isOrgWord(w) && !venue
                    || i + 1 < s.size() && isCapitalWord(s.token(i + 1).norm())) {
                continue;
            }
            int first = i;
            while (first > 0 && i - first < MAX_POSSESSIVE_RUN && bodyWordBefore(s, first - 1)) {
                first--;
            }
            int end = venue ? venueOfEnd(s, i + 1) : extendRight(s, i + 1);
            if (end - first < 2) {
                continue;
            }
            int from = first;
            int to = end;
            List<Candidate> inside = out.stream().filter(c -> c.overlaps(s.index(), from, to)).toList();
            int head = i;
            if (inside.stream().anyMatch(c -> c.first() < from || c.end() > to || c.type() == EntityType.PERSON
                    || c.known() != null && c.first() <= head && c.end() > head
                    || !venue && c.type() == EntityType.ORGANIZATION && c.first() <= from)) {
                continue; // the model's own name for it, or names this run would wrongly join
            }
            out.removeAll(inside);
            out.add(new Candidate(s.index(), first, end, venue || isVisitedAt(s, first) ? EntityType.LOCATION
                    : EntityType.ORGANIZATION, BODY_CONFIDENCE, null, -1));
            i = end - 1;
        }
    }

    /**
     * "Palace of Justice", "Hall of the Martyrs": a venue word goes on over "of [the] Name"; the model often stops
     * at the venue word. Venues are found like bodies ("Erbil International Airport", "Hart Building"): a run of
     * capitalised words that ends in a venue word is a named place, whatever the model made of its first words.
     */
    private int venueOfEnd(Sentence s, int end) {
        return end < s.size() && s.token(end).text().equals("of") ? prepositionPhraseEnd(s, end, true) : end;
    }

    /**
     * "the Cabinet approved", "Congress leaders": a national institution named by its one word, outside a longer
     * name (no capitalised word right before or after it, a sentence's first word aside).
     */
    private void spotInstitutions(Sentence s, List<Candidate> out) {
        for (int i = 0; i < s.size(); i++) {
            if (!gazetteer.isInstitutionWord(s.token(i).text())
                    || i > 0 && isCapitalWord(s.token(i - 1).norm()) && !DETERMINERS.contains(s.token(i - 1).norm())
                    || i + 1 < s.size() && isCapitalWord(s.token(i + 1).norm())
                    || i > 0 && s.token(i - 1).norm().equals(")") // "(CAFA) Congress"
                    || i > 1 && s.token(i - 1).norm().equals("of") && isCapitalWord(s.token(i - 2).norm())) {
                continue; // "Members of Parliament", "Library of Congress": a title's or a longer name's
            }
            int at = i;
            if (out.stream().noneMatch(c -> c.overlaps(s.index(), at, at + 1))) {
                out.add(new Candidate(s.index(), i, i + 1, EntityType.ORGANIZATION, INSTITUTION_CONFIDENCE, null, -1));
            }
        }
    }

    /** A capitalised word that can begin a body's name before its head word: no article, title head or date. */
    private boolean bodyWordBefore(Sentence s, int k) {
        String w = s.token(k).norm();
        return isCapitalWord(w) && !DETERMINERS.contains(w) && !gazetteer.isTitleHead(w) && !gazetteer.isNameEdge(w)
                && !w.matches(".*-\\p{Ll}.*") // "UN-backed", "Saudi-led": an adjective, no part of the name
                && !(k > 0 && gazetteer.isTitleHead(s.token(k - 1).norm(), w));
    }

    /** "bdnews24.com reports", "the Infolatam.com website": a web address names the outlet or company behind it. */
    private static void spotWebsites(Sentence s, List<Candidate> out) {
        for (int i = 0; i < s.size(); i++) {
            int k = i;
            if (WEBSITE.matcher(s.token(i).text()).matches() && out.stream().noneMatch(c -> c.overlaps(s.index(), k, k + 1))) {
                out.add(new Candidate(s.index(), i, i + 1, EntityType.ORGANIZATION, BODY_CONFIDENCE, null, -1));
            }
        }
    }

    /**
     * "FlyMara has asked", "news site AfriMarkets": a word with a capital inside it ("SkyNova") that no one found, with no
     * other name word beside it, is a brand: a company's or an outlet's name. People's names with an inner capital
     * ("LeeAnne Hill", "Ron DeSantis", "McAllister") come with another name word or begin with "Mc" / "Mac"; words run
     * together ("SouthSudan", "DrOtieno") have a known name or a title as a part; short ones are initialisms ("LoC").
     */
    private void spotBrands(Sentence s, List<Candidate> out) {
        for (int i = 0; i < s.size(); i++) {
            java.util.regex.Matcher m = BRAND.matcher(s.token(i).text());
            int at = i;
            if (!m.matches() || s.token(i).text().length() < MIN_BRAND
                    || m.group(1).startsWith("Mc") || m.group(1).startsWith("Mac")
                    || i > 0 && isCapitalWord(s.token(i - 1).norm()) && !DETERMINERS.contains(s.token(i - 1).norm())
                    || i + 1 < s.size() && isCapitalWord(s.token(i + 1).norm())
                    || gazetteer.lookup(m.group(1)) != null || gazetteer.lookup(m.group(2)) != null
                    || gazetteer.isTitleWord(m.group(1)) || gazetteer.isTitleWord(m.group(1) + ".")
                    || out.stream().anyMatch(c -> c.overlaps(s.index(), at, at + 1))) {
                continue;
            }
            out.add(new Candidate(s.index(), i, i + 1, EntityType.ORGANIZATION, BODY_CONFIDENCE, null, -1));
        }
    }

    /**
     * "the Ardent union", "the FNTU trade union", "the Sahelpress news agency": capitalised words right before a lower-case
     * noun for a body (body-nouns.txt) name an organization, without the noun, however the model typed them or
     * whether it found them. Demonyms and known places ("the British union", "a Kenyan airline") say whose it is
     * and are left alone, as are names a title or known name takes part in.
     */
    private void spotNamesBeforeBodyNouns(Sentence s, List<Candidate> out) {
        for (int i = 1; i < s.size(); i++) {
            if (!startsBodyNoun(s, i)) {
                continue;
            }
            int first = nameWordsBefore(s, i, MAX_POSSESSIVE_RUN, false);
            int from = first;
            int to = i;
            if (first == i || longerNameBefore(s, first)
                    || gazetteer.countryOfDemonym(span(s, from, to)) != null || isPlace(span(s, from, to))
                    || out.stream().anyMatch(c -> c.overlaps(s.index(), from, to) && (c.first() != from || c.end() != to
                        || c.known() != null))) {
                continue;
            }
            out.removeIf(c -> c.overlaps(s.index(), from, to));
            out.add(new Candidate(s.index(), from, to, EntityType.ORGANIZATION, BODY_CONFIDENCE, null, -1));
        }
    }

    /**
     * Where the capitalised name words right before token {@code i} begin, at most {@code max} of them (with
     * {@code properOnly}, words tagged as proper nouns only): not past a determiner, a word that never begins or
     * ends a name, or a title. {@code i} when there is none.
     */
    private int nameWordsBefore(Sentence s, int i, int max, boolean properOnly) {
        int first = i;
        while (first > 0 && i - first < max) {
            String w = s.token(first - 1).norm();
            if (!isCapitalWord(w) || properOnly && !s.token(first - 1).isPos("PROPN") || DETERMINERS.contains(w)
                    || gazetteer.isNameEdge(w) || gazetteer.isTitleWord(w)) {
                break;
            }
            first--;
        }
        return first;
    }

    /** Whether a capitalised word other than a determiner stands right before {@code first}: a longer name. */
    private static boolean longerNameBefore(Sentence s, int first) {
        return first > 0 && isCapitalWord(s.token(first - 1).norm()) && !DETERMINERS.contains(s.token(first - 1).norm());
    }

    /** Whether one of the body nouns ("union", "news agency") begins at token {@code i}, in lower case. */
    private boolean startsBodyNoun(Sentence s, int i) {
        for (String[] noun : gazetteer.bodyNouns()) {
            boolean match = i + noun.length <= s.size();
            for (int k = 0; k < noun.length && match; k++) {
                match = s.token(i + k).text().equals(noun[k]);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    private boolean isLowerCasePlaceWord(String w) {
        return Character.isLowerCase(w.codePointAt(0)) && gazetteer.isPlaceWord(capitalized(w));
    }

    /**
     * Whether the word before a person's name is a first part of it the model left out: a capitalised word that is
     * no title, known name, demonym, date or acronym, after a lower-case word that is no place preposition
     * ("said Cyril | Chabanier"): a name cannot start in the middle of a run of common words.
     */
    private boolean givenNameLeftOut(Sentence s, int first) {
        if (first < 2) {
            return false;
        }
        String w = s.token(first - 1).text();
        String before = s.token(first - 2).text();
        return isCapitalWord(w) && w.length() > 1 && w.chars().allMatch(Character::isLetter)
                && w.chars().skip(1).allMatch(Character::isLowerCase) && !gazetteer.isTitleWord(w)
                && !(w.endsWith("s") && gazetteer.isTitleWord(w.substring(0, w.length() - 1))) // "Presidents"
                && !gazetteer.isPortfolioWord(w) // "Minister of Trade and Supply X"
                && gazetteer.lookup(w) == null && !gazetteer.isNameEdge(w) && gazetteer.countryOfDemonym(w) == null
                && !gazetteer.isNotAName(w) && !gazetteer.isOrgWord(w) && !gazetteer.isPlaceWord(w)
                && Character.isLowerCase(before.codePointAt(0)) && !DETERMINERS.contains(before)
                && !PLACE_PREPOSITIONS.contains(before) && !PARTICLES.contains(before)
                && !BODY_NAME_PREPOSITIONS.contains(before); // "Minister for Roads X": a portfolio
    }

    private static boolean isInitial(String w) {
        return (w.length() == 1 || w.length() == 2 && w.charAt(1) == '.') && Character.isUpperCase(w.charAt(0));
    }

    private static boolean isCapitalWord(String w) {
        return Character.isUpperCase(w.codePointAt(0)) && Character.isLetter(w.codePointAt(0));
    }

    private boolean isBodyWord(String w) {
        return gazetteer.isOrgWord(w) || gazetteer.isVenueWord(w);
    }

    /** A title followed by other words ("Minister Diaz"): the owner of a possessive is then a person. */
    private boolean namesPerson(Sentence s, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (gazetteer.isTitleHead(s.token(i).norm()) && !gazetteer.isTitleWord(s.token(i + 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "SHAH ALAM: ...", "KIEV (Agency) ...", "PUTRAJAYA, Jan 3 -": an all-caps name that opens one of the first
     * sentences, set off by a comma, colon, bracket or dash, is the dateline's place, whatever the model typed it,
     * unless it is a known organization; one with an organization word ("LAGOON TIMES,") is the outlet. A
     * capitalised word right before a number after it ("Jan 3") is the date, not a name. True when it found a place.
     */
    private boolean capsDatelinePlace(Sentence s, List<Candidate> out) {
        int end = 0;
        int letters = 0;
        while (end < s.size() && end < 3 && isCapsWord(s.token(end).text())) {
            letters += s.token(end).text().length();
            end++;
        }
        String after = end < s.size() ? s.token(end).norm() : "";
        if (end == 0 || letters < 4 || after.isEmpty()
                || !",:(–—-".contains(after) && !(after.equals(".") && end + 1 == s.size())) {
            return false;
        }
        int to = end;
        for (int i = 0; i < end; i++) {
            if (gazetteer.isOrgWord(capitalized(s.token(i).text().toLowerCase()))) { // "HAVANA TIMES,": the outlet
                out.removeIf(c -> c.overlaps(s.index(), 0, to));
                out.add(new Candidate(s.index(), 0, end, EntityType.ORGANIZATION, GAZETTEER_CONFIDENCE, null, -1));
                return false;
            }
        }
        Gazetteer.Known known = gazetteer.lookup(span(s, 0, end));
        if (known != null && known.type() != EntityType.LOCATION) {
            return false;
        }
        out.removeIf(c -> c.overlaps(s.index(), 0, to) || c.sentence() == s.index() && c.length() == 1
                && c.first() > to && c.first() <= to + 2 && c.end() < s.size()
                && s.token(c.end()).norm().chars().allMatch(Character::isDigit));
        out.add(new Candidate(s.index(), 0, end, EntityType.LOCATION, GAZETTEER_CONFIDENCE, known, -1));
        return true;
    }

    /** "KIEV", "NUR-SULTAN": capital letters (two or more), with hyphens or apostrophes between. */
    private static boolean isCapsWord(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.codePointAt(0))
                && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '-' || ch == '\'' || ch == '’');
    }

    /** "X, who ...", "Mr. X", "X said": the context of a name says it is a person. */
    private boolean personContext(Sentence s, Candidate c) {
        if (c.known() != null || c.type() == EntityType.PERSON) {
            return false;
        }
        boolean who = c.end() + 1 < s.size() && s.token(c.end()).norm().equals(",")
                && s.token(c.end() + 1).norm().equalsIgnoreCase("who");
        boolean honorific = c.first() > 0 && gazetteer.isHonorific(s.token(c.first() - 1).norm());
        boolean said = c.end() < s.size() && gazetteer.isSurnameCue("speech", s.token(c.end()).norm())
                || c.first() > 0 && gazetteer.isSurnameCue("speech", s.token(c.first() - 1).norm())
                && c.end() >= s.size() - 2;
        return who || honorific || said && !nameHasOrgOrPlaceWord(s, c);
    }

    private boolean nameHasOrgOrPlaceWord(Sentence s, Candidate c) {
        for (int i = c.first(); i < c.end(); i++) {
            String w = s.token(i).norm();
            if (gazetteer.isOrgWord(w) || gazetteer.isPlaceWord(w) || isLowerCasePlaceWord(w) || gazetteer.isNotAName(w)) {
                return true; // "the Makkah region said": a region's lower-case word too
            }
        }
        return c.end() - c.first() > 3;
    }

    /**
     * Persons the model missed or mistyped, recognised by a title: a run of capitalised words right after a
     * title ("Interior Minister Joseph Banda") or right before an apposition that starts with one
     * ("Zola Dube, the chief of ..."). The run replaces model names inside it.
     */
    private void spotTitledPersons(Sentence s, List<Candidate> out) {
        int i = 0;
        while (i < s.size()) {
            int end = nameRunEnd(s, i);
            int place = end - i > MIN_NAME_AFTER_PLACE ? leadingPlace(s, i, end, false) : i;
            if (place > i && personsName(s, place, end)) {
                i = place; // "Ambassador of Kuwait Ana Maria Diaz, Ambassador of ...": the place is no part of the name
            }
            // where the run starts, with a title's field: a model name from the field into the person's name
            // ("Minister of Investment Tarik bin Salem": "Investment Tarik") is replaced, not a crossing one
            int field = i;
            if (i >= 2 && end - i > 2 && portfolioAfterTitle(s, i)) {
                int k = end;
                while (k > i && !gazetteer.isPortfolioWord(s.token(k - 1).norm())) {
                    k--;
                }
                i = k > i && end - k >= 2 ? k : i; // "Minister of Mining Affairs Ana Diaz": the name after the field
            }
            boolean afterField = i > field; // "Minister of Investment | Ana Diaz": a title's field before the name
            if ((end - i >= 2 && end - i <= 4 || mononymAfterTitle(s, i, end)) && (titleBefore(s, i) || afterField
                    || personNounBefore(s, i) || titleApposition(s, end)
                    || (placePossessiveBefore(s, i) || titleAndCommaBefore(s, i) || titleToPlaceBefore(s, i)
                        || titleOfAndCommaBefore(s, i) && appositionCloses(s, end))
                        && personsName(s, i, end))
                    && gazetteer.lookup(span(s, i, end)) == null && !crossed(out, s.index(), field, end)) {
                int from = i;
                int to = end;
                boolean hadPerson = out.stream().anyMatch(c -> c.sentence() == s.index() && c.first() == from
                        && c.end() == to && c.type() == EntityType.PERSON);
                int titleStart = titleBefore(s, i) || afterField || personNounBefore(s, i) ? i - 1 : -1;
                if (hadPerson) { // the model found the name; the title before it still says "person" firmly
                    out.replaceAll(c -> c.sentence() == s.index() && c.first() == from && c.end() == to
                            && c.titleStart() < 0 ? (titleStart >= 0 ? c.withTitleStart(titleStart) : c.withPersonCue())
                            : c); // an apposition or possessive says "person" too, less firmly than a title
                } else {
                    out.removeIf(c -> c.sentence() == s.index() && c.first() >= field && c.end() <= to
                            && c.overlaps(s.index(), from, to));
                    Candidate titled = new Candidate(s.index(), i, end, EntityType.PERSON, TITLED_PERSON_CONFIDENCE,
                            null, titleStart);
                    out.add(titleStart >= 0 ? titled : titled.withPersonCue());
                }
                i = end;
            } else {
                i = Math.max(end, i + 1);
            }
        }
    }

    /**
     * "Ri Song-chol", "Lin Wei-ting": a short capitalised family name before a hyphenated given name whose second
     * part is in lower case is a Korean or Chinese person's name, whatever the model typed it.
     */
    private void spotFamilyNameFirst(Sentence s, List<Candidate> out) {
        for (int i = 0; i + 1 < s.size(); i++) {
            Token family = s.token(i);
            String given = s.token(i + 1).text();
            int dash = given.indexOf('-');
            if (!HYPHENATED_GIVEN_NAME.matcher(given).matches() || family.text().length() > MAX_FAMILY_NAME
                    || !isCapitalWord(family.text()) || !(family.isPos("PROPN") || family.isPos("NOUN"))
                    || DETERMINERS.contains(family.text()) || gazetteer.isTitleWord(family.text())
                    || gazetteer.isNameEdge(family.text()) || gazetteer.lookup(family.text()) != null
                    || gazetteer.isTitleWord(given.substring(0, dash))
                    || gazetteer.countryOfDemonym(given.substring(0, dash)) != null
                    || gazetteer.lookup(given.substring(0, dash)) != null) {
                continue;
            }
            int from = i;
            if (crossed(out, s.index(), from, from + 2) || out.stream().anyMatch(c -> c.overlaps(s.index(), from, from + 2)
                    && (c.known() != null || c.type() == EntityType.PERSON && c.first() == from))) {
                continue;
            }
            out.removeIf(c -> c.overlaps(s.index(), from, from + 2));
            out.add(new Candidate(s.index(), i, i + 2, EntityType.PERSON, TITLED_PERSON_CONFIDENCE, null, -1));
            i++;
        }
    }

    /** "House of Representatives", "the U.S. House of Commons": a venue word before "of" and a name is a body. */
    private boolean namesBodyOf(Sentence s, int i) {
        return gazetteer.isVenueBody(s.token(i).norm()) && i + 2 < s.size() && s.token(i + 1).norm().equals("of")
                && isCapitalWord(s.token(i + 2).norm());
    }

    /**
     * "the Korean peninsula", "the Central Asian region", "the Euro-Atlantic region": a region named by an
     * adjective (a demonym, or a capitalised word in -an/-ic) and a lower-case word for a region.
     */
    private void spotAdjectiveRegions(Sentence s, List<Candidate> out) {
        for (int i = 1; i < s.size(); i++) {
            String w = s.token(i).norm();
            if (!REGION_WORDS.contains(w) || !isRegionAdjective(s.token(i - 1).text())) {
                continue;
            }
            int first = i - 1;
            if (first > 0 && isCapitalWord(s.token(first - 1).norm()) && !DETERMINERS.contains(s.token(first - 1).norm())) {
                first--; // "Central" Asian
            }
            int from = first;
            int to = i + 1;
            if (first > 0 && isCapitalWord(s.token(first - 1).norm()) && !DETERMINERS.contains(s.token(first - 1).norm())
                    || out.stream().anyMatch(c -> c.overlaps(s.index(), from, to) && (c.first() < from || c.end() > to))) {
                continue;
            }
            out.removeIf(c -> c.overlaps(s.index(), from, to));
            out.add(new Candidate(s.index(), first, i + 1, EntityType.LOCATION, BODY_CONFIDENCE, null, -1));
        }
    }

    /**
     * "the Karanja palace", "in Kolwe camp": a proper noun nobody found, followed by a venue word in lower case, is
     * a named place with the word in its name, as written; so is a place the model found without the word. A known
     * place before the word ("a Nairobi hotel") is the
     * place itself and is left to the gazetteer; so are demonyms and known bodies.
     */
    private void spotLowerCaseVenues(Sentence s, List<Candidate> out) {
        for (int i = 1; i < s.size(); i++) {
            String w = s.token(i).text();
            if (!Character.isLowerCase(w.codePointAt(0)) || !gazetteer.isVenueWord(capitalized(w))
                    || gazetteer.isOrgWord(capitalized(w))) {
                continue;
            }
            int first = nameWordsBefore(s, i, MAX_VENUE_NAME_WORDS, true);
            int from = first;
            int to = i + 1;
            if (first == i || longerNameBefore(s, first)
                    || gazetteer.lookup(span(s, first, i)) != null || gazetteer.countryOfDemonym(span(s, first, i)) != null
                    || gazetteer.isNotAName(s.token(first).norm())
                    || out.stream().anyMatch(c -> c.overlaps(s.index(), from, to) && !(c.first() == from
                        && c.end() == to - 1 && c.type() == EntityType.LOCATION && c.known() == null))) {
                continue; // the model's place without the venue word is this place
            }
            out.removeIf(c -> c.overlaps(s.index(), from, to));
            out.add(new Candidate(s.index(), first, i + 1, EntityType.LOCATION, BODY_CONFIDENCE, null, -1));
        }
    }

    private boolean isRegionAdjective(String w) {
        return isCapitalWord(w) && (gazetteer.countryOfDemonym(w) != null || w.endsWith("an") || w.endsWith("ic"));
    }

    /** The end of a run of capitalised words from {@code i} that are neither titles nor demonyms nor known names. */
    private int nameRunEnd(Sentence s, int i) {
        int end = i;
        while (end < s.size()) {
            String w = s.token(end).norm();
            boolean capital = Character.isUpperCase(w.codePointAt(0)) && Character.isLetter(w.codePointAt(0));
            boolean initial = isInitial(s.token(end).text()) && end + 1 < s.size()
                    && isCapitalWord(s.token(end + 1).norm()); // "M Tofazzel Hossain"
            if (!capital || gazetteer.isTitleWord(w) && !nameEndingLikeATitle(s, i, end)
                    || gazetteer.countryOfDemonym(w) != null || gazetteer.isOrgWord(w)
                    || gazetteer.isNameEdge(w) || DETERMINERS.contains(w) || isFunctionWord(s.token(end))
                    || w.chars().allMatch(Character::isUpperCase) && !initial || inTwoWordTitle(s, end)) {
                break;
            }
            end++;
        }
        return extendParticles(s, end);
    }

    /**
     * "Vorn Sen held talks", "Lida Sen said": a short title written without its period ("Sen", "Gen", "Col") after a
     * name's first word and before no further name is the name's last word, not a title of the next one.
     */
    private static boolean nameEndingLikeATitle(Sentence s, int first, int i) {
        String w = s.token(i).text();
        return i > first && w.length() <= MAX_BARE_TITLE && Character.isLowerCase(w.codePointAt(w.length() - 1))
                && (i + 1 >= s.size() || !Character.isUpperCase(s.token(i + 1).text().codePointAt(0)));
    }

    /**
     * A preposition, conjunction or determiner, capitalised as it opens a sentence ("In Washington, President …"),
     * is no word of a name (capitalised particles such as "Al" or "De" are, whatever the tagger says).
     */
    private static boolean isFunctionWord(Token t) {
        return FUNCTION_TAGS.contains(t.pos()) && !PARTICLES.contains(t.norm().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a token is half of a two-word title ("Tan Sri", "Datuk Seri"), whose words alone are no title. */
    private boolean inTwoWordTitle(Sentence s, int i) {
        String w = s.token(i).norm();
        return i > 0 && gazetteer.isTitleWord(s.token(i - 1).norm(), w)
                || i + 1 < s.size() && gazetteer.isTitleWord(w, s.token(i + 1).norm());
    }

    /**
     * "Premier Kovac", "President Temesgen", "Minister of State Secretary Sutrisno": one proper noun after a title
     * head names a person (a surname, or the one name some people go by) unless it names a place, a body or
     * nothing at all.
     */
    private boolean mononymAfterTitle(Sentence s, int i, int end) {
        return end - i == 1 && titleBefore(s, i) && s.token(i).isPos("PROPN") && s.token(i).norm().length() > 1
                && personsName(s, i, end);
    }

    /** "activist Priya Nair": a lower-case word for a person right before (not a role, so no title start). */
    private boolean personNounBefore(Sentence s, int i) {
        return i > 0 && gazetteer.isPersonNoun(s.token(i - 1).norm());
    }

    /** A title head right before ("Minister Joseph Banda", "opposition leader Grace Wambui"). */
    private boolean titleBefore(Sentence s, int i) {
        return i > 0 && (gazetteer.isTitleHead(s.token(i - 1).norm())
                || i > 1 && gazetteer.isTitleHead(s.token(i - 2).norm(), s.token(i - 1).norm()));
    }

    /**
     * An apposition that opens with a title ("Zola Dube, the chief of ..."), perhaps after the place or body it
     * belongs to and its modifiers ("X, the Butambala County MP", "X, UN Secretary-General's Special Envoy").
     */
    private boolean titleApposition(Sentence s, int end) {
        if (end + 2 >= s.size() || !s.token(end).norm().equals(",")) {
            return false;
        }
        int k = end + 1;
        if (s.token(k).norm().equalsIgnoreCase("the") || s.token(k).norm().equalsIgnoreCase("a")) {
            k++;
        }
        for (int owner = 0; k < s.size() && owner <= MAX_APPOSITION_OWNER; k++, owner++) {
            String w = s.token(k).norm();
            if (gazetteer.isTitleHead(w)) { // "In Kenya, Sports Minister Ana Diaz": then the title is the next name's
                return owner == 0 || k + 1 >= s.size() || !isCapitalWord(s.token(k + 1).norm())
                        || gazetteer.isTitleWord(s.token(k + 1).norm());
            }
            if (!Character.isUpperCase(w.codePointAt(0)) && !w.equals("'s") || gazetteer.isOrgWord(w)) {
                return false;
            }
        }
        return false;
    }

    /** "Ukraine's Olena Marchenko": a known place's possessive right before (its people are named so). */
    private boolean placePossessiveBefore(Sentence s, int i) {
        if (i < 2 || !s.token(i - 1).norm().equals("'s")) {
            return false;
        }
        for (int k = Math.max(0, i - 1 - gazetteer.longestName()); k < i - 1; k++) {
            if (isStrongPlace(article(s, k, i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "Deputy Prime Minister and Foreign Minister, Ingrid Solvang held ...": a title set off by a comma. */
    private boolean titleAndCommaBefore(Sentence s, int i) {
        if (i < 2 || !s.token(i - 1).norm().equals(",")) {
            return false;
        }
        String w = s.token(i - 2).norm();
        return gazetteer.isTitleHead(w) || gazetteer.isPersonNoun(w); // "his Jordanian counterpart, X"
    }

    /**
     * "at the Royal Court": a body's name right after "at the" names the building where it sits, a venue
     * (GUIDELINES.md). Asked only of unknown names: a body the gazetteer knows keeps its type ("at the UN").
     */
    private static boolean isVisitedAt(Sentence s, int first) {
        return first > 1 && s.token(first - 2).norm().equalsIgnoreCase("at") && s.token(first - 1).norm().equals("the");
    }

    /** Whether a name set off by a comma before it is closed right after it: by a comma or the sentence's end. */
    private static boolean appositionCloses(Sentence s, int end) {
        return end == s.size() || s.token(end).norm().equals(",")
                || end + 1 == s.size() && s.token(end).norm().equals(".");
    }

    /** "High Commissioner to Bangladesh | Ana Diaz", "Ambassador to Kenya | Ana Diaz": a title, "to" and a known place. */
    private boolean titleToPlaceBefore(Sentence s, int i) {
        for (int k = i - 1; k >= 2 && i - k <= gazetteer.longestName(); k--) {
            if (s.token(k - 1).norm().equals("to") && gazetteer.isTitleHead(s.token(k - 2).norm())
                    && isStrongPlace(article(s, k, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the President of Northland, Ana Diaz, said", "the general secretary of the Farmers' Union (FU), Bo Lind,":
     * a title with the place or body it belongs to, set off by a comma before a name that is set off too.
     */
    private boolean titleOfAndCommaBefore(Sentence s, int i) {
        if (i < 4 || !s.token(i - 1).norm().equals(",")) {
            return false;
        }
        for (int k = i - 2, words = 0; k > 0 && words <= MAX_TITLE_OWNER; k--, words++) {
            String w = s.token(k).norm();
            if (w.equals("of") && gazetteer.isTitleHead(s.token(k - 1).norm())) {
                return k + 1 < i - 1;
            }
            boolean ownerWord = Character.isUpperCase(w.codePointAt(0)) || w.equals("the") || w.equals("'s")
                    || w.equals("'") || w.equals("\"") || w.equals("(") || w.equals(")") || w.equals("of") || w.equals("and");
            if (!ownerWord) {
                return false;
            }
        }
        return false;
    }

    private static String capitalized(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String span(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(s.token(k).norm());
        }
        return b.toString();
    }

    /** The candidates a model name stands for: usually one; two where a title joins an organization and a person. */
    private List<Candidate> clean(Sentence s, NameMention m, String article) {
        EntityType type = EntityType.ofModelLabel(m.type());
        if (type == null) {
            return List.of();
        }
        int first = m.firstToken();
        int end = m.endToken();
        while (end > first && (isTrailingJunk(s.token(end - 1)) || isLowerCaseWord(s.token(end - 1))
                || gazetteer.isNameEdge(s.token(end - 1).norm()))) {
            end--;
        }
        while (first < end && (DETERMINERS.contains(s.token(first).norm()) || isLowerCaseWord(s.token(first))
                || gazetteer.isNameEdge(s.token(first).norm()) || ORDINAL.matcher(s.token(first).text()).matches())) {
            // "the 6th Arctic Forum": the edition of a recurring body is no part of its name
            first++;
        }
        if (type == EntityType.PERSON) {
            first = afterInnerLowerCaseWord(s, first, end);
        }
        if (type != EntityType.PERSON && !contains(s, first, end, "of")) {
            while (end - first > 1 && gazetteer.isTitleHead(s.token(end - 1).norm())) {
                end--; // "ASEAN Chair", "Plateau State Governor": the body or place the title belongs to
            }
            int owner = end;
            while (owner - first > 1 && gazetteer.isTitleWord(s.token(owner - 1).norm())
                    && !gazetteer.isNotAName(s.token(owner - 1).norm())) { // "Katsina State" keeps its "State"
                owner--;
            }
            boolean titleGoesOn = end < s.size() && gazetteer.isTitleHead(s.token(end).norm());
            if (owner < end && (gazetteer.lookup(article(s, first, owner)) != null || isAcronym(s, first, owner)
                    || titleGoesOn)) {
                end = owner; // "IMF Deputy Managing" (Director cut off): the IMF; "Ostland Province Security" Minister
            }
        }
        if (first < end && end + 1 < s.size() && s.token(end).text().equals("'")
                && gazetteer.isEventWord(s.token(end + 1).text())) {
            end += 2; // "ASEAN Defence Ministers' + Meeting": the event's name goes on after the plural possessive
        }
        if (first < end && gazetteer.isEventWord(s.token(end - 1).norm()) && gazetteer.lookup(article(s, first, end)) == null) {
            for (int k = end - 1; k > first; k--) { // "ASEAN Ministerial Meeting": an event; the known body it names stays
                Gazetteer.Known known = gazetteer.lookup(article(s, first, k));
                if (known != null && !known.weak()) {
                    return List.of(new Candidate(s.index(), first, k, known.type(), GAZETTEER_CONFIDENCE, known, -1));
                }
            }
            return List.of();
        }
        if (first < end && first >= 2 && portfolioAfterTitle(s, first)) {
            int k = afterLastPortfolioWord(s, first, end);
            if (k > first) { // "Minister of International Cooperation [Ana Diaz]": the portfolio is the title's
                return k < end && end - k <= 4 && restIsName(s, k, end) && !hasOrgOrPlaceWord(s, k, end)
                        ? List.of(new Candidate(s.index(), k, extendParticles(s, end), EntityType.PERSON,
                                m.probability(), null, -1))
                        : List.of();
            }
        }
        if (first >= end) {
            return List.of();
        }
        int place = leadingPlace(s, first, end, type == EntityType.PERSON);
        if (place > first && (type == EntityType.PERSON || personsName(s, place, end))) {
            List<Candidate> parts = new ArrayList<>(clean(s, part(m, s, first, place), article));
            parts.addAll(clean(s, asPerson(part(m, s, place, end)), article)); // "Kuwait Ana Diaz"
            return parts;
        }
        int envoy = type == EntityType.PERSON ? first : nameAfterBodyOfPlace(s, first, end);
        if (envoy > first) { // "Embassy of Ruritania Ana Diaz Lopez": the body, then the envoy listed after it
            List<Candidate> parts = new ArrayList<>(clean(s, part(m, s, first, envoy), article));
            parts.add(new Candidate(s.index(), envoy, end, EntityType.PERSON, m.probability(), null, -1));
            return parts;
        }
        int city = placeAfterVenue(s, first, end);
        if (city > first) { // "Grand Palm Hotel Abuja": the venue, and the city it stands in
            List<Candidate> parts = new ArrayList<>(clean(s, part(m, s, first, city), article));
            parts.add(new Candidate(s.index(), city, end, EntityType.LOCATION, GAZETTEER_CONFIDENCE,
                    gazetteer.lookup(article(s, city, end)), -1));
            return parts;
        }
        int outletEnd = knownOrganizationBeforePlace(s, first, end);
        if (outletEnd > first) { // "PTI Washington", "Antara Bali": a byline's agency and the place it files from
            return List.of(new Candidate(s.index(), first, outletEnd, EntityType.ORGANIZATION, GAZETTEER_CONFIDENCE,
                    gazetteer.lookup(article(s, first, outletEnd)), -1),
                    new Candidate(s.index(), outletEnd, end, EntityType.LOCATION, GAZETTEER_CONFIDENCE,
                            gazetteer.lookup(article(s, outletEnd, end)), -1));
        }
        int slash = slash(s, first, end);
        if (slash >= 0) { // "UrduPoint / Wire Service": two outlets that filed the story together
            List<Candidate> parts = new ArrayList<>(clean(s, part(m, s, first, slash), article));
            parts.addAll(clean(s, part(m, s, slash + 1, end), article));
            return parts;
        }
        List<Candidate> titled = titleOfKnownName(s, first, end, m.probability(), article);
        if (!titled.isEmpty()) {
            return titled;
        }
        int and = coordination(s, first, end);
        if (and >= 0) { // "Mensah and Eriksen": two names in one span
            List<Candidate> parts = new ArrayList<>(clean(s, part(m, s, first, and), article));
            parts.addAll(clean(s, part(m, s, and + 1, end), article));
            return parts;
        }
        int possessive = innerPossessive(s, first, end);
        if (possessive >= 0) { // "Northern Province 's Health Minister Joseph Banda": two names, owner first
            List<Candidate> parts = new ArrayList<>(clean(s, part(m, s, first, possessive), article));
            parts.addAll(clean(s, part(m, s, possessive + 1, end), article));
            return parts;
        }
        List<Candidate> out = new ArrayList<>();
        int orgEnd = innerOrgWord(s, first, end);
        if (orgEnd >= 0) { // "Foreign Committee Lena Johansson": the committee, then the person
            out.addAll(clean(s, new NameMention(m.sentence(), first, orgEnd + 1, s.token(first).start(),
                    s.token(orgEnd).end(), "organization", m.probability()), article));
            out.add(new Candidate(s.index(), orgEnd + 1, extendParticles(s, end), EntityType.PERSON,
                    m.probability(), null, -1));
            return out;
        }
        int head = innerTitleHead(s, first, end);
        // "Abdi Sheikh Warsame": a title word between two plain name words is part of a person's name
        if (head >= 0 && !(type == EntityType.PERSON && head == first + 1 && end == head + 2
                && personsName(s, first, first + 1) && gazetteer.countryOfDemonym(s.token(first).norm()) == null)) {
            // "IMF Managing Director Annette Vogel": the IMF, and a person named after the title
            int run = head;
            while (run > first && gazetteer.isTitleWord(s.token(run - 1).norm())) {
                run--;
            }
            Candidate owner = ownerBeforeTitle(s, first, run, m.probability(), article);
            if (owner != null) {
                out.add(owner);
            }
            out.add(new Candidate(s.index(), head + 1, extendParticles(s, end), EntityType.PERSON, m.probability(),
                    null, run));
            return out;
        }
        Candidate c = cleanSingle(s, m, type, first, end, article);
        return c == null ? List.of() : List.of(c);
    }

    private Candidate cleanSingle(Sentence s, NameMention m, EntityType type, int first, int end, String article) {
        int titleStart = -1;
        if (type == EntityType.PERSON || !gazetteer.isOrgWord(s.token(end - 1).norm())) {
            int stripped = stripTitle(s, first, end, type != EntityType.PERSON);
            if (stripped > first) {
                titleStart = first;
                first = stripped;
                if (BODY_NAME_PREPOSITIONS.contains(s.token(first).text())) {
                    int name = afterLastPortfolioWord(s, first, end); // "Minister | for Roads | Ana Diaz"
                    first = name > first ? name : end;
                    if (first >= end) {
                        return null; // "High Representative | for Foreign Policy": the title's portfolio, no name
                    }
                }
            }
        }
        if (type != EntityType.PERSON && first < end && end < s.size() && isDemonymOrTitleOnly(s, first, end)
                && isLowerCasePlaceWord(s.token(end).norm())) {
            end++; // "Korean peninsula", "Central Asian region": a region named by its people's adjective
            type = EntityType.LOCATION;
        }
        if (first >= end || !hasCapital(s, first, end)
                || isDemonymOrTitleOnly(s, first, end) && !(end - first > 1 && isBodyWord(s.token(end - 1).norm()))) {
            // "State House", "Iranian Parliament": title words that end in a venue or a body are its name
            return null;
        }
        if (first > 0 && SAINT.contains(s.token(first - 1).text())) {
            first--; // "St." + "Catherine": the model often leaves the abbreviation out of the name
        }
        while (end < s.size() && SAINT.contains(s.token(end - 1).text()) && isCapitalWord(s.token(end).norm())) {
            end++;
        }
        if (type != EntityType.PERSON && first > 0 && gazetteer.isVenueOpener(s.token(first - 1).text())) {
            first--; // "Hotel" + "Marisol": the model often leaves a venue's first word out of its name
        }
        int venueEnd = venueOpenedAt(s, first, end);
        boolean venue = venueEnd - first > 1;
        if (venue) {
            end = venueEnd;
            type = EntityType.LOCATION; // "Camp David": no person's name begins with a venue's word
        }
        if (type == EntityType.PERSON) {
            end = extendParticles(s, end);
            while (first > 0 && isInitial(s.token(first - 1).text())) {
                first--; // "S Raman", "M. K. Rao": initials before a name are part of it
            }
            if (titleStart < 0 && givenNameLeftOut(s, first)) {
                first--; // "said Cyril | Chabanier", "junta boss Min | Aung Hlaing"
            }
        } else if (end < s.size() && isLowerCasePlaceWord(s.token(end).norm()) && type == EntityType.LOCATION) {
            end++; // "Kurdistan region" names the same place as "Kurdistan Region"
        } else if (end < s.size() && gazetteer.isOrgWord(s.token(end).norm())) {
            end++; // "Nairobi City" + "Council": a capitalised organization word right after a name ends it
        }
        if (type != EntityType.PERSON) {
            end = extendOverParticle(s, first, end);
        }
        String name = article.substring(s.token(first).start(), s.token(end - 1).end());
        Gazetteer.Known known = gazetteer.lookup(name);
        if (known != null && !(known.weak() && type == EntityType.PERSON)) {
            return new Candidate(s.index(), first, end, known.type(), Math.max(m.probability(), GAZETTEER_CONFIDENCE),
                    known, titleStart);
        }
        if (type == EntityType.ORGANIZATION || gazetteer.isOrgWord(s.token(end - 1).norm())) {
            first = extendLeft(s, first); // "Turkish" + "Parliament"
            end = extendRight(s, end); // "Bureau" + "of Immigration"
            end = placeOfBody(s, first, end);
        }
        if (end - first == 1 && !isSingleWordName(s.token(first), type)
                || gazetteer.isRegionAdjective(span(s, first, end))) {
            return null;
        }
        if (titleStart >= 0 && !gazetteer.isOrgWord(s.token(end - 1).norm())
                && !gazetteer.isPlaceWord(s.token(end - 1).norm())) {
            type = EntityType.PERSON; // "Senator Gilda Ramos": whatever the model said, a title makes a person
        }
        if (gazetteer.isOrgWord(s.token(end - 1).norm()) && end - first > 1 || orgWordOf(s, first, end)) {
            type = EntityType.ORGANIZATION; // no person's name ends in "Club"; "Bureau of Immigration" is no place
        } else if (venue || type != EntityType.PERSON && end - first > 1
                && (gazetteer.isPlaceWord(s.token(end - 1).norm()) || gazetteer.isVenueWord(s.token(end - 1).norm()))) {
            type = EntityType.LOCATION;
        }
        if (type == EntityType.ORGANIZATION) {
            first = extendLeft(s, first);
            if (end - first > 1 && isVisitedAt(s, first)) {
                type = EntityType.LOCATION; // "received at the Royal Court", "talks at the Presidential Secretariat"
            }
        }
        return new Candidate(s.index(), first, end, type, m.probability(), null, titleStart);
    }

    /**
     * The end of a name that opens with a venue's word, taking in the capitalised words after it that are no title
     * ("Villa" + "Kestrel"); {@code first} when the word at {@code first} opens no venue's name.
     */
    private int venueOpenedAt(Sentence s, int first, int end) {
        if (!gazetteer.isVenueOpener(s.token(first).text())) {
            return first;
        }
        while (end < s.size() && isCapitalWord(s.token(end).norm()) && !gazetteer.isNameEdge(s.token(end).norm())
                && !gazetteer.isTitleWord(s.token(end).norm())) {
            end++;
        }
        return end;
    }

    /** "Bureau of Immigration", "Zambia Conference of Catholic Bishops": an organization word before "of". */
    private boolean orgWordOf(Sentence s, int first, int end) {
        for (int k = first; k + 2 < end; k++) {
            if (gazetteer.isOrgWord(s.token(k).norm()) && s.token(k + 1).norm().equals("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ministry of Foreign Affairs | of Kenya", "Federation of Allied Workers | of Ghana": a body named by an
     * organization word (and its "of" phrase) goes on over the country or region it belongs to, which the name
     * finder often leaves out or names apart; the annotated sets name such a body whole.
     */
    private int placeOfBody(Sentence s, int first, int end) {
        if (end + 1 >= s.size() || !s.token(end).text().equals("of")
                || !orgWordOf(s, first, end) && !gazetteer.isOrgWord(s.token(end - 1).norm())) {
            return end;
        }
        int next = prepositionPhraseEnd(s, end, true);
        int place = s.token(end + 1).text().equals("the") ? end + 2 : end + 1;
        boolean nameRunsOn = next < s.size() && isCapitalWord(s.token(next).norm()); // "… of Iraq Ali Hassan"
        return next > place && !nameRunsOn && isPlace(article(s, place, next)) ? next : end;
    }

    /** The end of a known organization that the rest of the span, a known place, follows; else {@code first}. */
    private int knownOrganizationBeforePlace(Sentence s, int first, int end) {
        for (int k = end - 1; k > first; k--) {
            Gazetteer.Known org = gazetteer.lookup(article(s, first, k));
            if (org != null && org.type() == EntityType.ORGANIZATION && isStrongPlace(article(s, k, end))) {
                return k;
            }
        }
        return first;
    }

    /** "Minister of", "Secretary of State for", "High Representative for": a title's "of" or "for" right before. */
    private boolean portfolioAfterTitle(Sentence s, int first) {
        int back = 0; // "Minister of Foreign Affairs and | International Cooperation", "for Near | Eastern Affairs"
        while (first >= 3 && back < MAX_PORTFOLIO_WORDS && (isCapitalWord(s.token(first - 1).norm())
                || s.token(first - 1).norm().equals("and")) && !gazetteer.isTitleHead(s.token(first - 1).norm())) {
            first--;
            back++;
        }
        if (first < 2) {
            return false;
        }
        String of = s.token(first - 1).norm();
        if (!of.equals("of") && !of.equals("for")) {
            return false;
        }
        String before = s.token(first - 2).norm();
        return Character.isUpperCase(before.codePointAt(0)) && gazetteer.isTitleHead(before)
                || before.equals("State") && first >= 4 && gazetteer.isTitleHead(s.token(first - 4).norm());
    }

    private static boolean isAcronym(Sentence s, int from, int to) {
        return to - from == 1 && s.token(from).norm().length() >= 2
                && s.token(from).norm().chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.');
    }

    /** "US dollars", "US $700": a place's name before a currency says whose money it is and mentions no place. */
    private boolean currencyOwner(Sentence s, Candidate c) {
        return c.type() == EntityType.LOCATION && c.known() != null && c.label() == null && c.end() < s.size()
                && gazetteer.isCurrency(s.token(c.end()).text());
    }

    /** "Non-Proliferation Treaty (NPT)": the acronym an event or document declares is no entity either. */
    private boolean eventAcronym(Sentence s, Candidate c) {
        return c.length() == 1 && c.known() == null && c.first() >= 2 && s.token(c.first() - 1).norm().equals("(")
                && gazetteer.isEventWord(s.token(c.first() - 2).norm());
    }

    /** A "/" between two capitalised words inside a span, or -1. */
    private static int slash(Sentence s, int first, int end) {
        for (int k = first + 1; k < end - 1; k++) {
            if (s.token(k).norm().equals("/") && Character.isUpperCase(s.token(k + 1).norm().codePointAt(0))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "State Counsellor of Myanmar Thura Win", "Minister of Kenya Amina Wanjiru": a title, "of", a known place or
     * organization and a person's name run together in one span. Gives the known name and the person (whose
     * title starts where the title does), any body before the title, or nothing when the span is not so made.
     * After an organization word ("Embassy of Iraq Ali Hassan") it gives the body, its "of" name included, and the
     * person.
     */
    private List<Candidate> titleOfKnownName(Sentence s, int first, int end, double p, String article) {
        for (int k = first; k + 3 < end; k++) {
            boolean body = gazetteer.isOrgWord(s.token(k).norm());
            if (!gazetteer.isTitleHead(s.token(k).norm()) && !body || !s.token(k + 1).norm().equals("of")) {
                continue;
            }
            int from = k + 2 < end && s.token(k + 2).norm().equals("the") ? k + 3 : k + 2;
            for (int j = Math.min(end - 1, from + gazetteer.longestName()); j > from; j--) {
                Gazetteer.Known known = gazetteer.lookup(article(s, from, j));
                if (known == null || known.weak() || end - j > 4 || end - j < MIN_NAME_AFTER_PLACE
                        || !restIsName(s, j, end) || !personsName(s, j, end)) { // "Union of Kosovo Educators": a body
                    continue;
                }
                List<Candidate> out = new ArrayList<>();
                if (body) { // "Embassy of Iraq Ali Hassan": the body, then its envoy
                    out.add(new Candidate(s.index(), first, j, EntityType.ORGANIZATION, p, null, -1));
                    out.add(new Candidate(s.index(), j, extendParticles(s, end), EntityType.PERSON, p, null, -1));
                    return out;
                }
                int run = k;
                while (run > first && gazetteer.isTitleWord(s.token(run - 1).norm())) {
                    run--;
                }
                Candidate owner = run > first ? ownerBeforeTitle(s, first, run, p, article) : null;
                if (owner != null) {
                    out.add(owner);
                }
                out.add(new Candidate(s.index(), from, j, known.type(), GAZETTEER_CONFIDENCE, known, -1));
                out.add(new Candidate(s.index(), j, extendParticles(s, end), EntityType.PERSON, p, null, run));
                return out;
            }
        }
        return List.of();
    }

    /**
     * An "and" that joins two names rather than belonging to one: the span is not a known name, has no
     * "of" before the "and" (as "Ministry of Agriculture and Rural Development" has) and does not end in an
     * organization word ("Trade and Industry Ministry").
     */
    private int coordination(Sentence s, int first, int end) {
        if (gazetteer.lookup(span(s, first, end)) != null || gazetteer.isOrgWord(s.token(end - 1).norm())) {
            return -1;
        }
        for (int k = first + 1; k < end - 1; k++) {
            String w = s.token(k).norm();
            if (w.equals("of") || w.equals("for")) {
                return -1;
            }
            if (w.equals("and") && Character.isUpperCase(s.token(k + 1).norm().codePointAt(0))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The last organization word that two or more capitalised words follow which are no organization or
     * place words themselves ("Foreign Committee Lena Johansson"), or -1: such a tail is a person's name.
     */
    private int innerOrgWord(Sentence s, int first, int end) {
        for (int k = end - 3; k >= first; k--) {
            if (gazetteer.isOrgWord(s.token(k).norm()) && restIsName(s, k + 1, end) && !hasOrgOrPlaceWord(s, k + 1, end)
                    && !hasVerb(s, k + 1, end) && gazetteer.lookup(span(s, first, end)) == null) {
                return k;
            }
        }
        return -1;
    }

    /** "Petroleum | Exporting Countries": no person's name holds a verb, whatever its capitals. */
    private static boolean hasVerb(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).isPos("VERB")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasOrgOrPlaceWord(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.token(i).norm();
            if (gazetteer.isOrgWord(w) || gazetteer.isPlaceWord(w) || gazetteer.isNotAName(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a known place (not a weak one, which can be a person's name) that begins a span of a person's
     * name with at least two more words, or {@code first}: a country glued to the name of its envoy in a list.
     * After "in", "at" and the like a weak place counts too, before a name of one word or more that the model
     * typed as a person ("in New York Lind said": the sentence has no comma after the place).
     */
    private int leadingPlace(Sentence s, int first, int end, boolean person) {
        boolean afterPreposition = person && afterPlacePreposition(s, first, gazetteer);
        int minName = afterPreposition ? 1 : MIN_NAME_AFTER_PLACE;
        for (int k = Math.min(end - minName, first + gazetteer.longestName()); k > first; k--) {
            Gazetteer.Known known = gazetteer.lookup(article(s, first, k));
            if (known != null && known.type() == EntityType.LOCATION && (!known.weak() || afterPreposition)) {
                return k;
            }
        }
        return first;
    }

    /**
     * The start of a person's name of two words or more (particles too) that follows a body or place "of" a known
     * country in a span, or {@code first}: "Embassy of Ruritania Ana Diaz", "State of Ruritania Khalid bin Omar",
     * as lists of envoys run them together.
     */
    private int nameAfterBodyOfPlace(Sentence s, int first, int end) {
        for (int k = end - MIN_NAME_AFTER_PLACE; k > first + 1; k--) {
            if (!personsNameWithParticles(s, k, end)) {
                continue;
            }
            for (int j = k - 1; j > first; j--) {
                String before = s.token(j - 1).norm();
                boolean of = before.equals("of") || before.equalsIgnoreCase("the") && j - 2 > first
                        && s.token(j - 2).norm().equals("of");
                if (of && isStrongPlace(article(s, j, k)) && !gazetteer.hasTitleHead(s, first, j)
                        && (gazetteer.lookup(article(s, first, k)) != null || hasOrgOrPlaceWord(s, first, j))) {
                    return k; // not a title's "Chief Justice of Ruritania", "State Counsellor of Ruritania"
                }
            }
        }
        return first;
    }

    private boolean personsNameWithParticles(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!PARTICLES.contains(s.token(i).text()) && !personsName(s, i, i + 1)) {
                return false;
            }
        }
        return !PARTICLES.contains(s.token(from).text()) && !PARTICLES.contains(s.token(to - 1).text());
    }

    /**
     * The start of a known place (a city too) that ends a span right after a venue word ("Grand Palm Hotel" +
     * "Abuja"), or {@code first}: the model ran the venue's name and its city together.
     */
    private int placeAfterVenue(Sentence s, int first, int end) {
        for (int k = first + 1; k < end; k++) {
            if (gazetteer.isVenueWord(s.token(k - 1).norm()) && isPlace(article(s, k, end))) {
                return k;
            }
        }
        return first;
    }

    private boolean isStrongPlace(String name) {
        Gazetteer.Known k = gazetteer.lookup(name);
        return k != null && k.type() == EntityType.LOCATION && !k.weak();
    }

    private static String article(Sentence s, int from, int to) {
        return s.text().substring(s.token(from).start() - s.start(), s.token(to - 1).end() - s.start());
    }

    /** A possessive "'s" inside a name, followed by a capitalised word, or -1. */
    private static int innerPossessive(Sentence s, int first, int end) {
        for (int k = first + 1; k < end - 1; k++) {
            if (s.token(k).norm().equals("'s") && Character.isUpperCase(s.token(k + 1).norm().codePointAt(0))) {
                return k;
            }
        }
        return -1;
    }

    /** Capitalised words none of which is a title, an organization, place or venue word, or a known name. */
    private boolean personsName(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.token(i).norm();
            if (!Character.isUpperCase(w.codePointAt(0)) || gazetteer.isTitleWord(w) || gazetteer.isOrgWord(w)
                    || gazetteer.isPlaceWord(w) || gazetteer.isVenueWord(w) || gazetteer.isNotAName(w)
                    || gazetteer.lookup(w) != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(Sentence s, int from, int to, String word) {
        for (int i = from; i < to; i++) {
            if (s.token(i).norm().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static NameMention asPerson(NameMention m) {
        return new NameMention(m.sentence(), m.firstToken(), m.endToken(), m.start(), m.end(), "person",
                m.probability());
    }

    private static NameMention part(NameMention m, Sentence s, int first, int end) {
        return new NameMention(m.sentence(), first, end, s.token(first).start(), s.token(end - 1).end(), m.type(),
                m.probability());
    }

    /**
     * The last title head inside a name that is followed only by capitalised non-title words: the person's
     * name starts after it. -1 when there is none, or when the title starts the span (stripped elsewhere).
     */
    private int innerTitleHead(Sentence s, int first, int end) {
        for (int k = end - 2; k > first; k--) {
            String w = s.token(k).norm();
            if (gazetteer.isTitleHead(w) && Character.isUpperCase(w.codePointAt(0))) {
                k = twoWordTitleEnd(s, k, end);
                return restIsName(s, k + 1, end) && end - k - 1 <= 4 ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The last token of a title whose head is at {@code k}, taking in the second word of a two-word title
     * ("Datuk Seri") and a two-word title right after it ("Minister Tan Sri").
     */
    private int twoWordTitleEnd(Sentence s, int k, int end) {
        while (k + 2 < end) {
            String next = s.token(k + 1).norm();
            if (gazetteer.isTitleWord(s.token(k).norm(), next)) {
                k++;
            } else if (k + 3 < end && gazetteer.isTitleWord(next, s.token(k + 2).norm())) {
                k += 2;
            } else {
                break;
            }
        }
        return k;
    }

    private boolean restIsName(Sentence s, int from, int end) {
        for (int i = from; i < end; i++) {
            String w = s.token(i).norm();
            if (!Character.isUpperCase(w.codePointAt(0)) || gazetteer.isTitleWord(w)) {
                return false;
            }
        }
        return true;
    }

    /** The organization before a title inside a span ("Central Bank" Governor), when it is more than a demonym. */
    private Candidate ownerBeforeTitle(Sentence s, int first, int titleStart, double p, String article) {
        int end = titleStart;
        while (end > first && s.token(end - 1).norm().equals("'s")) {
            end--;
        }
        if (end <= first || isDemonymOrTitleOnly(s, first, end)) {
            return null;
        }
        String name = article.substring(s.token(first).start(), s.token(end - 1).end());
        Gazetteer.Known known = gazetteer.lookup(name);
        if (known == null && end - first < 2 && !name.chars().allMatch(Character::isUpperCase)) {
            return null;
        }
        return new Candidate(s.index(), first, end, known != null ? known.type() : EntityType.ORGANIZATION,
                known != null ? GAZETTEER_CONFIDENCE : p, known, -1);
    }

    /** "Hamad" + "al-Rashidi", "Khalid bin Saud", "Pieter van der Berg": particles continue a person's name. */
    private static int extendParticles(Sentence s, int end) {
        while (end < s.size()) {
            String w = s.token(end).text();
            if (PARTICLE_PREFIX.matcher(w).matches()) {
                end++;
            } else if ((PARTICLES.contains(w) || CAPITAL_PARTICLES.contains(w)) && end + 1 < s.size()
                    && Character.isUpperCase(s.token(end + 1).text().codePointAt(0))) {
                end += 2;
            } else {
                return end;
            }
        }
        return end;
    }

    /**
     * "Nobel Peace Prize laureate Ana Diaz": a word in lower case (no particle) inside a person's span ends a
     * description; the name is what follows it. {@code first} when there is none.
     */
    private static int afterInnerLowerCaseWord(Sentence s, int first, int end) {
        for (int k = end - 2; k > first; k--) {
            if (isLowerCaseWord(s.token(k))) {
                return k + 1;
            }
        }
        return first;
    }

    private static boolean isLowerCaseWord(Token t) {
        String w = t.text();
        return Character.isLowerCase(w.codePointAt(0)) && !PARTICLES.contains(w)
                && !PARTICLE_PREFIX.matcher(w).matches();
    }

    /**
     * "Coalition of [Coastal Fishing Cooperatives]": the model often drops a leading head noun and its "of";
     * a capitalised word (not a title) before "of" belongs to the organization's name.
     */
    private int extendLeft(Sentence s, int first) {
        if (first >= 1 && (gazetteer.countryOfDemonym(s.token(first - 1).norm()) != null
                || Character.isUpperCase(s.token(first - 1).norm().codePointAt(0))
                && !DETERMINERS.contains(s.token(first - 1).norm()) && isPlace(s.token(first - 1).norm() + " "
                + s.token(first).norm()))) {
            first--; // "Iranian Foreign Ministry", "South" + "Sudan Civil Society Forum"
        }
        while (first >= 2 && s.token(first - 1).text().equals("of")) {
            String head = s.token(first - 2).text();
            if (!Character.isUpperCase(head.codePointAt(0)) || gazetteer.isTitleWord(head)
                    || DETERMINERS.contains(head) || gazetteer.lookup(head) != null
                    || first == 2 && s.token(0).isPos("NOUN")) { // "Managers of X": capitalised as the first word
                break;
            }
            first -= 2;
        }
        return first;
    }

    /**
     * A one-word name must look like one: a proper noun to the tagger (unless the model calls it a person),
     * not a word that names nothing on its own ("Muslim", "South"), and not a compound of two known places
     * ("Iran-Iraq ties").
     */
    private boolean isSingleWordName(Token t, EntityType type) {
        String w = t.norm();
        if (gazetteer.isNotAName(w)) {
            return false;
        }
        int dash = w.indexOf('-');
        if (dash > 0 && gazetteer.lookup(w.substring(0, dash)) != null
                && gazetteer.lookup(w.substring(dash + 1)) != null) {
            return false;
        }
        return type == EntityType.PERSON || t.isPos("PROPN") || w.chars().allMatch(ch -> !Character.isLowerCase(ch))
                || w.chars().skip(1).anyMatch(Character::isUpperCase) && w.chars().anyMatch(Character::isLowerCase);
        // "NewsPoint", "SkyNova": a capital inside a word is a brand's or an outlet's name
    }

    private boolean isPlace(String name) {
        Gazetteer.Known k = gazetteer.lookup(name);
        return k != null && k.type() == EntityType.LOCATION;
    }

    /**
     * "Ministry of Foreign Affairs", "Bureau of Immigration": an organization word continues over "of X"; also over
     * "for the X" and "on X Y" ("Commission for the Rule of Law", "Conference on Arctic Shipping"), and over
     * further such phrases ("Association of Families of the Missing"), which name no known place: "of Kenya" or
     * "on Ukraine" after a body's full name says what it is about, and is no part of it.
     */
    private int extendRight(Sentence s, int end) {
        if (!gazetteer.isOrgWord(s.token(end - 1).norm())) {
            return end;
        }
        int k = end;
        boolean placeAllowed = true; // "Bureau of Immigration", "Embassy of Kenya"
        while (true) {
            int next = prepositionPhraseEnd(s, k, placeAllowed);
            if (next == k) {
                return k;
            }
            // a goal ("for the Liberation") goes on to its place ("of Rwanda"); a body's full name does not
            placeAllowed = !s.token(k).text().equals("of");
            k = next;
        }
    }

    /** The end of "of / for / on [the] Capitalised Words" at {@code k} that continues a body's name, or {@code k}. */
    private int prepositionPhraseEnd(Sentence s, int k, boolean placeAllowed) {
        if (k + 1 >= s.size() || !BODY_NAME_PREPOSITIONS.contains(s.token(k).text())) {
            return k;
        }
        boolean of = s.token(k).text().equals("of");
        int from = k + 1;
        boolean the = s.token(from).text().equals("the");
        if (the) {
            from++;
        }
        int run = from;
        while (run < s.size() && Character.isUpperCase(s.token(run).norm().codePointAt(0))
                && Character.isLetter(s.token(run).norm().codePointAt(0)) && !gazetteer.isNameEdge(s.token(run).norm())) {
            run++;
        }
        if (run == from) {
            return k;
        }
        for (int t = from + 1; t + 1 < run; t++) {
            if (gazetteer.isTitleHead(s.token(t).norm())) {
                run = t; // "Federation of Ontario | President Ana Diaz": a title and its holder after the body's name
                break;
            }
        }
        for (int j = from + 1; j + MIN_NAME_AFTER_PLACE <= run; j++) {
            Gazetteer.Known known = gazetteer.lookup(article(s, from, j));
            if (known != null && !known.weak() && personsName(s, j, run)) {
                run = j; // "Embassy of Iraq | Ali Hassan Jaber": the envoy's name after the body's
                break;
            }
        }
        if (!placeAllowed && isPlace(article(s, from, run)) || !of && !the && run - from < 2) {
            return k;
        }
        return run;
    }

    private static boolean isTrailingJunk(Token t) {
        String n = t.norm();
        return n.equals("'s") || n.equals("'") || (n.length() == 1 && !Character.isLetterOrDigit(n.charAt(0)));
    }

    /**
     * The first token after a leading title and the country or organization before it
     * ("Kenyan Foreign Minister", "Ghana 's Interior Minister"), when real name tokens remain after it. With
     * {@code needHead} (a name the model did not call a person) the title must hold a head word: modifiers alone
     * begin names of bodies and places ("State House", "Royal Terminal", "UN Women").
     */
    private int stripTitle(Sentence s, int first, int end, boolean needHead) {
        int i = first;
        boolean sawTitle = false;
        while (i < end - 1) {
            String w = s.token(i).norm();
            if (i + 2 < end && gazetteer.isTitleWord(w, s.token(i + 1).norm())) {
                sawTitle = true;
                i += 2; // "Tan Sri", "Datuk Seri"
            } else if (gazetteer.isTitleWord(w) || i > 0 && gazetteer.isTitleWord(s.token(i - 1).norm(), w)) {
                sawTitle |= !needHead || gazetteer.isTitleHead(w)
                        || i > 0 && gazetteer.isTitleWord(s.token(i - 1).norm(), w);
                // or the end of a two-word title the name finder cut in half: "Datuk | Seri X"
                i++;
            } else if (gazetteer.countryOfDemonym(w) != null || w.equals("'s")) {
                i++;
            } else if (i + 1 < end && gazetteer.countryOfDemonym(w + " " + s.token(i + 1).norm()) != null) {
                i += 2; // "Sri Lankan", "South Korean"
            } else if (i + 1 < end && s.token(i + 1).norm().equals("'s")) {
                i += 2; // "Iran 's"
            } else {
                break;
            }
        }
        return sawTitle ? i : first;
    }

    private static boolean hasCapital(Sentence s, int first, int end) {
        for (int i = first; i < end; i++) {
            String w = s.token(i).text();
            // "al-Qaida", "al-Sudani": a particle joined to a capitalised name
            if (Character.isUpperCase(w.codePointAt(0)) || PARTICLE_PREFIX.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean isDemonymOrTitleOnly(Sentence s, int first, int end) {
        for (int i = first; i < end; i++) {
            String w = s.token(i).norm();
            if (i + 1 < end && gazetteer.countryOfDemonym(w + " " + s.token(i + 1).norm()) != null) {
                i++;
            } else if (gazetteer.countryOfDemonym(w) == null && !gazetteer.isTitleWord(w) && !w.equals("'s")) {
                return false;
            }
        }
        return true;
    }

    /** Adds known names (longest first) that no candidate covers yet. */
    private void spotKnownNames(Sentence s, String article, List<Candidate> out) {
        boolean capsLine = isAllCaps(s);
        for (int i = 0; i < s.size(); i++) {
            if (!Character.isUpperCase(s.token(i).text().codePointAt(0))) {
                continue;
            }
            for (int len = Math.min(gazetteer.longestName(), s.size() - i); len >= 1; len--) {
                int end = i + len;
                if (!Character.isUpperCase(s.token(end - 1).text().codePointAt(0)) || !namelike(s, i, end)) {
                    continue;
                }
                String name = article.substring(s.token(i).start(), s.token(end - 1).end());
                Gazetteer.Known known = gazetteer.lookup(name);
                if (known != null && !crossed(out, s.index(), i, end) && plausible(name, len, capsLine)
                        && (!known.weak() || afterPlacePreposition(s, i, gazetteer) || s.index() == 0 && i == 0
                            || coordinatedWithPlace(s, i, out) || placeWordsAfter(s, end)
                            || theAfterPreposition(s, i, end))) {
                    int from = i;
                    out.removeIf(c -> c.sentence() == s.index() && c.first() >= from && c.end() <= end);
                    out.add(new Candidate(s.index(), i, end, known.type(), GAZETTEER_CONFIDENCE, known, -1));
                    i = end - 1;
                    break;
                }
            }
        }
    }

    /**
     * "Orvalle Mayor Ana Diaz", "Orvalle mayor", "the Orvalle and Tessin regions": a weak known name before a title
     * head, or before a place word in lower case (after a coordinated name, if any), stands for a place; people's
     * names do not take a title or "regions" after them.
     */
    private boolean placeWordsAfter(Sentence s, int end) {
        int next = end;
        if (next + 1 < s.size() && COORDINATORS.contains(s.token(next).norm())) {
            next++;
            while (next < s.size() && Character.isUpperCase(s.token(next).text().codePointAt(0))) {
                next++;
            }
        }
        if (next >= s.size()) {
            return false;
        }
        String w = s.token(next).norm();
        return next == end && gazetteer.isTitleHead(w) && !gazetteer.isHonorific(w)
                || Character.isLowerCase(w.codePointAt(0)) && gazetteer.isPlaceWord(capitalized(singular(w)));
    }

    /**
     * "in the Midlands.": "the" after a place preposition, the name ending its clause; a name with words after it
     * ("in the Jackson years") modifies them.
     */
    private boolean theAfterPreposition(Sentence s, int i, int end) {
        return i >= 2 && s.token(i - 1).norm().equalsIgnoreCase("the") && afterPlacePreposition(s, i - 1, gazetteer)
                && (end == s.size() || !Character.isLetterOrDigit(s.token(end).norm().codePointAt(0))
                    || COORDINATORS.contains(s.token(end).norm()));
    }

    private static String singular(String w) {
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /** "in Tarandi and Kolwe": a name joined by "and" or "or" to a place named just before it. */
    private static boolean coordinatedWithPlace(Sentence s, int i, List<Candidate> out) {
        return i >= 2 && COORDINATORS.contains(s.token(i - 1).norm()) && out.stream().anyMatch(c ->
                c.sentence() == s.index() && c.end() == i - 1 && c.type() == EntityType.LOCATION);
    }

    private static boolean namelike(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = s.token(i).text();
            if (!Character.isUpperCase(t.codePointAt(0)) && !CONNECTORS.contains(t)) {
                return false;
            }
        }
        return true;
    }

    static boolean afterPlacePreposition(Sentence s, int i, Gazetteer gazetteer) {
        return i > 0 && PLACE_PREPOSITIONS.contains(s.token(i - 1).norm().toLowerCase(java.util.Locale.ROOT))
                || i > 1 && s.token(i - 1).norm().equals("for") // "left for Biratnagar", "bound for X"
                && gazetteer.isDepartureVerb(s.token(i - 2).norm().toLowerCase(java.util.Locale.ROOT));
    }

    /** Two-letter names ("US", "UN") only where capitals mean something: not in an all-caps line. */
    private static boolean plausible(String name, int tokens, boolean capsLine) {
        return tokens > 1 || name.length() > 2 || !capsLine;
    }

    /**
     * True when a candidate overlaps the span without lying inside it: the model saw a longer or different
     * name there ("Iraqi Kurdistan Region" over "Kurdistan"), and it is kept. Candidates inside the span
     * ("Azerbaijan" in "Republic of Azerbaijan") give way to the known, longer name.
     */
    private static boolean crossed(List<Candidate> cs, int sentence, int from, int to) {
        for (Candidate c : cs) {
            if (c.overlaps(sentence, from, to) && (c.first() < from || c.end() > to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAllCaps(Sentence s) {
        int letters = 0;
        int upper = 0;
        for (Token t : s.tokens()) {
            for (int k = 0; k < t.text().length(); k++) {
                char c = t.text().charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
        }
        return letters > 0 && upper * 10 >= letters * 8;
    }
}
