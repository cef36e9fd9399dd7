package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class IdentityLinksTest {

    private static final String P = "https://w3id.org/newsgraph/person/";

    private static Node person(String slug) {
        return NodeFactory.createURI(P + slug);
    }

    private static List<String> links(Map<Node, String> persons) { // labels only document the slugs
        return IdentityLinks.links(persons.keySet()).find().mapWith(t -> t.getSubject().getURI().substring(P.length())
                + " = " + t.getObject().getURI().substring(P.length())).toList().stream().sorted().toList();
    }

    @Test
    void aSurnameAndAShorterFormJoinTheOneFullName() {
        Map<Node, String> persons = new LinkedHashMap<>();
        persons.put(person("amina-njeri-wanjiru"), "Amina Njeri Wanjiru");
        persons.put(person("njeri-wanjiru"), "Njeri Wanjiru");
        persons.put(person("wanjiru"), "Wanjiru");
        assertEquals(List.of("amina-njeri-wanjiru = njeri-wanjiru", "amina-njeri-wanjiru = wanjiru",
                "njeri-wanjiru = amina-njeri-wanjiru", "wanjiru = amina-njeri-wanjiru"), links(persons));
    }

    @Test
    void twoPeopleWhoShareASurnameKeepItUnlinked() {
        Map<Node, String> persons = new LinkedHashMap<>();
        persons.put(person("amina-wanjiru"), "Amina Wanjiru");
        persons.put(person("peter-wanjiru"), "Peter Wanjiru");
        persons.put(person("wanjiru"), "Wanjiru");
        assertEquals(List.of(), links(persons));
    }

    @Test
    void accentsAndCaseDoNotSeparateNames() {
        Map<Node, String> persons = new LinkedHashMap<>();
        persons.put(person("gokhan-dagli"), "Gökhan Dağlı");
        persons.put(person("dagli"), "DAĞLI");
        assertEquals(List.of("dagli = gokhan-dagli", "gokhan-dagli = dagli"), links(persons));
    }

    @Test
    void anInitialStandsForAFirstName() {
        Map<Node, String> persons = new LinkedHashMap<>();
        persons.put(person("subramanian-jayakumar"), "Subramanian Jayakumar");
        persons.put(person("s-jayakumar"), "S. Jayakumar");
        assertEquals(List.of("s-jayakumar = subramanian-jayakumar", "subramanian-jayakumar = s-jayakumar"),
                links(persons));
    }

    @Test
    void linksComputedPerCandidateKeyAndUnitedEqualLinksOverAllPersons() {
        List<Node> persons = java.util.stream.Stream.of("amina-njeri-wanjiru", "wanjiru", "peter-otieno", "otieno",
                "s-otieno", "amina-otieno", "subramanian-jayakumar", "s-jayakumar", "lone").map(IdentityLinksTest::person)
                .toList();
        Map<String, List<Node>> groups = new java.util.TreeMap<>();
        persons.forEach(p -> groups.computeIfAbsent(IdentityLinks.candidateKey(p), k -> new java.util.ArrayList<>()).add(p));
        assertEquals(List.of("jayakumar", "lone", "otieno", "wanjiru"), List.copyOf(groups.keySet()));
        org.apache.jena.graph.Graph united = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        groups.values().forEach(g -> IdentityLinks.links(g).find().forEach(united::add));
        org.apache.jena.graph.Graph whole = IdentityLinks.links(persons);
        assertEquals(4, whole.size()); // wanjiru and s-jayakumar, both ways; "otieno" could be two people
        assertEquals(true, whole.isIsomorphicWith(united));
    }
}
