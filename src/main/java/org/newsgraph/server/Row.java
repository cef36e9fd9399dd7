package org.newsgraph.server;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** One result row of a page's query, read by variable name. */
record Row(Binding binding) {

    /** The value of {@code var}, or null when unbound. */
    Node get(String var) {
        return binding.get(Var.alloc(var));
    }

    boolean has(String var) {
        return get(var) != null;
    }

    /** The IRI string, or null when unbound or not an IRI. */
    String iri(String var) {
        Node n = get(var);
        return n != null && n.isURI() ? n.getURI() : null;
    }

    /** The lexical form of a literal, the IRI of an IRI, or null when unbound. */
    String text(String var) {
        Node n = get(var);
        if (n == null)
            return null;
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    /** A number, or 0 when unbound or not a number. */
    long number(String var) {
        Node n = get(var);
        return n != null && n.isLiteral() && n.getLiteralValue() instanceof Number num ? num.longValue() : 0;
    }
}
