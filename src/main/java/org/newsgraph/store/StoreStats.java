package org.newsgraph.store;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

/** What a store holds, counted over the union graph. */
public record StoreStats(long articles, long persons, long organizations, long locations, long meetings,
                         long appeals, long triples) {

    private static final String QUERY = """
            PREFIX nkg: <https://w3id.org/newsgraph/ontology#>
            SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE {
              VALUES ?type { nkg:Article nkg:Person nkg:Organization nkg:Location nkg:Meeting nkg:Appeal }
              ?s a ?type
            } GROUP BY ?type""";

    public static StoreStats of(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            Map<String, Long> n = new LinkedHashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(QUERY).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) ->
                        n.put(s.getResource("type").getLocalName(), s.getLiteral("n").getLong()));
            }
            long triples = ds.asDatasetGraph().stream().count();
            return new StoreStats(n.getOrDefault("Article", 0L), n.getOrDefault("Person", 0L),
                    n.getOrDefault("Organization", 0L), n.getOrDefault("Location", 0L),
                    n.getOrDefault("Meeting", 0L), n.getOrDefault("Appeal", 0L), triples);
        });
    }
}
