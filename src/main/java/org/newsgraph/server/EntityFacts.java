package org.newsgraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * What the store says about one person, organization or place, gathered for its page: one read
 * transaction, a handful of queries from {@code queries.rq}, assembled here (a fact stated by several
 * sentences comes back as several rows).
 */
record EntityFacts(Ref entity, List<String> otherNames, List<RoleFacts> roles, List<Fact> meetings,
                   List<Fact> calls, List<Fact> callsOn, List<ArticleRef> articles) {

    /** An entity as a link shows it. */
    record Ref(String iri, String label, String kind) {

        static Ref of(Row row, String var) {
            String iri = row.iri(var);
            String label = row.text(var + "Label");
            return new Ref(iri, label == null ? iri : label, Html.kind(row.iri(var + "Type")));
        }
    }

    /** An article as a link shows it: its title, else its identifier. */
    record ArticleRef(String iri, String label, String published, long mentions) {

        static ArticleRef of(Row row) {
            String label = row.has("articleTitle") ? row.text("articleTitle")
                : row.has("articleId") ? row.text("articleId") : row.iri("article");
            return new ArticleRef(row.iri("article"), label, row.text("published"), row.number("mentions"));
        }
    }

    /** A sentence that states a fact, and the article it is in. */
    record Evidence(String iri, String sentence, ArticleRef article) {}

    /**
     * A meeting (others: the other participants) or a call (others: the other agents, or for a call on
     * the entity, the agents).
     */
    record Fact(String iri, List<Ref> others, String date, String dateText, Ref place, String content,
                Ref addressee, List<Evidence> evidence, ArticleRef article) {

        /** Its date, else the article's, for ordering. */
        String when() {
            return date != null ? date : article.published();
        }
    }

    /** One title with one roleOf, and every sentence that gives it. */
    record RoleFacts(String title, Ref of, List<Evidence> evidence) {}

    /** Dated first, oldest first; then by article and the fact's number in it. */
    static final Comparator<Fact> CHRONOLOGICAL = Comparator
        .comparing(Fact::when, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(f -> f.article().label())
        .thenComparing(f -> numberAtEnd(f.iri()))
        .thenComparing(Fact::iri);

    /** The facts about {@code iri}, or empty if it is no person, organization or location. */
    static Optional<EntityFacts> load(GraphReader reader, String iri) {
        Map<String, Node> entity = Map.of("entity", NodeFactory.createURI(iri));
        return reader.read(() -> {
            List<Row> kind = reader.select("entity", entity);
            if (kind.isEmpty())
                return Optional.empty();
            Row first = kind.get(0);
            Ref ref = new Ref(iri, first.has("label") ? first.text("label") : iri, Html.kind(first.iri("type")));
            List<String> names = reader.select("other names", entity).stream().map(r -> r.text("name")).toList();
            Map<String, List<Ref>> meetingOthers = others(reader.select("meeting participants", entity));
            Map<String, List<Ref>> callOthers = others(reader.select("call agents", entity));
            return Optional.of(new EntityFacts(ref, names, roles(reader.select("roles", entity)),
                facts(reader.select("meetings", entity), meetingOthers),
                facts(reader.select("calls", entity), callOthers),
                facts(reader.select("calls on it", entity), callOthers),
                reader.select("articles mentioning it", entity).stream().map(ArticleRef::of).toList()));
        });
    }

    /** Fact IRI to the entities bound to ?other with it. */
    private static Map<String, List<Ref>> others(List<Row> rows) {
        Map<String, List<Ref>> others = new LinkedHashMap<>();
        for (Row r : rows) {
            List<Ref> list = others.computeIfAbsent(r.iri("fact"), f -> new ArrayList<>());
            Ref other = Ref.of(r, "other");
            if (!list.contains(other))
                list.add(other);
        }
        return others;
    }

    /** One fact per ?fact, with all its evidence sentences, in chronological order. */
    static List<Fact> facts(List<Row> rows, Map<String, List<Ref>> others) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (Row r : rows) {
            String iri = r.iri("fact");
            Fact f = facts.computeIfAbsent(iri, i -> new Fact(i, others.getOrDefault(i, List.of()), r.text("date"),
                r.text("dateText"), r.has("place") ? Ref.of(r, "place") : null, r.text("content"),
                r.has("addressee") ? Ref.of(r, "addressee") : null, new ArrayList<>(), ArticleRef.of(r)));
            addEvidence(f.evidence(), r);
        }
        return facts.values().stream().sorted(CHRONOLOGICAL).toList();
    }

    private static List<RoleFacts> roles(List<Row> rows) {
        Map<List<String>, RoleFacts> roles = new LinkedHashMap<>();
        for (Row r : rows) {
            // Articles often repeat a title: one entry per title and holder, with all its sentences.
            List<String> key = List.of(r.text("title"), String.valueOf(r.iri("of")));
            RoleFacts role = roles.computeIfAbsent(key, k -> new RoleFacts(r.text("title"),
                r.has("of") ? Ref.of(r, "of") : null, new ArrayList<>()));
            addEvidence(role.evidence(), r);
        }
        return List.copyOf(roles.values());
    }

    private static void addEvidence(List<Evidence> evidence, Row r) {
        if (!r.has("evidence"))
            return;
        Evidence e = new Evidence(r.iri("evidence"), r.text("sentence"), ArticleRef.of(r));
        if (!evidence.contains(e))
            evidence.add(e);
    }

    /** 12 for ".../meeting/12", so that meeting 2 comes before meeting 10. */
    private static long numberAtEnd(String iri) {
        int i = iri.length();
        while (i > 0 && Character.isDigit(iri.charAt(i - 1)))
            i--;
        return i == iri.length() || iri.length() - i > 18 ? 0 : Long.parseLong(iri.substring(i));
    }
}
