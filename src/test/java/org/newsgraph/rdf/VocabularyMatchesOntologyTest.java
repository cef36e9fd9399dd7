package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VocabularyMatchesOntologyTest {

    private static final Model ONTOLOGY = ModelFactory.createModelForGraph(Ontology.ontologyGraph());
    private static final Model SHAPES = ModelFactory.createModelForGraph(Ontology.shapesGraph());

    /** NKG's Resource and Property constants, by field name. */
    private static TreeMap<String, Resource> constants() {
        TreeMap<String, Resource> constants = new TreeMap<>();
        for (Field field : NKG.class.getDeclaredFields()) {
            int mod = field.getModifiers();
            if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && Resource.class.isAssignableFrom(field.getType())) {
                try {
                    constants.put(field.getName(), (Resource) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return constants;
    }

    /** Subjects in the nkg: namespace that the ontology gives an rdf:type. */
    private static Set<String> declaredTerms() {
        Set<String> declared = new TreeSet<>();
        ONTOLOGY.listStatements(null, RDF.type, (RDFNode) null).forEachRemaining(st -> {
            Resource s = st.getSubject();
            if (s.isURIResource() && s.getURI().startsWith(NKG.NS)) {
                declared.add(s.getURI());
            }
        });
        return declared;
    }

    /** Every nkg: IRI mentioned in a model, as a node or inside a literal (SPARQL text). */
    private static Set<String> nkgIrisUsedIn(Model model) {
        Set<String> used = new TreeSet<>();
        Pattern inText = Pattern.compile(Pattern.quote(NKG.NS) + "([A-Za-z_][A-Za-z0-9_]*)");
        for (Statement st : model.listStatements().toList()) {
            for (RDFNode n : new RDFNode[] {st.getSubject(), st.getPredicate(), st.getObject()}) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(NKG.NS)) {
                    used.add(n.asResource().getURI());
                } else if (n.isLiteral()) {
                    Matcher m = inText.matcher(n.asLiteral().getLexicalForm());
                    while (m.find()) {
                        used.add(NKG.NS + m.group(1));
                    }
                }
            }
        }
        return used;
    }

    @Test
    void the_namespace_and_the_default_base_are_the_documented_ones() {
        assertEquals("https://w3id.org/newsgraph/ontology#", NKG.NS);
        assertEquals(NKG.NS, NKG.getURI());
        assertEquals("https://w3id.org/newsgraph/", NKG.DEFAULT_BASE);
        assertTrue(ONTOLOGY.contains(ONTOLOGY.createResource(NKG.ONTOLOGY_IRI), RDF.type, OWL.Ontology));
    }

    @Test
    void every_constant_is_named_after_its_local_name_and_declared_with_label_and_comment() {
        TreeMap<String, Resource> constants = constants();
        assertEquals(30, constants.size(), "9 classes and 21 properties: " + constants.keySet());
        constants.forEach((name, term) -> {
            assertEquals(NKG.NS + name, term.getURI(), "field " + name);
            Resource declared = ONTOLOGY.createResource(term.getURI());
            if (term instanceof Property) {
                assertTrue(ONTOLOGY.contains(declared, RDF.type, OWL.ObjectProperty)
                        || ONTOLOGY.contains(declared, RDF.type, OWL.DatatypeProperty),
                        name + " is declared as an object or datatype property");
            } else {
                assertTrue(ONTOLOGY.contains(declared, RDF.type, OWL.Class), name + " is declared as an owl:Class");
            }
            assertEquals(1, ONTOLOGY.listObjectsOfProperty(declared, RDFS.label).toList().size(), name + " has one rdfs:label");
            assertEquals(1, ONTOLOGY.listObjectsOfProperty(declared, RDFS.comment).toList().size(), name + " has one rdfs:comment");
            assertTrue(ONTOLOGY.contains(declared, RDFS.isDefinedBy, ONTOLOGY.createResource(NKG.ONTOLOGY_IRI)), name + " rdfs:isDefinedBy the ontology");
        });
    }

    @Test
    void every_term_declared_in_the_ontology_has_a_constant() {
        Set<String> constantIris = new TreeSet<>();
        constants().values().forEach(r -> constantIris.add(r.getURI()));
        assertEquals(constantIris, declaredTerms());
    }

    @Test
    void the_ontology_and_the_shapes_use_no_undeclared_nkg_term() {
        Set<String> declared = declaredTerms();
        Set<String> usedInOntology = nkgIrisUsedIn(ONTOLOGY);
        usedInOntology.removeAll(declared);
        assertEquals(Set.of(), usedInOntology);
        Set<String> usedInShapes = nkgIrisUsedIn(SHAPES);
        usedInShapes.removeAll(declared);
        assertEquals(Set.of(), usedInShapes);
    }

    @Test
    void every_property_has_a_domain_and_a_range() {
        constants().forEach((name, term) -> {
            Resource declared = ONTOLOGY.createResource(term.getURI());
            if (term instanceof Property) {
                assertTrue(declared.hasProperty(RDFS.domain), name + " has rdfs:domain");
                assertTrue(declared.hasProperty(RDFS.range), name + " has rdfs:range");
            }
        });
    }

    @Test
    void metWith_is_a_symmetric_object_property() {
        assertTrue(ONTOLOGY.contains(NKG.metWith, RDF.type, OWL.SymmetricProperty));
        assertTrue(ONTOLOGY.contains(NKG.metWith, RDF.type, OWL.ObjectProperty));
    }

    @Test
    void calledFor_is_the_inverse_of_agent() {
        assertTrue(ONTOLOGY.contains(NKG.calledFor, OWL.inverseOf, NKG.agent));
    }

    @Test
    void the_classes_are_aligned_to_schema_org_foaf_and_nif() {
        String schema = "https://schema.org/";
        String foaf = "http://xmlns.com/foaf/0.1/";
        String nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        assertSubClass(NKG.Person, schema + "Person");
        assertSubClass(NKG.Person, foaf + "Person");
        assertSubClass(NKG.Organization, schema + "Organization");
        assertSubClass(NKG.Organization, foaf + "Organization");
        assertSubClass(NKG.Location, schema + "Place");
        assertSubClass(NKG.Article, schema + "NewsArticle");
        assertSubClass(NKG.Meeting, schema + "Event");
        assertSubClass(NKG.Mention, nif + "Phrase");
        assertSubClass(NKG.Evidence, nif + "Sentence");
        assertTrue(ONTOLOGY.contains(NKG.text, RDFS.subPropertyOf, ONTOLOGY.createResource(nif + "anchorOf")));
        assertTrue(ONTOLOGY.contains(NKG.start, RDFS.subPropertyOf, ONTOLOGY.createResource(nif + "beginIndex")));
        assertTrue(ONTOLOGY.contains(NKG.end, RDFS.subPropertyOf, ONTOLOGY.createResource(nif + "endIndex")));
        assertTrue(ONTOLOGY.contains(NKG.inArticle, RDFS.subPropertyOf, ONTOLOGY.createResource(nif + "referenceContext")));
    }

    private static void assertSubClass(Resource sub, String sup) {
        assertTrue(ONTOLOGY.contains(sub, RDFS.subClassOf, ONTOLOGY.createResource(sup)), sub + " rdfs:subClassOf " + sup);
    }

    @Test
    void the_reused_external_terms_are_declared_with_where_they_are_defined() {
        for (Resource term : new Resource[] {SKOS.altLabel, DCTerms.identifier, DCTerms.title, DCTerms.source,
                DCTerms.date, NKG.PROV.wasDerivedFrom}) {
            Resource declared = ONTOLOGY.createResource(term.getURI());
            assertTrue(declared.hasProperty(RDF.type), term + " is declared");
            assertTrue(declared.hasProperty(RDFS.isDefinedBy), term + " rdfs:isDefinedBy its vocabulary");
            assertFalse(declared.hasProperty(RDFS.domain), term + " is not redefined");
        }
        assertEquals("http://www.w3.org/ns/prov#wasDerivedFrom", NKG.PROV.wasDerivedFrom.getURI());
    }

    @Test
    void the_ontology_is_licensed_under_apache_2() {
        assertTrue(ONTOLOGY.contains(ONTOLOGY.createResource(NKG.ONTOLOGY_IRI), DCTerms.license,
                ONTOLOGY.createResource("https://www.apache.org/licenses/LICENSE-2.0")));
    }
}
