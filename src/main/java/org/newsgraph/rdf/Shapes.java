package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The newsgraph SHACL shapes ({@code ontology/shapes.ttl}), loaded once from the classpath, and
 * validation against them. Thread-safe: the parsed shapes are shared and never changed.
 *
 * <p>Validate one article's named graph with {@link #validate}, the union of all of them with
 * {@link #validateUnion}. A graph inside a TDB2 dataset must be read inside a transaction.
 */
public final class Shapes {

    private Shapes() {}

    /** Namespace of the shape IRIs ({@code nkgsh:}). */
    public static final String NS = "https://w3id.org/newsgraph/shapes#";

    /** Prefixes used to print nodes and paths in {@link #violations(ValidationReport)}. */
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix(NKG.PREFIX, NKG.NS)
            .setNsPrefix("nkgsh", NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("prov", NKG.PROV.NS)
            .lock();

    private static final class Holder {
        static final org.apache.jena.shacl.Shapes SHAPES =
                org.apache.jena.shacl.Shapes.parse(Ontology.shapesGraph());
    }

    /** The parsed shapes (loaded on first use). */
    public static org.apache.jena.shacl.Shapes get() {
        return Holder.SHAPES;
    }

    /** Validates {@code data} against the shapes. */
    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(get(), data);
    }

    /**
     * Validates the union of article graphs. The shapes hold there too but for one thing: an entity's IRI
     * folds accents, case and punctuation ("Kaşıkçı" and "Kasikci" are one person), and each article labels
     * it as it spells it, so the union holds one {@code rdfs:label} per spelling. Only that is let pass.
     */
    public static List<String> validateUnion(Graph union) {
        List<String> lines = new ArrayList<>();
        for (ReportEntry entry : validate(union).getEntries()) {
            boolean spellings = entry.constraint() instanceof org.apache.jena.shacl.engine.constraint.MaxCount
                    && RDFS.label.asNode().equals(pathNode(entry));
            if (!spellings) {
                lines.add(describe(entry));
            }
        }
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    private static org.apache.jena.graph.Node pathNode(ReportEntry entry) {
        return entry.resultPath() instanceof org.apache.jena.sparql.path.P_Link link ? link.getNode() : null;
    }

    /** Whether {@code data} conforms to the shapes. */
    public static boolean conforms(Graph data) {
        return ShaclValidator.get().conforms(get(), data);
    }

    /**
     * The report's results as one line each, sorted:
     * {@code <focus node> <path>: <message> [value <value>]}, prefixed by the severity when it is not
     * a violation. IRIs in the vocabularies print as prefixed names, others in angle brackets.
     * Empty when the report conforms.
     */
    public static List<String> violations(ValidationReport report) {
        List<String> lines = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            lines.add(describe(entry));
        }
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    /** One result as one line: {@code <focus node> <path>: <message> [value <value>]}. */
    public static String describe(ReportEntry entry) {
        StringBuilder line = new StringBuilder();
        if (entry.severity() != null && !Severity.Violation.equals(entry.severity())) {
            line.append(entry.severity().level().getLocalName()).append(": ");
        }
        line.append(node(entry.focusNode()));
        if (entry.resultPath() != null) {
            line.append(' ').append(entry.resultPath().toString(new Prologue(PREFIXES)));
        }
        line.append(": ").append(oneLine(entry.message()));
        if (entry.value() != null) {
            line.append(" [value ").append(node(entry.value())).append(']');
        }
        return line.toString();
    }

    /** Longest rendering of a node before it is cut (values can be a whole article text). */
    private static final int MAX_NODE_CHARS = 120;

    private static String node(Node node) {
        if (node == null) {
            return "-";
        }
        String s = oneLine(FmtUtils.stringForNode(node, PREFIXES));
        return s.length() <= MAX_NODE_CHARS ? s : s.substring(0, MAX_NODE_CHARS) + "…";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
