package org.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.nlp.Sentence;

/**
 * World knowledge the resolver leans on: places (countries with their other names, demonyms and capitals;
 * regions), well-known organizations and their short names, titles of office and the words that end an
 * organization's name. Loaded once from resources; immutable, so shared by all threads.
 */
final class Gazetteer {

    /**
     * A known name: its canonical form and type. A weak name (a city) can also be a person's ("Jackson",
     * "Florence"): it types a name only where the model does not say person, and is spotted alone only
     * after "in", "at", "from" and the like.
     */
    record Known(String canonical, EntityType type, boolean weak) {
    }

    private static final int MIN_ACRONYM = 2;
    /** Longest acronym that is also a short English word in other cases ("WHO", "CAN", "ITS"). */
    private static final int MAX_SHORT_ACRONYM = 3;

    private static volatile Gazetteer shared;

    private final Map<String, Known> names = new HashMap<>();
    /**
     * Keys that only a short acronym gave ("WHO", "AU"): such a name matches only text written in capitals, since
     * its word in any other case is an English word or nothing ("Who ordered the police …?").
     */
    private final Set<String> acronymOnlyKeys = new HashSet<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> stateAbbreviations = new HashMap<>();
    private final Set<String> titleHeads = new HashSet<>();
    private final Set<String> titleModifiers = new HashSet<>();
    private final Set<String> honorifics = new HashSet<>();
    private final Set<String> styles = new HashSet<>();
    /** Canonical names of seats of government ("Kremlin", "La Moncloa"): a body or a building by what they do. */
    private final Set<String> seats = new HashSet<>();
    /** Words after a seat's name that make it the institution acting ("said", "in a statement"). */
    private final Set<String> seatActs = new HashSet<>();
    private final Set<String> seatVisits = new HashSet<>();
    /** Phrases before a seat's name that make it a source ("according to"), word by word. */
    private final List<String[]> seatCites = new ArrayList<>();
    private final Set<String> namedOrgHeads = new HashSet<>();
    private final Map<String, String> genders = new HashMap<>();
    private final Map<String, Set<String>> coreferenceWords = new HashMap<>();
    private final Set<String> genericOrgHeads = new HashSet<>();
    private final Set<String> orgWords = new HashSet<>();
    private final Set<String> placeWords = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();
    private final Set<String> regionDirections = new HashSet<>();
    private final Set<String> regionAdjectives = new HashSet<>();
    private final Set<String> personNouns = new HashSet<>();
    private final Set<String> nameEdges = new HashSet<>();
    private final Set<String> venueWords = new HashSet<>();
    private final Set<String> venueBodies = new HashSet<>();
    private final Set<String> venueCompounds = new HashSet<>();
    private final Set<String> venueOpeners = new HashSet<>();
    private final Set<String> portfolioWords = new HashSet<>();
    private final Set<String> eventWords = new HashSet<>();
    private final Set<String> institutionWords = new HashSet<>();
    private final Set<String> compoundParticiples = new HashSet<>();
    private final Set<String> departureVerbs = new HashSet<>();
    private final Set<String> locatedParticiples = new HashSet<>();
    private final List<String[]> addressedBodyCues = new ArrayList<>();
    private final Set<String> addressedBodyHeads = new HashSet<>();
    private final List<String[]> bodyNouns = new ArrayList<>();
    private final Set<String> currencyWords = new HashSet<>();
    private final List<String[]> outletCues = new ArrayList<>();
    private final Map<String, Set<String>> surnameCues = new HashMap<>();
    private int longestName = 1;

