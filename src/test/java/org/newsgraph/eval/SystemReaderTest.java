package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.SystemArticle.SystemCall;
import org.newsgraph.eval.SystemArticle.SystemEntity;
import org.newsgraph.eval.SystemArticle.SystemPair;

class SystemReaderTest {

    /** Two article graphs laid out as docs/rdf-model.md says; Ilse Marwood appears in both with different altLabels. */
    private static final String STORE = """
            PREFIX nkg:     <https://w3id.org/newsgraph/ontology#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
            PREFIX art:     <https://w3id.org/newsgraph/article/>
            PREFIX person:  <https://w3id.org/newsgraph/person/>
            PREFIX org:     <https://w3id.org/newsgraph/organization/>
            PREFIX loc:     <https://w3id.org/newsgraph/location/>

            art:harbor-1 {
              art:harbor-1 a nkg:Article ; dcterms:identifier "harbor-1" ;
                  nkg:text "Ilse Marwood met Tor Benning and the Harbor Council in Port Amsel." .
              person:ilse-marwood a nkg:Person ; rdfs:label "Ilse Marwood" ;
                  skos:altLabel "Marwood", "the harbour master" ; nkg:confidence 0.9 .
              person:tor-benning a nkg:Person ; rdfs:label "Tor Benning" .
              org:harbor-council a nkg:Organization ; rdfs:label "Harbor Council" ; skos:altLabel "HC" .
              loc:port-amsel a nkg:Location ; rdfs:label "Port Amsel" .
              <https://w3id.org/newsgraph/article/harbor-1/meeting/1> a nkg:Meeting ;
                  nkg:participant person:ilse-marwood, person:tor-benning, org:harbor-council ;
                  nkg:place loc:port-amsel ; nkg:dateText "on Monday" ;
                  nkg:evidence <https://w3id.org/newsgraph/article/harbor-1#char=0,66> ;
                  prov:wasDerivedFrom art:harbor-1 .
              <https://w3id.org/newsgraph/article/harbor-1/meeting/2> a nkg:Meeting ;
                  nkg:participant person:tor-benning, person:ilse-marwood ;
                  prov:wasDerivedFrom art:harbor-1 .
              person:ilse-marwood nkg:metWith person:tor-benning, org:harbor-council .
              <https://w3id.org/newsgraph/article/harbor-1/appeal/1> a nkg:Appeal ;
                  nkg:agent person:ilse-marwood, org:harbor-council ;
                  nkg:content "the reopening of the ferry route" ;
                  prov:wasDerivedFrom art:harbor-1 .
              <https://w3id.org/newsgraph/article/harbor-1/appeal/2> a nkg:Appeal ;
                  nkg:content "new quay fees" .
            }

            art:harbor-2 {
              art:harbor-2 a nkg:Article ; dcterms:identifier "harbor-2" .
              person:ilse-marwood a nkg:Person ; rdfs:label "Ilse Marwood" ; skos:altLabel "Dr Marwood" .
              person:ada-lindqvist a nkg:Person ; rdfs:label "Ada Lindqvist" ;
                nkg:role [ a nkg:Role ; nkg:title "Minister" ; nkg:roleOf loc:norway ] .
              loc:norway a nkg:Location ; rdfs:label "Norway" .
              loc:bergen a nkg:Location ; rdfs:label "Bergen" ; nkg:role [ nkg:roleOf loc:bergen ] .
              [] a nkg:Mention ; nkg:denotes loc:bergen .
            }
            """;

    private static final SystemEntity ILSE = new SystemEntity("Ilse Marwood", Set.of("Marwood", "the harbour master"), "PERSON");
    private static final SystemEntity TOR = new SystemEntity("Tor Benning", Set.of(), "PERSON");
    private static final SystemEntity COUNCIL = new SystemEntity("Harbor Council", Set.of("HC"), "ORGANIZATION");
    private static final SystemEntity PORT = new SystemEntity("Port Amsel", Set.of(), "LOCATION");

    private Dataset dataset;

    @BeforeEach
    void loadStore() {
        dataset = TDB2Factory.createDataset();
        Txn.executeWrite(dataset, () -> RDFParser.create().fromString(STORE).lang(Lang.TRIG).parse(dataset.asDatasetGraph()));
    }

    private SystemArticle harbor1() {
        return SystemReader.read(dataset, "harbor-1").orElseThrow();
    }

    @Test
    void readsTheTypedAndLabelledEntitiesOfTheArticleGraphOnly() {
        assertEquals(List.of(ILSE, TOR, COUNCIL, PORT), harbor1().entities());
    }

    @Test
    void readsWhoMetWhomFromMetWithNotFromEveryTwoParticipants() {
        // Tor Benning and the Harbor Council share meeting 1 on one side: metWith does not pair them
        assertEquals(List.of(new SystemPair(COUNCIL, ILSE), new SystemPair(ILSE, TOR)), harbor1().pairs());
    }

    @Test
    void readsEveryAppealWithItsAgentsAndContent() {
        assertEquals(List.of(new SystemCall(List.of(COUNCIL, ILSE), "the reopening of the ferry route"),
                new SystemCall(List.of(), "new quay fees")), harbor1().calls());
    }

    @Test
    void anEntityInTwoArticlesIsReadWithTheLabelsOfTheRequestedArticle() {
        SystemArticle harbor2 = SystemReader.read(dataset, "harbor-2").orElseThrow();
        assertEquals(List.of(new SystemEntity("Ada Lindqvist", Set.of(), "PERSON"),
                new SystemEntity("Ilse Marwood", Set.of("Dr Marwood"), "PERSON"),
                new SystemEntity("Bergen", Set.of(), "LOCATION")), harbor2.entities());
        assertEquals(List.of(), harbor2.pairs());
        assertEquals(List.of(), harbor2.calls());
    }

    @Test
    void aCountryKnownOnlyAsARolesCountryIsNotCountedAsMentioned() {
        // Norway is typed for the role "Minister" of Norway but nothing in the text denotes it; Bergen is denoted
        assertTrue(SystemReader.read(dataset, "harbor-2").orElseThrow().entities().stream()
                .noneMatch(e -> e.label().equals("Norway")));
    }

    @Test
    void anArticleNotInTheStoreIsEmpty() {
        assertTrue(SystemReader.read(dataset, "harbor-3").isEmpty());
        assertTrue(SystemReader.read(dataset, "harbor-1\" } #").isEmpty());
    }
}
