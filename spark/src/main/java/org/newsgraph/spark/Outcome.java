package org.newsgraph.spark;

import java.io.Serializable;
import java.util.List;

import org.newsgraph.document.Rejected;

/**
 * One article after the pipeline: its named graph as N-Quads lines, its triple count and the persons it
 * names (the input of the identity stage), or why it could not be processed.
 */
record Outcome(String nquads, long triples, List<String> persons, Rejected rejected) implements Serializable {

    static Outcome ok(String nquads, long triples, List<String> persons) {
        return new Outcome(nquads, triples, List.copyOf(persons), null);
    }

    static Outcome failed(Rejected rejected) {
        return new Outcome(null, 0, List.of(), rejected);
    }

    boolean isOk() {
        return rejected == null;
    }
}
