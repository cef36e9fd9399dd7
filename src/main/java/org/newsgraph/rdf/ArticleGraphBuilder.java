package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;


import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.document.Article;
import org.newsgraph.extract.Appeal;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Meeting;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityMention;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedText;
import org.newsgraph.resolve.Role;

/**
 * The rdf stage: one article's extraction as the triples of its named graph, exactly as docs/rdf-model.md
 * and ontology/shapes.ttl say. The graph stands on its own: it types and labels every entity it uses.
 */
public final class ArticleGraphBuilder {

    private final Iris iris;
    private final String extractor;

    /** @param extractor names the build that extracts, written on each article ({@code nkg:extractor}) */
    public ArticleGraphBuilder(String base, String extractor) {
        this.iris = new Iris(base);
        this.extractor = extractor;
    }

    /** The IRI an article's node and named graph get. */
    public String articleIri(String id) {
        return iris.article(id);
    }

    public ArticleGraph build(Article article, Extraction x) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("nkg", NKG.NS);
        String articleIri = iris.article(article.id());
        Resource a = articleNode(m, articleIri, article);
        ResolvedText r = x.resolved();
        Resource[] entities = new Resource[r.entities().size()];
        for (int i = 0; i < entities.length; i++) {
            entities[i] = entityNode(m, r.entity(i));
        }
        for (EntityMention mention : r.mentions()) {
            Resource node = span(m, articleIri, a, r.annotated().text(), mention.start(), mention.end(), NKG.Mention);
            node.addProperty(NKG.denotes, entities[mention.entity()]);
        }
        int n = 0;
        for (Role role : r.roles()) {
            Resource node = m.createResource(Iris.member(articleIri, "role", ++n), NKG.Role)
                    .addProperty(NKG.title, role.title());
            if (role.roleOf() >= 0) {
                node.addProperty(NKG.roleOf, entities[role.roleOf()]);
            }
            sourced(m, node, articleIri, a, r, role.sentence());
            entities[role.person()].addProperty(NKG.role, node);
        }
        n = 0;
        for (Meeting meeting : x.meetings()) {
            meetingNode(m, Iris.member(articleIri, "meeting", ++n), meeting, entities, articleIri, a, r);
        }
        n = 0;
        for (Appeal appeal : x.appeals()) {
            appealNode(m, Iris.member(articleIri, "appeal", ++n), appeal, entities, articleIri, a, r);
        }
        return new ArticleGraph(NodeFactory.createURI(articleIri), article.id(), m.getGraph());
    }

    private Resource articleNode(Model m, String iri, Article article) {
        Resource a = m.createResource(iri, NKG.Article)
                .addProperty(DCTerms.identifier, article.id())
                .addProperty(NKG.text, article.text())
                .addProperty(NKG.contentHash, contentHash(article.text()))
                .addProperty(NKG.extractor, extractor);
        if (article.title() != null) {
            a.addProperty(DCTerms.title, article.title());
        }
        if (article.date() != null) {
            a.addProperty(DCTerms.date, date(article.date()));
        }
        if (article.url() != null && isAbsoluteIri(article.url())) {
            a.addProperty(DCTerms.source, m.createResource(article.url()));
        } else if (article.source() != null) {
            a.addProperty(DCTerms.source, article.source());
        }
        return a;
    }

    private Resource entityNode(Model m, Entity e) {
        Resource node = m.createResource(iris.entity(e.type(), e.canonical()), classOf(e.type()))
                .addProperty(RDFS.label, e.label())
                .addProperty(NKG.confidence, decimal(e.confidence()));
        for (String alias : e.aliases()) {
            if (!alias.equals(e.label())) {
                node.addProperty(SKOS.altLabel, alias);
            }
        }
        return node;
    }

    private void meetingNode(Model m, String iri, Meeting meeting, Resource[] entities, String articleIri,
                             Resource a, ResolvedText r) {
        Resource node = m.createResource(iri, NKG.Meeting).addProperty(NKG.confidence, decimal(meeting.confidence()));
        for (int p : meeting.participants()) {
            node.addProperty(NKG.participant, entities[p]);
        }
        for (Meeting.Pair pair : meeting.pairs()) {
            entities[pair.a()].addProperty(NKG.metWith, entities[pair.b()]);
            entities[pair.b()].addProperty(NKG.metWith, entities[pair.a()]);
        }
        if (meeting.dateText() != null) {
            node.addProperty(NKG.dateText, meeting.dateText());
        }
        if (meeting.date() != null) {
            node.addProperty(NKG.date, date(meeting.date()));
        }
        if (meeting.place() >= 0) {
            node.addProperty(NKG.place, entities[meeting.place()]);
        }
        sourced(m, node, articleIri, a, r, meeting.sentence());
    }

    private void appealNode(Model m, String iri, Appeal appeal, Resource[] entities, String articleIri, Resource a,
                            ResolvedText r) {
        Resource node = m.createResource(iri, NKG.Appeal)
                .addProperty(NKG.content, appeal.content())
                .addProperty(NKG.confidence, decimal(appeal.confidence()));
        for (int agent : appeal.agents()) {
            node.addProperty(NKG.agent, entities[agent]);
            entities[agent].addProperty(NKG.calledFor, node);
        }
        if (appeal.addressee() >= 0) {
            node.addProperty(NKG.addressee, entities[appeal.addressee()]);
        }
        sourced(m, node, articleIri, a, r, appeal.sentence());
    }

    /** Evidence (the sentence) and provenance (the article) of a meeting, appeal or role. */
    private static void sourced(Model m, Resource node, String articleIri, Resource a, ResolvedText r, int sentence) {
        Sentence s = r.annotated().sentences().get(sentence);
        node.addProperty(NKG.evidence, span(m, articleIri, a, r.annotated().text(), s.start(), s.end(), NKG.Evidence))
                .addProperty(NKG.PROV.wasDerivedFrom, a);
    }

    /** A span of the article text; {@code body} is that text, not read back from the graph for every span. */
    private static Resource span(Model m, String articleIri, Resource a, String body, int start, int end,
                                 Resource type) {
        String text = body.substring(start, end);
        return m.createResource(Iris.span(articleIri, start, end), type)
                .addProperty(NKG.text, text)
                .addLiteral(NKG.start, integer(start))
                .addLiteral(NKG.end, integer(end))
                .addProperty(NKG.inArticle, a);
    }

    private static Resource classOf(EntityType t) {
        return switch (t) {
            case PERSON -> NKG.Person;
            case ORGANIZATION -> NKG.Organization;
            case LOCATION -> NKG.Location;
        };
    }

    private static Literal integer(int v) {
        return ResourceFactory.createTypedLiteral(BigInteger.valueOf(v));
    }

    /**
     * A confidence to three places, made from its lexical form ("1.0", "0.95"): a literal made from the BigDecimal
     * 1 is not the same term as the "1.0" that N-Quads or TDB2 give back, so a store loaded from a dump would
     * differ from the one ingest wrote.
     */
    static Literal decimal(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        String lexical = d.scale() <= 0 ? d.setScale(1).toPlainString() : d.toPlainString();
        return ResourceFactory.createTypedLiteral(lexical, XSDDatatype.XSDdecimal);
    }

    private static Literal date(java.time.LocalDate d) {
        return ResourceFactory.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }

    private static boolean isAbsoluteIri(String s) {
        try {
            URI u = URI.create(s);
            return u.isAbsolute() && (u.getScheme().equals("http") || u.getScheme().equals("https"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** SHA-256 of the text, in hex: what {@code nkg:contentHash} holds, to tell an unchanged article. */
    public static String contentHash(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

}
