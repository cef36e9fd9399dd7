package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;


/**
 * Identity across articles. Each article names its entities by the fullest name it uses, so one article's
 * "Wanjiru" and another's "Amina Njeri Wanjiru" get two IRIs. This pass links a person's shorter name to the
 * one fuller name it is the tail of ({@code <…/person/wanjiru> owl:sameAs <…/person/amina-njeri-wanjiru>})
 * and leaves a name alone when two different fuller names end with it (two people who share a surname).
 * The links live in their own named graph, recomputed whole from the store, so the result does not
 * depend on the order articles arrived in and is replaced, like an article, in one transaction.
 */
public final class IdentityLinks {

    private static final String PERSONS = """
            PREFIX nkg: <https://w3id.org/newsgraph/ontology#>
            SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p a nkg:Person } }""";

    private IdentityLinks() {
    }

    /** The name of the graph that holds the links, under the store's base IRI. */
    public static Node graphName(String base) {
        return NodeFactory.createURI((base.endsWith("/") ? base : base + "/") + "graph/identity");
    }

    /** Recomputes the links; call inside a write transaction. */
    static void relink(Dataset ds, String base) {
        List<Node> persons = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PERSONS).build()) {
            qe.execSelect().forEachRemaining(r -> persons.add(r.getResource("p").asNode()));
        }
        Graph links = links(persons);
        DatasetGraph dsg = ds.asDatasetGraph();
        Node name = graphName(base);
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        links.find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * The key that groups persons for linking: the last word of the name. Links join only persons with
     * one key, so {@link #links} over each group, united, equals {@link #links} over all persons: a
     * distributed job can group by this key instead of holding every person in one memory.
     */
    public static String candidateKey(Node person) {
        return lastWord(words(person.getURI()));
    }

    /** owl:sameAs from each name to the single fuller name it ends, in both directions. */
    public static Graph links(Collection<Node> persons) {
        Map<Node, String> names = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        persons.forEach(p -> names.put(p, words(p.getURI())));
        Map<String, List<Node>> byLastWord = new HashMap<>();
        names.forEach((p, name) -> byLastWord.computeIfAbsent(lastWord(name), k -> new ArrayList<>()).add(p));
        Graph g = GraphFactory.createDefaultGraph();
        names.forEach((p, name) -> {
            Node fuller = onlyFuller(p, name, byLastWord.getOrDefault(lastWord(name), List.of()), names);
            if (fuller != null) {
                g.add(Triple.create(p, OWL.sameAs.asNode(), fuller));
                g.add(Triple.create(fuller, OWL.sameAs.asNode(), p));
            }
        });
        return g;
    }

    /** The longest name ending with this one, when all such names are parts of it (one person), else null. */
    private static Node onlyFuller(Node p, String name, List<Node> sameLastWord, Map<Node, String> names) {
        String words = " " + name;
        Node longest = null;
        for (Node q : sameLastWord) {
            String other = " " + names.get(q);
            if (!q.equals(p) && endsWith(other, words) && other.length() > words.length()
                    && (longest == null || other.length() > (" " + names.get(longest)).length())) {
                longest = q;
            }
        }
        if (longest == null) {
            return null;
        }
        String full = " " + names.get(longest);
        for (Node q : sameLastWord) {
            String other = " " + names.get(q);
            if (endsWith(other, words) && !endsWith(full, other)) {
                return null; // "Amina Wanjiru" and "Peter Wanjiru": "Wanjiru" could be either
            }
        }
        return longest;
    }

    /**
     * True when the words of {@code shorter} are the last words of {@code fuller}, where a one-letter word
     * may stand for a word with that initial ("s rao" ends "sunil rao").
     */
    private static boolean endsWith(String fuller, String shorter) {
        String[] f = fuller.strip().split(" ");
        String[] s = shorter.strip().split(" ");
        if (s.length > f.length) {
            return false;
        }
        for (int i = 1; i <= s.length; i++) {
            String a = f[f.length - i];
            String b = s[s.length - i];
            if (!a.equals(b) && !(b.length() == 1 && a.startsWith(b))) {
                return false;
            }
        }
        return true;
    }

    /** The words of a name as its IRI spells them: the slug already folds case, accents and punctuation. */
    private static String words(String iri) {
        String slug = iri.substring(iri.lastIndexOf('/') + 1);
        return java.net.URLDecoder.decode(slug, java.nio.charset.StandardCharsets.UTF_8).replace('-', ' ').strip();
    }

    private static String lastWord(String words) {
        String[] w = words.split(" ");
        return w[w.length - 1];
    }

}
