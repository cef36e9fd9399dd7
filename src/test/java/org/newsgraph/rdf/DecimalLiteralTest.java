package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

class DecimalLiteralTest {

    /** The confidence literal as a dump writes it and a load reads it back. */
    private static Literal throughNTriples(Literal written) {
        Model m = ModelFactory.createDefaultModel();
        m.add(ResourceFactory.createResource("urn:x"), ResourceFactory.createProperty("urn:p"), written);
        java.io.StringWriter out = new java.io.StringWriter();
        RDFDataMgr.write(out, m, Lang.NTRIPLES);
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new StringReader(out.toString()), null, Lang.NTRIPLES);
        return back.listStatements().next().getLiteral();
    }

    @Test
    void aWholeConfidenceIsTheSameTermAfterADumpAndALoad() {
        Literal one = ArticleGraphBuilder.decimal(1.0);
        assertEquals("1.0", one.getLexicalForm());
        assertEquals(one.asNode(), throughNTriples(one).asNode());
    }

    @Test
    void aConfidenceKeepsThreePlacesWithoutTrailingZeros() {
        assertEquals("0.95", ArticleGraphBuilder.decimal(0.9500001).getLexicalForm());
        assertEquals("0.0", ArticleGraphBuilder.decimal(0.0).getLexicalForm());
    }
}
