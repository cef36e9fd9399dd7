package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NerModelTest {

    private static TokenNameFinderModel model;

    @BeforeAll
    static void loadModel() throws IOException {
        try (InputStream in = NerModelTest.class.getResourceAsStream(NerTrainer.MODEL_RESOURCE)) {
            assertNotNull(in, "model on the classpath: " + NerTrainer.MODEL_RESOURCE);
            model = new TokenNameFinderModel(in);
        }
    }

    /** The names the shipped model finds in one tokenized sentence, as "type:covered tokens". */
    private static List<String> names(String tokenized) {
        NameFinderME finder = new NameFinderME(model);
        String[] tokens = tokenized.split(" ");
        List<String> out = new ArrayList<>();
        for (Span s : finder.find(tokens)) {
            out.add(s.getType() + ":" + String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd())));
        }
        return out;
    }

    @Test
    void modelKnowsTheThreeTypes() {
        assertEquals("en", model.getLanguage());
    }

    @Test
    void findsPersonOrganizationAndLocation() {
        assertEquals(List.of("person:Jane Doe", "organization:World Health Organization", "location:Nairobi"),
                names("Prime Minister Jane Doe met officials of the World Health Organization in Nairobi ."));
    }

    @Test
    void keepsHyphenatedNamesWhole() {
        assertEquals(List.of("location:Baghdad", "person:Nouri al-Maliki"),
                names("The envoy arrived in Baghdad Tuesday for talks with Prime Minister Nouri al-Maliki ."));
        assertEquals(List.of("organization:al-Qaida", "location:Ramadi"),
                names("Militants loyal to al-Qaida attacked a police station in Ramadi ."));
    }

    @Test
    void titlesAndDemonymsStayOutside() {
        assertEquals(List.of("person:Angela Merkel", "person:Nicolas Sarkozy", "location:Brussels",
                        "organization:European Union"),
                names("German Chancellor Angela Merkel and French President Nicolas Sarkozy met in Brussels "
                        + "with European Union leaders ."));
    }

    @Test
    void possessiveIsNotPartOfTheName() {
        assertEquals(List.of("location:Iran", "organization:International Atomic Energy Agency"),
                names("Iran 's nuclear program was discussed by the International Atomic Energy Agency on Monday ."));
    }

    @Test
    void titleStaysOutsideThePersonSpan() {
        assertEquals(List.of("person:Condoleezza Rice", "location:Cairo", "organization:Hamas"),
                names("Secretary of State Condoleezza Rice told reporters in Cairo that Hamas must renounce "
                        + "violence ."));
    }

    // ---- NerEvaluator, with a scripted finder so the expected counts are exact ----

    private static final String GOLD = String.join("\n",
            "<START:person> Jane Doe <END> visited <START:location> Nairobi <END> .",
            "The <START:organization> World Health Organization <END> met in <START:location> Geneva <END> .",
            "",
            "<START:person> John Smith <END> spoke .");

    /** Answers each sentence with fixed spans: 3 right, 1 with the wrong type, 1 with the wrong start. */
    private static final Map<String, Span[]> ANSWERS = Map.of(
            "Jane Doe visited Nairobi .", new Span[] {
                    new Span(0, 2, "person"), new Span(3, 4, "organization")},
            "The World Health Organization met in Geneva .", new Span[] {
                    new Span(1, 4, "organization"), new Span(6, 7, "location")},
            "John Smith spoke .", new Span[] {new Span(1, 2, "person")});

    private static final class ScriptedFinder implements TokenNameFinder {
        int clears;

        @Override
        public Span[] find(String[] tokens) {
            return ANSWERS.get(String.join(" ", tokens));
        }

        @Override
        public void clearAdaptiveData() {
            clears++;
        }
    }

    private static ObjectStream<NameSample> samples(String text) throws IOException {
        return new NameSampleDataStream(new PlainTextByLineStream(
                () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    }

    @Test
    void evaluatorCountsExactSpans() throws IOException {
        ScriptedFinder finder = new ScriptedFinder();
        NerEvaluator.Report r;
        try (ObjectStream<NameSample> in = samples(GOLD)) {
            r = NerEvaluator.evaluate(finder, in);
        }
        assertEquals(3, r.sentences());
        assertEquals(1, finder.clears, "the empty line clears adaptive data once");
        // gold 5: Jane Doe, Nairobi, WHO, Geneva, John Smith; predicted 5: 3 correct
        assertEquals(3, r.overall().truePositives());
        assertEquals(2, r.overall().falsePositives());
        assertEquals(2, r.overall().falseNegatives());
        assertEquals(0.6, r.overall().precision(), 1e-12);
        assertEquals(0.6, r.overall().recall(), 1e-12);
        assertEquals(0.6, r.overall().f1(), 1e-12);
        // the same as OpenNLP's FMeasure
        assertEquals(0.6, r.fMeasure().getPrecisionScore(), 1e-12);
        assertEquals(0.6, r.fMeasure().getRecallScore(), 1e-12);

        NerEvaluator.Counts person = r.type("person");
        assertEquals(1.0 / 2, person.precision(), 1e-12); // "Jane Doe" right, "Smith" wrong
        assertEquals(1.0 / 2, person.recall(), 1e-12); // "John Smith" missed
        NerEvaluator.Counts location = r.type("location");
        assertEquals(1.0, location.precision(), 1e-12); // Geneva
        assertEquals(1.0 / 2, location.recall(), 1e-12); // Nairobi missed (typed organization)
        NerEvaluator.Counts organization = r.type("organization");
        assertEquals(1.0 / 2, organization.precision(), 1e-12); // WHO right, "Nairobi" wrong
        assertEquals(1.0, organization.recall(), 1e-12);
    }

    @Test
    void shippedModelIsPerfectOnItsTestSentences() throws IOException {
        String gold = String.join("\n",
                "Prime Minister <START:person> Jane Doe <END> met officials of the "
                        + "<START:organization> World Health Organization <END> in <START:location> Nairobi <END> .",
                "<START:location> Iran <END> 's nuclear program was discussed by the "
                        + "<START:organization> International Atomic Energy Agency <END> on Monday .");
        NerEvaluator.Report r;
        try (ObjectStream<NameSample> in = samples(gold)) {
            r = NerEvaluator.evaluate(new NameFinderME(model), in);
        }
        assertEquals(5, r.overall().truePositives());
        assertEquals(1.0, r.overall().precision(), 1e-12);
        assertEquals(1.0, r.overall().recall(), 1e-12);
    }
}
