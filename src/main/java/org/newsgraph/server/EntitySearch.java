package org.newsgraph.server;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;

/**
 * Finds people, organizations and places by any of their names ({@code rdfs:label}, {@code skos:altLabel}):
 * "Wanjiru" finds Amina Wanjiru. Case and accents do not matter ("dagli" finds Gökhan Dağlı).
 * Names equal to the words typed come first, then names that begin with them, then names with a word that
 * begins with them, then the rest.
 */
final class EntitySearch {

    /** Longer input is cut: no name is this long, and the query stays cheap. */
    static final int MAX_INPUT = 100;

    /** One entity found; {@code matched} is the other name that matched, or null when the label did. */
    record Hit(String iri, String label, String kind, String matched, int rank) {

        String href() {
            return Html.entityHref(iri);
        }
    }

    private final GraphReader reader;

    EntitySearch(GraphReader reader) {
        this.reader = reader;
    }

    /** At most {@code limit} entities, best first; none for blank input. */
    List<Hit> find(String input, int limit) {
        String words = input == null ? "" : input.strip();
        if (words.length() > MAX_INPUT)
            words = words.substring(0, MAX_INPUT);
        if (words.isEmpty())
            return List.of();
        String needle = words.toLowerCase(Locale.ROOT);
        String folded = fold(words);
        Map<String, Hit> best = new LinkedHashMap<>();
        for (Row r : reader.select("search", Map.of("needle", NodeFactory.createLiteralString(needle),
                "slug", NodeFactory.createLiteralString(slug(words))))) {
            String name = r.text("name");
            String label = r.text("otherLabel");
            Hit hit = new Hit(r.iri("other"), label, Html.kind(r.iri("otherType")), name.equals(label) ? null : name,
                rank(fold(name), folded));
            best.merge(hit.iri(), hit, (a, b) -> b.rank() < a.rank() || b.rank() == a.rank() && b.matched() == null ? b : a);
        }
        return best.values().stream()
            .sorted(Comparator.comparingInt(Hit::rank).thenComparingInt(h -> h.label().length())
                .thenComparing(h -> h.label().toLowerCase(Locale.ROOT)).thenComparing(Hit::iri))
            .limit(limit)
            .toList();
    }

    /** 0 equal, 1 starts with, 2 a word starts with, 3 contains, 4 matched only through the IRI's slug. */
    static int rank(String name, String words) {
        if (name.equals(words))
            return 0;
        if (name.startsWith(words))
            return 1;
        int at = name.indexOf(words);
        if (at > 0 && !Character.isLetterOrDigit(name.charAt(at - 1)))
            return 2;
        return at >= 0 ? 3 : 4;
    }

    /** Lower case without accents: "Şükrü" → "sukru". */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** As entity IRIs are made (docs/rdf-model.md): accents removed, lower case, other runs → "-". */
    static String slug(String s) {
        String slug = fold(s).replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
