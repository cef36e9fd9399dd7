package org.newsgraph.cli;

import java.time.Duration;

import org.apache.jena.query.Dataset;
import org.newsgraph.server.NewsgraphServer;
import picocli.CommandLine.Option;

/** Options of the embedded server, shared by serve and demo. */
final class ServerOptions {

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port = 3030;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest a query may run (default: ${DEFAULT-VALUE} s).")
    int timeoutSeconds = 30;

    /** Starts the server and tells the user where it is and what to try. Blocks until stopped. */
    void serve(Dataset dataset) {
        NewsgraphServer server = NewsgraphServer.create().dataset(dataset).host(host).port(port)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new UserError("cannot serve on " + host + ":" + port + ": " + e.getMessage()
                    + " (is the port in use? try --port)");
        }
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
        System.out.println("newsgraph is serving the knowledge graph at " + url + "/");
        System.out.println("  SPARQL endpoint: " + url + "/kg/sparql");
        System.out.println("  whole-graph dump: " + url + "/dump/newsgraph.nq.gz");
        System.out.println("  try: curl -s " + url + "/kg/sparql --data-urlencode 'query=PREFIX nkg: "
                + "<https://w3id.org/newsgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?a ?b WHERE { ?x nkg:metWith ?y . ?x rdfs:label ?a . ?y rdfs:label ?b "
                + "FILTER(STR(?a) < STR(?b)) }'");
        System.out.println("Press Ctrl-C to stop.");
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "newsgraph-stop"));
        server.join();
    }
}
