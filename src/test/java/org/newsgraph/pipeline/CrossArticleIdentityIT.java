package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.KnowledgeStore;

/** One person named two ways in two articles is one node; two people who share a surname stay two. */
class CrossArticleIdentityIT {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** One article names Amina Wanjiru in full, the other only as "Foreign Minister Wanjiru". */
    private List<String> fullNameAndSurname() throws IOException {
        Path a = write("a.txt", "Kenyan Foreign Minister Amina Wanjiru met Ghanaian President Kofi Mensah in Accra"
                + " on Monday.\n");
        Path b = write("b.txt", "Foreign Minister Wanjiru held talks with Nigerian Vice President Tunde Bakare in"
                + " Abuja on Friday.\n");
        return List.of(a.toString(), b.toString());
    }

    /** Everyone who met the person with this IRI, in any article, through owl:sameAs. */
    private static List<String> counterparts(KnowledgeStore store, String iri) {
        String q = """
                PREFIX nkg: <https://w3id.org/newsgraph/ontology#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?name WHERE {
                  { BIND(<%s> AS ?same) } UNION { <%s> owl:sameAs ?same }
                  ?same nkg:metWith ?other . ?other rdfs:label ?name
                } ORDER BY ?name""".formatted(iri, iri);
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral("name").getString()));
            }
            return out;
        });
    }

    @Test
    void aSurnameInOneArticleIsTheFullNameOfAnother() throws IOException {
        List<String> twoArticles = fullNameAndSurname();
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            Ingests.strictly(twoArticles, store);
            assertEquals(List.of("Kofi Mensah", "Tunde Bakare"),
                    counterparts(store, "https://w3id.org/newsgraph/person/amina-wanjiru"));
        }
    }

    @Test
    void aSecondPersonWithTheSameSurnameUndoesTheLinkWhateverTheOrder() throws IOException {
        List<String> twoArticles = fullNameAndSurname();
        Path c = write("c.txt", "Kenyan opposition leader Peter Wanjiru called for early elections on Sunday.\n");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            Ingests.strictly(twoArticles, store);
            Ingests.strictly(List.of(c.toString()), store);
            assertEquals(List.of("Kofi Mensah"), counterparts(store, "https://w3id.org/newsgraph/person/amina-wanjiru"));
            assertEquals(List.of("Tunde Bakare"), counterparts(store, "https://w3id.org/newsgraph/person/wanjiru"));
        }
    }
}
