package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ShapesTest {

    private static final String SENTENCE_1 =
            "Iranian Foreign Minister Mohammad Javad Zarif met Tajik President Emomali Rahmon in Dushanbe on Monday.";
    private static final String SENTENCE_2 =
            "Zarif called for a common regional strategy against terrorist groups.";
    private static final String TEXT = SENTENCE_1 + " " + SENTENCE_2;

    /** One article's graph, built by hand as the rdf stage would write it. */
    private static final class ArticleGraph {
        final Model m = ModelFactory.createDefaultModel();
        final Resource article;
        final Resource zarif;
        final Resource rahmon;
        final Resource dushanbe;
        final Resource iran;
        final Resource meeting;
        final Resource appeal;
        final Resource role;
        final Resource evidence1;
        final Resource evidence2;

        ArticleGraph(String id, String entityConfidence) {
            String articleIri = NKG.DEFAULT_BASE + "article/" + id;
            article = m.createResource(articleIri)
                    .addProperty(RDF.type, NKG.Article)
                    .addProperty(DCTerms.identifier, id)
                    .addProperty(DCTerms.title, "Zarif meets Rahmon in Dushanbe")
                    .addProperty(DCTerms.source, m.createResource("https://example.org/news/" + id))
                    .addProperty(DCTerms.date, m.createTypedLiteral("2019-11-12", XSDDatatype.XSDdate))
                    .addProperty(NKG.text, TEXT)
                    .addProperty(NKG.contentHash, "0".repeat(63) + "a");

            zarif = entity("person/mohammad-javad-zarif", NKG.Person, "Mohammad Javad Zarif", entityConfidence, "Zarif");
            rahmon = entity("person/emomali-rahmon", NKG.Person, "Emomali Rahmon", entityConfidence, "Rahmon");
            dushanbe = entity("location/dushanbe", NKG.Location, "Dushanbe", entityConfidence);
            iran = entity("location/iran", NKG.Location, "Iran", entityConfidence);

            mention("Mohammad Javad Zarif", 0, zarif);
            mention("Emomali Rahmon", 0, rahmon);
            mention("Dushanbe", 0, dushanbe);
            mention("Zarif", SENTENCE_1.length(), zarif);

            evidence1 = span(NKG.Evidence, SENTENCE_1, 0);
            evidence2 = span(NKG.Evidence, SENTENCE_2, 0);

            meeting = m.createResource(articleIri + "/meeting/1")
                    .addProperty(RDF.type, NKG.Meeting)
                    .addProperty(NKG.participant, zarif)
                    .addProperty(NKG.participant, rahmon)
                    .addProperty(NKG.date, m.createTypedLiteral("2019-11-11", XSDDatatype.XSDdate))
                    .addProperty(NKG.dateText, "on Monday")
                    .addProperty(NKG.place, dushanbe)
                    .addProperty(NKG.evidence, evidence1)
                    .addLiteral(NKG.confidence, m.createTypedLiteral(new BigDecimal("0.9")))
                    .addProperty(NKG.PROV.wasDerivedFrom, article);
            zarif.addProperty(NKG.metWith, rahmon);
            rahmon.addProperty(NKG.metWith, zarif);

            appeal = m.createResource(articleIri + "/appeal/1")
                    .addProperty(RDF.type, NKG.Appeal)
                    .addProperty(NKG.agent, zarif)
                    .addProperty(NKG.content, "a common regional strategy against terrorist groups")
                    .addProperty(NKG.evidence, evidence2)
                    .addLiteral(NKG.confidence, m.createTypedLiteral(new BigDecimal("0.75")))
                    .addProperty(NKG.PROV.wasDerivedFrom, article);
            zarif.addProperty(NKG.calledFor, appeal);

            role = m.createResource(articleIri + "/role/1")
                    .addProperty(RDF.type, NKG.Role)
                    .addProperty(NKG.title, "Foreign Minister")
                    .addProperty(NKG.roleOf, iran)
                    .addProperty(NKG.evidence, evidence1)
                    .addProperty(NKG.PROV.wasDerivedFrom, article);
            zarif.addProperty(NKG.role, role);
        }

        private Resource entity(String path, Resource type, String label, String confidence, String... altLabels) {
            Resource e = m.createResource(NKG.DEFAULT_BASE + path)
                    .addProperty(RDF.type, type)
                    .addProperty(RDFS.label, label)
                    .addLiteral(NKG.confidence, m.createTypedLiteral(new BigDecimal(confidence)));
            for (String alt : altLabels) {
                e.addProperty(SKOS.altLabel, alt);
            }
            return e;
        }

        private Resource span(Resource type, String text, int from) {
            int start = TEXT.indexOf(text, from);
            int end = start + text.length();
            return m.createResource(article.getURI() + "#char=" + start + "," + end)
                    .addProperty(RDF.type, type)
                    .addProperty(NKG.text, text)
                    .addLiteral(NKG.start, m.createTypedLiteral(BigInteger.valueOf(start)))
                    .addLiteral(NKG.end, m.createTypedLiteral(BigInteger.valueOf(end)))
                    .addProperty(NKG.inArticle, article);
        }

        private void mention(String text, int from, Resource entity) {
            span(NKG.Mention, text, from).addProperty(NKG.denotes, entity);
        }

        ValidationReport validate() {
            return Shapes.validate(m.getGraph());
        }
    }

    private static ArticleGraph valid() {
        return new ArticleGraph("tt-2019-eco-zarif", "0.95");
    }

    /** Asserts the report has exactly these results, compared as (focus node, path, constraint component). */
    private static void assertResults(ValidationReport report, Result... expected) {
        List<Result> actual = report.getEntries().stream()
                .map(e -> new Result(e.focusNode(), e.resultPath(), e.sourceConstraintComponent()))
                .sorted(Comparator.comparing(Result::toString))
                .collect(Collectors.toList());
        List<Result> wanted = List.of(expected).stream()
                .sorted(Comparator.comparing(Result::toString))
                .collect(Collectors.toList());
        assertEquals(wanted, actual, () -> String.join("\n", Shapes.violations(report)));
        assertFalse(report.conforms());
    }

    private record Result(Node focus, Path path, Node component) {
        static Result of(Resource focus, Property path, Node component) {
            return new Result(focus.asNode(), PathFactory.pathLink(path.asNode()), component);
        }
    }

    private static Resource spanAt(ArticleGraph g, int start, int end) {
        return g.m.createResource(g.article.getURI() + "#char=" + start + "," + end);
    }

    @Test
    void a_complete_article_graph_conforms_with_no_results() {
        ValidationReport report = valid().validate();
        assertEquals(List.of(), Shapes.violations(report));
        assertTrue(report.conforms());
        assertTrue(Shapes.conforms(valid().m.getGraph()));
    }

    @Test
    void the_union_of_two_article_graphs_about_the_same_people_conforms() {
        ArticleGraph a = new ArticleGraph("article-a", "0.95");
        ArticleGraph b = new ArticleGraph("article-b", "0.6");
        assertEquals(a.zarif, b.zarif);
        ValidationReport report = Shapes.validate(new Union(a.m.getGraph(), b.m.getGraph()));
        assertEquals(List.of(), Shapes.violations(report));
        assertTrue(report.conforms());
    }

    @Test
    void a_union_where_two_articles_spell_one_name_two_ways_passes_as_a_union_but_one_article_may_not() {
        ArticleGraph a = new ArticleGraph("article-a", "0.95");
        ArticleGraph b = new ArticleGraph("article-b", "0.95");
        b.m.removeAll(b.rahmon, RDFS.label, null);
        b.rahmon.addProperty(RDFS.label, "Emomali RAHMON");
        assertEquals(List.of(), Shapes.validateUnion(new Union(a.m.getGraph(), b.m.getGraph())));

        b.rahmon.addProperty(RDFS.label, "Emomali Rahmon");
        assertResults(b.validate(), Result.of(b.rahmon, RDFS.label, SHACL.MaxCountConstraintComponent));
    }

    @Test
    void a_union_still_reports_everything_but_spellings() {
        ArticleGraph a = new ArticleGraph("article-a", "0.95");
        a.m.remove(a.meeting, NKG.participant, a.rahmon);
        a.m.remove(a.zarif, NKG.metWith, a.rahmon);
        a.m.remove(a.rahmon, NKG.metWith, a.zarif);
        assertEquals(List.of("<https://w3id.org/newsgraph/article/article-a/meeting/1> nkg:participant: "
                        + "a meeting has at least two nkg:participant, each an nkg:Person or nkg:Organization"),
                Shapes.validateUnion(a.m.getGraph()));
    }

    @Test
    void a_meeting_with_one_participant_violates_the_participant_count() {
        ArticleGraph g = valid();
        g.m.remove(g.meeting, NKG.participant, g.rahmon);
        g.m.remove(g.zarif, NKG.metWith, g.rahmon);
        g.m.remove(g.rahmon, NKG.metWith, g.zarif);
        ValidationReport report = g.validate();
        assertResults(report, Result.of(g.meeting, NKG.participant, SHACL.MinCountConstraintComponent));
        assertEquals(List.of("<https://w3id.org/newsgraph/article/tt-2019-eco-zarif/meeting/1> nkg:participant: "
                        + "a meeting has at least two nkg:participant, each an nkg:Person or nkg:Organization"),
                Shapes.violations(report));
    }

    @Test
    void an_evidence_without_start_violates_the_start_count() {
        ArticleGraph g = valid();
        g.m.removeAll(g.evidence1, NKG.start, null);
        assertResults(g.validate(), Result.of(g.evidence1, NKG.start, SHACL.MinCountConstraintComponent));
    }

    @Test
    void a_confidence_of_one_and_a_half_violates_the_maximum() {
        ArticleGraph g = valid();
        g.m.removeAll(g.meeting, NKG.confidence, null);
        g.meeting.addLiteral(NKG.confidence, g.m.createTypedLiteral(new BigDecimal("1.5")));
        ValidationReport report = g.validate();
        assertResults(report, Result.of(g.meeting, NKG.confidence, SHACL.MaxInclusiveConstraintComponent));
        ReportEntry entry = report.getEntries().iterator().next();
        assertEquals(g.m.createTypedLiteral(new BigDecimal("1.5")).asNode(), entry.value());
    }

    @Test
    void a_confidence_written_as_a_double_violates_the_datatype() {
        ArticleGraph g = valid();
        g.m.removeAll(g.zarif, NKG.confidence, null);
        g.zarif.addLiteral(NKG.confidence, 0.5d);
        assertResults(g.validate(), Result.of(g.zarif, NKG.confidence, SHACL.DatatypeConstraintComponent));
    }

    @Test
    void an_entity_with_two_labels_violates_the_label_count() {
        ArticleGraph g = valid();
        g.zarif.addProperty(RDFS.label, "Javad Zarif");
        assertResults(g.validate(), Result.of(g.zarif, RDFS.label, SHACL.MaxCountConstraintComponent));
    }

    @Test
    void an_appeal_without_content_violates_the_content_count() {
        ArticleGraph g = valid();
        g.m.removeAll(g.appeal, NKG.content, null);
        assertResults(g.validate(), Result.of(g.appeal, NKG.content, SHACL.MinCountConstraintComponent));
    }

    @Test
    void offsets_written_as_xsd_int_violate_the_datatype() {
        ArticleGraph g = valid();
        g.m.removeAll(g.evidence2, NKG.end, null);
        int end = TEXT.length();
        g.evidence2.addLiteral(NKG.end, end);
        assertResults(g.validate(), Result.of(g.evidence2, NKG.end, SHACL.DatatypeConstraintComponent));
    }

    @Test
    void a_span_whose_start_is_not_before_its_end_violates_less_than() {
        ArticleGraph g = valid();
        Resource dushanbe = spanAt(g, TEXT.indexOf("Dushanbe"), TEXT.indexOf("Dushanbe") + "Dushanbe".length());
        g.m.removeAll(dushanbe, NKG.start, null);
        dushanbe.addLiteral(NKG.start, g.m.createTypedLiteral(BigInteger.valueOf(TEXT.indexOf("Dushanbe") + 8)));
        assertResults(g.validate(), Result.of(dushanbe, NKG.start, SHACL.LessThanConstraintComponent));
    }

    @Test
    void a_meeting_participant_that_is_a_location_violates_the_participant_type() {
        ArticleGraph g = valid();
        g.meeting.addProperty(NKG.participant, g.iran);
        g.iran.addProperty(NKG.metWith, g.zarif);
        g.zarif.addProperty(NKG.metWith, g.iran);
        assertResults(g.validate(),
                Result.of(g.meeting, NKG.participant, SHACL.NodeConstraintComponent),
                new Result(g.iran.asNode(), null, SHACL.NodeConstraintComponent),
                Result.of(g.zarif, NKG.metWith, SHACL.NodeConstraintComponent));
    }

    @Test
    void met_with_asserted_in_one_direction_only_is_reported() {
        ArticleGraph g = valid();
        g.m.remove(g.rahmon, NKG.metWith, g.zarif);
        assertResults(g.validate(),
                Result.of(g.zarif, NKG.metWith, SHACL.SPARQLConstraintComponent),
                Result.of(g.meeting, NKG.participant, SHACL.SPARQLConstraintComponent));
    }

    @Test
    void met_with_without_a_meeting_is_reported() {
        ArticleGraph g = valid();
        Resource eco = g.m.createResource(NKG.DEFAULT_BASE + "organization/economic-cooperation-organization")
                .addProperty(RDF.type, NKG.Organization)
                .addProperty(RDFS.label, "Economic Cooperation Organization");
        // the meeting is now Zarif–ECO, but Zarif–Rahmon stays
        g.m.remove(g.meeting, NKG.participant, g.rahmon);
        g.meeting.addProperty(NKG.participant, eco);
        eco.addProperty(NKG.metWith, g.zarif);
        g.zarif.addProperty(NKG.metWith, eco);
        assertResults(g.validate(),
                Result.of(g.zarif, NKG.metWith, SHACL.SPARQLConstraintComponent),
                Result.of(g.rahmon, NKG.metWith, SHACL.SPARQLConstraintComponent));
    }

    @Test
    void an_agent_without_called_for_violates_equals() {
        ArticleGraph g = valid();
        g.m.remove(g.zarif, NKG.calledFor, g.appeal);
        assertResults(g.validate(), new Result(g.appeal.asNode(),
                PathFactory.pathInverse(PathFactory.pathLink(NKG.calledFor.asNode())), SHACL.EqualsConstraintComponent));
    }

    @Test
    void a_role_held_by_nobody_is_reported() {
        ArticleGraph g = valid();
        g.m.remove(g.zarif, NKG.role, g.role);
        assertResults(g.validate(), new Result(g.role.asNode(),
                PathFactory.pathInverse(PathFactory.pathLink(NKG.role.asNode())), SHACL.MinCountConstraintComponent));
    }

    @Test
    void a_long_value_is_cut_in_the_one_line_rendering() {
        ArticleGraph g = valid();
        g.m.removeAll(g.article, NKG.text, null);
        g.article.addProperty(NKG.text, g.m.createTypedLiteral(TEXT + "\n" + TEXT, XSDDatatype.XSDnormalizedString));
        List<String> lines = Shapes.violations(g.validate());
        assertEquals(1, lines.size(), String.join("\n", lines));
        String line = lines.get(0);
        assertTrue(line.startsWith("<https://w3id.org/newsgraph/article/tt-2019-eco-zarif> nkg:text: "
                + "an article has exactly one nkg:text, a non-empty xsd:string [value \"Iranian Foreign"), line);
        assertTrue(line.endsWith("…]"), line);
        assertFalse(line.contains("\n"), line);
    }

    @Test
    void the_shapes_are_parsed_once_and_shared() {
        assertSame(Shapes.get(), Shapes.get());
    }
}
