package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The newsgraph vocabulary, {@code nkg: <https://w3id.org/newsgraph/ontology#>}, as Jena constants,
 * mirroring {@code ontology/newsgraph.ttl} term for term (a test checks both ways).
 *
 * <p>Written in the style of Jena's own vocabulary classes ({@link org.apache.jena.vocabulary.DCTerms}):
 * classes are {@link Resource}s named like the class, properties are {@link Property}s named like the
 * property. Terms of other vocabularies come from Jena ({@link org.apache.jena.vocabulary.RDFS},
 * {@link org.apache.jena.vocabulary.SKOS}, {@link org.apache.jena.vocabulary.DCTerms},
 * {@link org.apache.jena.vocabulary.XSD}), except PROV, which Jena lacks: see {@link PROV}.
 *
 * <p>Datatypes the shapes require: {@link #start} and {@link #end} are {@code xsd:integer} (not the
 * {@code xsd:int} that {@code createTypedLiteral(int)} gives: write {@code createTypedLiteral(BigInteger)}
 * or {@code createTypedLiteral(String, XSDDatatype.XSDinteger)}); {@link #confidence} is
 * {@code xsd:decimal} ({@code createTypedLiteral(BigDecimal)}); {@link #date} is {@code xsd:date}.
 */
public final class NKG {

    private NKG() {}

    /** The namespace of the vocabulary. */
    public static final String NS = "https://w3id.org/newsgraph/ontology#";

    /** The usual prefix for {@link #NS}. */
    public static final String PREFIX = "nkg";

    /** The IRI of the ontology document itself ({@code owl:Ontology}), without the trailing {@code #}. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/newsgraph/ontology";

    /**
     * The default base IRI of the data (prefix {@code ng:}): articles are {@code <base>article/{id}},
     * entities {@code <base>person/{slug}} and so on. Ends with a slash.
     */
    public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/";

    /** The namespace of the vocabulary, as a string. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // ---- classes ----

    /** A named human being mentioned in a news article. */
    public static final Resource Person = resource("Person");
    /** A named body: government, ministry, party, armed group, company, agency, news agency. */
    public static final Resource Organization = resource("Organization");
    /** A named place: country, region, province, city or geographic area. */
    public static final Resource Location = resource("Location");
    /** An ingested news article; its IRI also names its graph. */
    public static final Resource Article = resource("Article");
    /** One occurrence of a named entity in an article's text. */
    public static final Resource Mention = resource("Mention");
    /** The sentence that states a meeting, an appeal or a role. */
    public static final Resource Evidence = resource("Evidence");
    /** One reported meeting between two or more persons or organizations. */
    public static final Resource Meeting = resource("Meeting");
    /** One reported public call (called for, urged, demanded). */
    public static final Resource Appeal = resource("Appeal");
    /** A title a person holds, with the country or organization it belongs to. */
    public static final Resource Role = resource("Role");

    // ---- object properties ----

    /** Person/organization met person/organization (symmetric, asserted both ways). */
    public static final Property metWith = property("metWith");
    /** Meeting → person or organization that took part (2+). */
    public static final Property participant = property("participant");
    /** Meeting → location where it took place. */
    public static final Property place = property("place");
    /** Person/organization → appeal it made. */
    public static final Property calledFor = property("calledFor");
    /** Appeal → person or organization that made it (1+); inverse of {@link #calledFor}. */
    public static final Property agent = property("agent");
    /** Appeal → entity called upon. */
    public static final Property addressee = property("addressee");
    /** Person → role it holds. */
    public static final Property role = property("role");
    /** Role → organization or location it belongs to. */
    public static final Property roleOf = property("roleOf");
    /** Meeting/appeal/role → the evidence sentence. */
    public static final Property evidence = property("evidence");
    /** Mention/evidence → the article its offsets refer to. */
    public static final Property inArticle = property("inArticle");
    /** Mention → the entity it refers to. */
    public static final Property denotes = property("denotes");

    // ---- datatype properties ----

    /** Meeting date, {@code xsd:date}. */
    public static final Property date = property("date");
    /** The words that date a meeting, {@code xsd:string}. */
    public static final Property dateText = property("dateText");
    /** What an appeal called for, {@code xsd:string}. */
    public static final Property content = property("content");
    /** A role's title, {@code xsd:string} (an article's title is {@code dcterms:title}). */
    public static final Property title = property("title");
    /** Confidence, {@code xsd:decimal} in [0,1]. */
    public static final Property confidence = property("confidence");
    /** Text of a span, or full text of an article, {@code xsd:string}. */
    public static final Property text = property("text");
    /** 0-based start offset of a span, {@code xsd:integer}. */
    public static final Property start = property("start");
    /** 0-based exclusive end offset of a span, {@code xsd:integer}. */
    public static final Property end = property("end");
    /** SHA-256 of the article text, 64 lower-case hex digits, {@code xsd:string}. */
    public static final Property contentHash = property("contentHash");

    /** The newsgraph build that extracted an article's graph. */
    public static final Property extractor = property("extractor");

    /** The one PROV-O term newsgraph uses (Jena has no PROV vocabulary class). */
    public static final class PROV {

        private PROV() {}

        /** The PROV namespace. */
        public static final String NS = "http://www.w3.org/ns/prov#";

        /** The PROV namespace, as a string. */
        public static String getURI() {
            return NS;
        }

        /** Meeting/appeal/role → the article it was extracted from. */
        public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
    }
}
