package org.newsgraph.cli;

import java.time.Duration;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.newsgraph.server.NewsgraphServer;
import picocli.CommandLine.Option;

/** Options of the embedded server, shared by serve and demo. */
final class ServerOptions {

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port = NewsgraphServer.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host = NewsgraphServer.DEFAULT_HOST;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest a query may run (default: ${DEFAULT-VALUE} s).")
    int timeoutSeconds = 30;

    @Option(names = "--max-results", paramLabel = "N",
            description = "Most rows a SELECT answers (solutions of a CONSTRUCT or DESCRIBE): a larger or missing"
                    + " LIMIT becomes LIMIT N and the response carries the header Newsgraph-Result-Limit"
                    + " (default: ${DEFAULT-VALUE}).")
    long maxResults = NewsgraphServer.DEFAULT_MAX_RESULTS;

    @Option(names = "--max-request-bytes", paramLabel = "N",
            description = "Largest request body, a query or an update; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes = NewsgraphServer.DEFAULT_MAX_REQUEST_BYTES;

    @Option(names = "--max-queries", paramLabel = "N",
            description = "Most SPARQL queries of users (endpoint and editor page) running at once; one more is"
                    + " answered 503 at once (default: ${DEFAULT-VALUE}).")
    int maxQueries = NewsgraphServer.DEFAULT_MAX_QUERIES;

    @Option(names = "--allow-service",
            description = {"Let queries use SERVICE (federated query). Risky: the server then sends requests to any"
                    + " address a query names, from where it stands in the network (this machine's other services,"
                    + " hosts behind the firewall), for anyone who can reach the endpoint. Off by default: SERVICE"
                    + " is refused with 400."})
    boolean allowService;

    /** The server these options describe, for the caller to add to. */
    NewsgraphServer.Builder builder(Dataset dataset) {
        return NewsgraphServer.create().dataset(dataset).host(host).port(port)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds)).maxResults(maxResults).maxRequestBytes(maxRequestBytes)
                .maxQueries(maxQueries).allowService(allowService);
    }

    /** Starts a read-only server on the dataset and blocks until it is stopped. */
    void serve(Dataset dataset) {
        start(builder(dataset), List.of()).join();
    }

    /**
     * Builds and starts the server, tells the user where it is and what to try (and {@code notes}), and stops it
     * on Ctrl-C. Settings the server refuses become one line and exit status 2.
     */
    NewsgraphServer start(NewsgraphServer.Builder builder, List<String> notes) {
        NewsgraphServer server;
        try {
            server = builder.build();
        } catch (NewsgraphServer.Refused | IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new UserError("cannot serve on " + host + ":" + port + ": " + e.getMessage()
                    + " (is the port in use? try --port)");
        }
        String url = server.url().substring(0, server.url().length() - 1);
        System.out.println("newsgraph is serving the knowledge graph at " + url + "/");
        System.out.println("  SPARQL endpoint: " + url + "/kg/sparql");
        System.out.println("  whole-graph dump: " + url + "/dump/newsgraph.nq.gz");
        notes.forEach(n -> System.out.println("  " + n));
        System.out.println("  try: curl -s " + url + "/kg/sparql --data-urlencode 'query=PREFIX nkg: "
                + "<https://w3id.org/newsgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?a ?b WHERE { ?x nkg:metWith ?y . ?x rdfs:label ?a . ?y rdfs:label ?b "
                + "FILTER(STR(?a) < STR(?b)) }'");
        System.out.println("Press Ctrl-C to stop.");
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "newsgraph-stop"));
        return server;
    }
}
