package org.newsgraph.eval;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Test helper: writes a gold article into a store the way docs/rdf-model.md lays out system
 * output (article graph, entity IRIs from type and slug, meetings, appeals), i.e. a perfect system.
 */
final class GoldToRdf {

    private static final String NKG = "https://w3id.org/newsgraph/ontology#";
    private static final String BASE = "https://w3id.org/newsgraph/";
    private static final Map<String, String> CLASS = Map.of("PERSON", "Person", "ORGANIZATION", "Organization", "LOCATION", "Location");
    private static final Map<String, String> PATH = Map.of("PERSON", "person", "ORGANIZATION", "organization", "LOCATION", "location");

    private GoldToRdf() {
    }

    static void write(Dataset dataset, String id, GoldArticle gold) {
        String articleIri = BASE + "article/" + id;
        Txn.executeWrite(dataset, () -> {
            Model graph = dataset.getNamedModel(articleIri);
            Resource article = graph.createResource(articleIri)
                    .addProperty(RDF.type, graph.createResource(NKG + "Article"))
                    .addProperty(DCTerms.identifier, id);
            Map<String, Resource> entities = new HashMap<>();
            for (GoldArticle.Entity entity : gold.entities()) {
                Resource node = graph.createResource(BASE + PATH.get(entity.type()) + "/" + slug(entity.name()))
                        .addProperty(RDF.type, graph.createResource(NKG + CLASS.get(entity.type())))
                        .addProperty(RDFS.label, entity.name());
                entity.aliases().forEach(alias -> node.addProperty(SKOS.altLabel, alias));
                entities.put(entity.name(), node);
            }
            int n = 0;
            for (GoldArticle.Meeting meeting : gold.meetings()) {
                Resource node = graph.createResource(articleIri + "/meeting/" + (++n))
                        .addProperty(RDF.type, graph.createResource(NKG + "Meeting"));
                addAll(node, property(graph, "participant"), meeting.participants(), entities);
                for (String a : meeting.participants()) { // the gold lists pairs: every two of them met
                    for (String b : meeting.participants()) {
                        if (!a.equals(b)) {
                            entities.get(a).addProperty(property(graph, "metWith"), entities.get(b));
                        }
                    }
                }
            }
            n = 0;
            for (GoldArticle.Call call : gold.calls()) {
                Resource node = graph.createResource(articleIri + "/appeal/" + (++n))
                        .addProperty(RDF.type, graph.createResource(NKG + "Appeal"))
                        .addProperty(property(graph, "content"), call.content());
                addAll(node, property(graph, "agent"), call.agents(), entities);
            }
            article.addProperty(property(graph, "text"), "(text)");
        });
    }

    private static void addAll(Resource node, Property property, List<String> names, Map<String, Resource> entities) {
        names.forEach(name -> node.addProperty(property, entities.get(name)));
    }

    private static Property property(Model graph, String localName) {
        return graph.createProperty(NKG, localName);
    }

    /** The slug of docs/rdf-model.md: accents removed, lower case, runs of other characters to "-". */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