    static Gazetteer shared() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (shared == null) {
                    shared = load();
                }
                g = shared;
            }
        }
        return g;
    }

    private static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String[] row : rows("countries.tsv")) {
            g.addPlace(row[0], EntityType.LOCATION);
            for (String alt : values(row, 1)) {
                g.addName(alt, row[0], EntityType.LOCATION);
            }
            for (String demonym : values(row, 2)) {
                g.demonyms.putIfAbsent(demonym, row[0]);
            }
            for (String capital : values(row, 3)) {
                g.addPlace(capital, EntityType.LOCATION);
            }
        }
        for (String[] row : rows("places-extra.tsv")) {
            g.addPlace(row[1], EntityType.LOCATION);
            for (String other : values(row, 2)) {
                g.addName(other, row[1], EntityType.LOCATION);
            }
            for (String demonym : values(row, 3)) {
                g.demonyms.put(demonym, row[1]);
            }
        }
        for (String[] row : rows("organizations.tsv")) {
            g.addPlace(row[0], EntityType.ORGANIZATION);
            for (String alt : values(row, 1)) {
                g.addName(alt, row[0], EntityType.ORGANIZATION);
            }
        }
        for (String[] row : rows("seats.tsv")) { // a body by default; Seats retypes it where it is only a building
            g.addPlace(row[0], EntityType.ORGANIZATION);
            g.seats.add(row[0]);
            for (String alt : values(row, 1)) {
                g.addName(alt, row[0], EntityType.ORGANIZATION);
            }
        }
        for (String file : List.of("cities.tsv", "subdivisions.tsv")) { // weak names: "Guerrero" is also a surname
            for (String[] row : rows(file)) {
                g.addName(row[0], row[0], EntityType.LOCATION, true);
            }
        }
        for (String[] row : rows("subdivision-abbreviations.tsv")) {
            g.stateAbbreviations.put(Names.key(row[0]), row[1]);
            if (row[2].equals("name")) {
                g.addName(row[0], row[1], EntityType.LOCATION, true);
            }
        }
        for (String[] row : rows("titles.txt")) {
            switch (row[0]) {
                case "head" -> g.titleHeads.addAll(values(row, 1));
                case "honorific" -> { // a title before a name like the others, but no office
                    g.titleHeads.addAll(values(row, 1));
                    g.honorifics.addAll(values(row, 1));
                }
                case "style" -> g.styles.addAll(values(row, 1));
                default -> g.titleModifiers.addAll(values(row, 1));
            }
        }
        addWords("org-words.txt", g.orgWords);
        addWords("place-words.txt", g.placeWords);
        addWords("venue-words.txt", g.venueWords);
        addWords("venue-bodies.txt", g.venueBodies);
        rows("venue-compounds.txt").forEach(row -> g.venueCompounds.add(row[0]));
        addWords("venue-openers.txt", g.venueOpeners);
        addWords("event-words.txt", g.eventWords);
        for (String[] row : rows("surname-cues.txt")) {
            String[] words = row[0].split(" ");
            g.surnameCues.put(words[0], Set.of(java.util.Arrays.copyOfRange(words, 1, words.length)));
        }
        for (String[] row : rows("outlet-cues.txt")) {
            g.outletCues.add(row[0].split(" "));
        }
        addWords("institution-words.txt", g.institutionWords);
        addWords("compound-participles.txt", g.compoundParticiples);
        for (String[] row : rows("place-cues.txt")) {
            switch (row[0]) {
                case "departure" -> g.departureVerbs.addAll(values(row, 1));
                case "located" -> g.locatedParticiples.addAll(values(row, 1));
                case "acts" -> g.seatActs.addAll(values(row, 1));
                case "visits" -> g.seatVisits.addAll(values(row, 1));
                case "cites" -> values(row, 1).forEach(phrase -> g.seatCites.add(phrase.split(" ")));
                default -> throw new IllegalStateException("place-cues.txt: no such kind of cue: " + row[0]);
            }
        }
        addWords("currency-words.txt", g.currencyWords);
        for (String[] row : rows("body-nouns.txt")) {
            g.bodyNouns.add(row[0].split(" "));
        }
        for (String[] row : rows("addressed-bodies.txt")) {
            if (row[0].equals("cues")) {
                values(row, 1).forEach(cue -> g.addressedBodyCues.add(cue.split(" ")));
            } else {
                g.addressedBodyHeads.addAll(values(row, 1));
            }
        }
        addWords("portfolio-words.txt", g.portfolioWords);
        addWords("not-names.txt", g.notNames);
        addWords("person-nouns.txt", g.personNouns);
        for (String[] row : rows("coreference.tsv")) {
            g.coreferenceWords.put(row[0], Set.copyOf(values(row, 1)));
        }
        for (String[] row : rows("gender-words.txt")) {
            for (String w : values(row, 1)) {
                g.genders.put(w, row[0]);
            }
        }
        for (String[] row : rows("org-descriptions.txt")) {
            (row[0].equals("generic") ? g.genericOrgHeads : g.namedOrgHeads).addAll(values(row, 1));
        }
        addWords("name-edges.txt", g.nameEdges);
        for (String[] row : rows("region-adjectives.txt")) {
            (row[0].equals("directions") ? g.regionDirections : g.regionAdjectives).addAll(values(row, 1));
        }
        return g;
    }

    /** The words of a word list, a line or several a line (separated by spaces), into a set. */
    private static void addWords(String file, Set<String> into) {
        for (String[] row : rows(file)) {
            into.addAll(List.of(row[0].split(" ")));
        }
    }

    private void addPlace(String canonical, EntityType type) {
        addName(canonical, canonical, type);
    }

    private void addName(String name, String canonical, EntityType type) {
        addName(name, canonical, type, false);
    }

    private void addName(String name, String canonical, EntityType type, boolean weak) {
        String key = Names.key(name);
        boolean named = names.containsKey(key);
        names.putIfAbsent(key, new Known(canonical, type, weak));
        if (!isShortAcronym(name)) {
            acronymOnlyKeys.remove(key);
        } else if (!named) {
            acronymOnlyKeys.add(key);
        }
        longestName = Math.max(longestName, name.split(" ").length);
    }

    private static List<String> values(String[] row, int column) {
        return column < row.length && !row[column].isBlank() ? List.of(row[column].split("\\|")) : List.of();
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The known entity a name denotes ("US" → United States, location), or null. */
    Known lookup(String name) {
        String key = Names.key(name);
        if (acronymOnlyKeys.contains(key) && !isShortAcronym(name)) {
            return null;
        }
        return names.get(key);
    }

    /** Two or three capital letters, dots aside: "UN", "U.N.", "WHO". */
    private static boolean isShortAcronym(String name) {
        String letters = name.replace(".", "");
        return letters.length() >= MIN_ACRONYM && letters.length() <= MAX_SHORT_ACRONYM
                && letters.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
    }

    /**
     * The state or province a party-state tag names ("Ariz." in "D-Ariz.", "Maine" in "R-Maine"): an abbreviation
     * of one, or a known subdivision's or country's own name; null otherwise.
     */
    String stateOfTag(String written) {
        String full = stateAbbreviations.get(Names.key(written));
        if (full != null) {
            return full;
        }
        Known k = lookup(written);
        return k != null && k.type() == EntityType.LOCATION ? k.canonical() : null;
    }

    /** The country a demonym points to ("Kenyan" → Kenya), or null. Case-sensitive: demonyms are capitalised. */
    String countryOfDemonym(String word) {
        return demonyms.get(word);
    }

    boolean isTitleHead(String word) {
        return titleHeads.contains(word) || titleHeads.contains(capitalize(word));
    }

    /** Whether a title head stands among the tokens from {@code from} up to (not including) {@code to}. */
    boolean hasTitleHead(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isTitleHead(s.token(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Whether two words in a row are one title head ("Prime Minister", "Crown Prince"). */
    boolean isTitleHead(String first, String second) {
        return isTitleHead(first + " " + second);
    }

    /** A word list of coreference.tsv by its key ("heads.descriptive"); empty for an unknown key. */
    Set<String> coreferenceWords(String key) {
        return coreferenceWords.getOrDefault(key, Set.of());
    }

    /** "male" for "Mr", "female" for "Ms." or "spokeswoman"; null for a word that does not say. */
    String genderOf(String word) {
        return genders.get(word);
    }

    /** "union" in "the union": a description's head that must appear in the name of the organization it stands for. */
    boolean isNamedOrgHead(String word) {
        return namedOrgHeads.contains(word);
    }

    /** "group" in "the rights group": a description's head that stands for any organization just named. */
    boolean isGenericOrgHead(String word) {
        return genericOrgHeads.contains(word);
    }

    /** "Dr", "Tan Sri": a form of address, not an office (a full stop after it does not matter). */
    boolean isHonorific(String words) {
        return honorifics.contains(words.replace(".", ""));
    }

    /**
     * "Sheikh", "Dr", "Tan Sri": a title by which a person is commonly called, a form of address or a style
     * (a full stop after it does not matter).
     */
    boolean isStyle(String words) {
        return isHonorific(words) || styles.contains(words.replace(".", ""));
    }

    /** Words after a seat of government's name that make it the institution that acts (lower case). */
    Set<String> seatActs() {
        return seatActs;
    }

    /** Verbs before a seat of government's name that make it the building visited ("toured the Kremlin"). */
    Set<String> seatVisits() {
        return seatVisits;
    }

    /** Phrases before a seat of government's name that make it the source of a report, word by word. */
    List<String[]> seatCites() {
        return seatCites;
    }

    /** Whether a known name's canonical form is a seat of government ({@code seats.tsv}). */
    boolean isSeat(String canonical) {
        return seats.contains(canonical);
    }

    /** Whether two words in a row are one form of address ("Tan Sri", "Datuk Seri"). */
    boolean isHonorific(String first, String second) {
        return isHonorific(first + " " + second);
    }

    boolean isTitleWord(String word) {
        return isTitleHead(word) || titleModifiers.contains(word) || titleModifiers.contains(capitalize(word));
    }

    /** Whether two words in a row are one title word ("Managing Director", "Datuk Seri"). */
    boolean isTitleWord(String first, String second) {
        return isTitleWord(first + " " + second);
    }

    boolean isOrgWord(String word) {
        return orgWords.contains(word);
    }

    /** "South Asian", "Middle Eastern": directions, then the adjective of a continent or side of the world. */
    boolean isRegionAdjective(String name) {
        List<String> words = List.of(name.split(" "));
        return words.size() > 1 && regionAdjectives.contains(words.get(words.size() - 1))
                && words.subList(0, words.size() - 1).stream().allMatch(regionDirections::contains);
    }

    /** "Muslim", "South", "Group": capitalised words that do not name anything on their own. */
    boolean isNotAName(String word) {
        return notNames.contains(word);
    }

    /** "activist", "lawyer": a lower-case word for a person that is no title of office. */
    boolean isPersonNoun(String word) {
        return personNouns.contains(word);
    }

    /** "Monday", "Says", "MP": a capitalised word that a name neither begins nor ends with. */
    boolean isNameEdge(String word) {
        return nameEdges.contains(word);
    }

    /** "Palace", "Airport": the last word of a named building or venue. */
    boolean isVenueWord(String word) {
        return venueWords.contains(word);
    }

    /** "House": a venue word that names a body before "of" ("House of Commons"). */
    boolean isVenueBody(String word) {
        return venueBodies.contains(word);
    }

    /** "Hotel", "Villa": the first word of a named building ("Hotel Marisol", "Villa Kestrel"). */
    boolean isVenueOpener(String word) {
        return venueOpeners.contains(word);
    }

    /** "Convention Centre", "Conference Hall": two last words that make a name a venue's, not a body's. */
    boolean isVenueCompound(String lastTwoWords) {
        return venueCompounds.contains(lastTwoWords);
    }

    /** "Act", "Summit", "Olympics": the last word of an event's or a document's name, which is no entity. */
    boolean isEventWord(String word) {
        return eventWords.contains(word);
    }

    /** "said" ({@code speech}), "himself" ({@code reflexive}): words after a lone surname that say "person". */
    boolean isSurnameCue(String kind, String word) {
        return surnameCues.getOrDefault(kind, Set.of()).contains(word);
    }

    /** "told", "according to": words after which an unfound name is an outlet; each as its words. */
    List<String[]> outletCues() {
        return outletCues;
    }

    /** "Cabinet", "Senate": a word that alone names a country's national institution. */
    boolean isInstitutionWord(String word) {
        return institutionWords.contains(word);
    }

    /** "backed", "based": a participle that makes an adjective of the name before its hyphen ("NATO-backed"). */
    boolean isCompoundParticiple(String word) {
        return compoundParticiples.contains(word);
    }

    /** "left", "bound": a verb after which "for" names where one goes (place-cues.txt). */
    boolean isDepartureVerb(String word) {
        return departureVerbs.contains(word);
    }

    /** "based": a participle after a hyphen that says where something sits (place-cues.txt). */
    boolean isLocatedParticiple(String word) {
        return locatedParticiples.contains(word);
    }

    /** "urged", "called on": words of a call before the lower-case body it is made of ("the government"). */
    List<String[]> addressedBodyCues() {
        return addressedBodyCues;
    }

    /** "dollars", "$700": a currency's word, or a token opening with a currency sign. */
    boolean isCurrency(String token) {
        return currencyWords.contains(token.toLowerCase(java.util.Locale.ROOT))
                || !token.isEmpty() && Character.getType(token.codePointAt(0)) == Character.CURRENCY_SYMBOL;
    }

    /** "union", "news agency": lower-case nouns after a body's name that say it is one; each as its words. */
    List<String[]> bodyNouns() {
        return bodyNouns;
    }

    /** "government", "authorities": the lower-case head of a body a call is made of. */
    boolean isAddressedBodyHead(String word) {
        return addressedBodyHeads.contains(word);
    }

    /** "Affairs", "Cooperation": the last word of a minister's field ("Minister of International Cooperation"). */
    boolean isPortfolioWord(String word) {
        return portfolioWords.contains(word);
    }

    boolean isPlaceWord(String word) {
        return placeWords.contains(word);
    }

    int longestName() {
        return longestName;
    }

    /** "minister" -> "Minister", "director-general" -> "Director-General": each part of a hyphenated word. */
    private static String capitalize(String w) {
        StringBuilder b = new StringBuilder(w);
        for (int i = 0; i < b.length(); i++) {
            if (i == 0 || b.charAt(i - 1) == '-') {
                b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
            }
        }
        return b.toString();
    }
}
