package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Shapes;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks every article graph, and their union, against ontology/shapes.ttl (in the union an entity may",
                "carry one rdfs:label per spelling its articles used: its IRI folds accents, case and punctuation).",
                "Exit status: 0 all conform, 1 violations (listed on stdout)."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (KnowledgeStore ks = store.openExisting()) {
            List<String> problems = Txn.calculateRead(ks.dataset(), () -> check(ks.dataset().asDatasetGraph()));
            problems.forEach(System.out::println);
            System.err.println("newsgraph: " + (problems.isEmpty() ? "store conforms to the shapes"
                    : problems.size() + " violations"));
            return problems.isEmpty() ? 0 : 1;
        }
    }

    private static List<String> check(DatasetGraph dsg) {
        List<String> out = new ArrayList<>();
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        for (Node g : graphs) {
            ValidationReport r = Shapes.validate(dsg.getGraph(g));
            Shapes.violations(r).forEach(v -> out.add(g.getURI() + ": " + v));
        }
        Shapes.validateUnion(dsg.getUnionGraph()).forEach(v -> out.add("union: " + v));
        return out;
    }
}
