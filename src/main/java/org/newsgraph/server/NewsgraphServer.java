package org.newsgraph.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.pipeline.Ingest;
import org.newsgraph.sparql.QueryPolicy;
import org.newsgraph.store.KnowledgeStore;

/**
 * The newsgraph HTTP server: embedded Fuseki serving the store read-only, plus downloads and the web pages
 * (start page, search, entity and article pages, SPARQL editor, ontology).
 *
 * <pre>
 * NewsgraphServer server = NewsgraphServer.create()
 *     .dataset(ds)
 *     .host("127.0.0.1")
 *     .port(3030)               // 0: any free port, see port()
 *     .queryTimeout(Duration.ofSeconds(30))
 *     .build()
 *     .start();
 * </pre>
 *
 * <table>
 * <caption>What it serves</caption>
 * <tr><td>{@code /kg/sparql}, {@code /kg/query}, {@code /kg?query=}</td>
 *     <td>SPARQL query (GET, POST), results by content negotiation; the default graph is the union of the article graphs</td></tr>
 * <tr><td>{@code /kg}, {@code /kg?graph=}, {@code /kg?default}</td>
 *     <td>Graph Store Protocol, read only: the dataset or one graph by content negotiation</td></tr>
 * <tr><td>{@code /dump/newsgraph.nq.gz}, {@code .trig}, {@code .ttl}, {@code .jsonld}</td><td>the whole store</td></tr>
 * <tr><td>{@code /ontology}</td><td>the vocabulary: Turtle, or a page for browsers (by Accept);
 *     {@code /ontology.ttl} always Turtle</td></tr>
 * <tr><td>{@code /}</td><td>the start page: counts, search, downloads, examples</td></tr>
 * <tr><td>{@code /search?q=}, {@code /suggest?q=}</td><td>entities by name: a page, and JSON for type-ahead</td></tr>
 * <tr><td>{@code /entity?iri=}</td><td>an entity's page (other IRIs of the graph: sent on to their article)</td></tr>
 * <tr><td>{@code /article?iri=}</td><td>an article's text with its mentions and evidence marked</td></tr>
 * <tr><td>{@code /sparql?query=}</td><td>the SPARQL editor, with the query's results</td></tr>
 * <tr><td>{@code /static/…}</td><td>the pages' styles and scripts, and the libraries they use</td></tr>
 * </table>
 *
 * <p>By default there is no update endpoint: SPARQL Update and Graph Store writes are answered with a 4xx
 * status. {@link Builder#updates} adds {@code /kg/update} (SPARQL Update) and {@link Builder#ingest}
 * {@code /kg/ingest} (an article in the body), both behind HTTP Basic authentication; the server refuses to
 * start writable without credentials, or on an address other machines reach without HTTPS
 * ({@link Builder#https}).
 *
 * <p>Queries read only the store: {@code SERVICE} is refused (400, before it runs) unless
 * {@link Builder#allowService}, and an update may not {@code LOAD} (see {@link QueryPolicy}). At most
 * {@link Builder#maxQueries} users' queries run at once; one more is answered 503 at once.
 *
 * <p>Every query is bounded by the query timeout (the {@code timeout} request parameter may only shorten it);
 * one that runs past it is stopped and answered with 503 if no result has been sent yet, or has its
 * results cut off otherwise. Every SELECT, CONSTRUCT and DESCRIBE is bounded by {@link Builder#maxResults}
 * (a LIMIT is imposed; the response then says so in a header). Request bodies are bounded by
 * {@link Builder#maxRequestBytes} (413 beyond it), the ingest endpoint's by the ingest's article limit.
 *
 * <p>The server logs nothing of its own; Fuseki and Jetty log through SLF4J (warnings only, by the
 * project's logging configuration).
 */
public final class NewsgraphServer {

    /** The default address to listen on: this machine only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 3030;
    /** The default bound on the running time of one query. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    /** Bytes of an answer held before it streams out: Jetty's default, not the 5 MB Fuseki asks for. */
    private static final int OUTPUT_BUFFER_BYTES = 32 * 1024;
    /** The default bound on the rows of a SELECT (solutions of a CONSTRUCT or DESCRIBE). */
    public static final long DEFAULT_MAX_RESULTS = 100_000;
    /**
     * The default bound on users' queries running at once: room for the 16 clients of bench/load-test and more,
     * well under Jetty's 200 threads, so the pages always find one.
     */
    public static final int DEFAULT_MAX_QUERIES = 32;
    /** The default bound on a request body (a query or an update). */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    /** The realm named in the Basic authentication challenge. */
    static final String REALM = "newsgraph";

    /** Where the dataset is served. */
    static final String DATASET_PATH = "/kg";
    /** The SPARQL query endpoint, the one the start page names. */
    static final String SPARQL_PATH = DATASET_PATH + "/sparql";
    /** SPARQL Update, when updates are allowed. */
    static final String UPDATE_PATH = DATASET_PATH + "/update";
    /** Article ingest, when updates are allowed. */
    static final String INGEST_PATH = DATASET_PATH + "/" + IngestService.NAME;
    /** Fuseki dispatches by operation: ours, for the ingest endpoint. */
    private static final Operation INGEST = Operation.alloc("https://w3id.org/newsgraph/ontology#IngestOperation",
        IngestService.NAME, "newsgraph article ingest");
    /** The ontology on the classpath: the build copies {@code ontology/} there. */
    static final String ONTOLOGY_RESOURCE = "/org/newsgraph/ontology/newsgraph.ttl";

    private final FusekiServer fuseki;
    private final String host;
    private final boolean https;

    private NewsgraphServer(FusekiServer fuseki, String host, boolean https) {
        this.fuseki = fuseki;
        this.host = host;
        this.https = https;
    }

    /** Settings the server will not start with (writable without credentials, or without TLS on a network). */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** A builder with the defaults: 127.0.0.1, port 3030, 30-second query timeout, no dataset. */
    public static Builder create() {
        return new Builder();
    }

    /** Starts listening; returns at once (see {@link #join()}). */
    public NewsgraphServer start() {
        fuseki.start();
        return this;
    }

    /** The port listened on: the one asked for, or the one chosen if 0 was asked for and the server has started. */
    public int port() {
        return https ? fuseki.getHttpsPort() : fuseki.getHttpPort();
    }

    /** The base URL, such as {@code http://127.0.0.1:3030/} ({@code https} with {@link Builder#https}). */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return (https ? "https" : "http") + "://" + h + ":" + port() + "/";
    }

    /** Stops the server. The dataset stays open: it belongs to the caller. */
    public void stop() {
        fuseki.stop();
    }

    /** Waits until the server stops (starting it first if it has not been). */
    public void join() {
        fuseki.join();
    }

    /** Builds a {@link NewsgraphServer}. */
    public static final class Builder {

        private Dataset dataset;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private long maxResults = DEFAULT_MAX_RESULTS;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private int maxQueries = DEFAULT_MAX_QUERIES;
        private boolean allowService;
        private Credentials credentials;
        private boolean updates;
        private Ingest ingest;
        private KnowledgeStore ingestStore;
        private Ingest.Listener ingestLog;
        private Path httpsConf;

        private Builder() {}

        /** The most rows a SELECT answers (solutions of a CONSTRUCT or DESCRIBE), at least 1 (default 100,000). */
        public Builder maxResults(long maxResults) {
            if (maxResults < 1)
                throw new IllegalArgumentException("maxResults must be at least 1, not " + maxResults);
            this.maxResults = maxResults;
            return this;
        }

        /** The most users' queries (endpoint and editor page) that run at once, at least 1 (default 32). */
        public Builder maxQueries(int maxQueries) {
            if (maxQueries < 1)
                throw new IllegalArgumentException("maxQueries must be at least 1, not " + maxQueries);
            this.maxQueries = maxQueries;
            return this;
        }

        /**
         * Lets queries use {@code SERVICE}: the server then sends requests to any address a query names, from its
         * own place in the network (other machines behind the same firewall, services on this machine), and waits
         * for their answers. Off by default; for a server only trusted users reach.
         */
        public Builder allowService(boolean allowService) {
            this.allowService = allowService;
            return this;
        }

        /** The largest request body (a query or an update), at least 1 byte (default 1 MB). */
        public Builder maxRequestBytes(long maxRequestBytes) {
            if (maxRequestBytes < 1 || maxRequestBytes > Integer.MAX_VALUE - 8)
                throw new IllegalArgumentException("maxRequestBytes must be 1 to 2 GB, not " + maxRequestBytes);
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /**
         * Allows SPARQL Update at {@code /kg/update} for the users in {@code credentials}, by HTTP Basic
         * authentication (401 without valid credentials). Passwords cross the connection in the clear: on an
         * address other than loopback the server starts writable only with {@link #https}.
         */
        public Builder updates(Credentials credentials) {
            this.credentials = credentials;
            this.updates = true;
            return this;
        }

        /**
         * Adds {@code POST /kg/ingest} (see {@link IngestService}), writing into {@code store} (the store whose
         * dataset is served) through {@code ingest}; {@code log} hears of each article. Needs {@link #updates}:
         * the same users may ingest. The ingest's article limit bounds the request body.
         */
        public Builder ingest(Ingest ingest, KnowledgeStore store, Ingest.Listener log) {
            this.ingest = Objects.requireNonNull(ingest, "ingest");
            this.ingestStore = Objects.requireNonNull(store, "store");
            this.ingestLog = Objects.requireNonNull(log, "log");
            return this;
        }

        /**
         * Serves HTTPS only, on the port, with the key and certificate of a Java keystore named in a small JSON
         * file, Fuseki's format: {@code {"keystore": "server.p12", "passwd": "..."}} (the keystore path relative
         * to the file). The file, not the command line, holds the keystore password.
         */
        public Builder https(Path conf) {
            this.httpsConf = Objects.requireNonNull(conf, "conf");
            return this;
        }

        /** The store to serve (required). It is only read; the caller keeps it open while the server runs. */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The address to listen on, such as {@code 127.0.0.1} (the default) or {@code 0.0.0.0} for all. */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank())
                throw new IllegalArgumentException("host is blank");
            this.host = host;
            return this;
        }

        /** The port, 0 to 65535; 0 lets the system choose a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535)
                throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
            this.port = port;
            return this;
        }

        /** How long one query may run, at least one millisecond (default 30 seconds). */
        public Builder queryTimeout(Duration queryTimeout) {
            Objects.requireNonNull(queryTimeout, "queryTimeout");
            if (queryTimeout.toMillis() < 1)
                throw new IllegalArgumentException("queryTimeout must be at least 1 ms, not " + queryTimeout);
            this.queryTimeout = queryTimeout;
            return this;
        }

        /** The server, not yet started. */
        public NewsgraphServer build() {
            if (dataset == null)
                throw new IllegalStateException("No dataset: call dataset(...) before build()");
            if (ingest != null && !updates)
                throw new IllegalStateException("ingest(...) needs updates(...): the same users may ingest");
            String refusal = Exposure.refusal(host, updates, credentials != null, httpsConf != null);
            if (refusal != null)
                throw new Refused(refusal);
            DatasetGraph dsg = dataset.asDatasetGraph();
            QueryPolicy policy = QueryPolicy.of(allowService).withServiceTimeout(queryTimeout);

            GraphReader reader = new GraphReader(dsg, queryTimeout, policy);
            EntitySearch search = new EntitySearch(reader);
            DataService.Builder service = readOnlyService(dsg, queryTimeout, policy);
            FusekiServer.Builder builder = FusekiServer.create()
                // Only what is configured here: no Fuseki modules found on the classpath by ServiceLoader
                // (a UI or admin module would add endpoints, some of them writable).
                .fusekiModules(FusekiModules.empty())
                // every query endpoint answers with at most maxResults rows
                // (with its content type, by which Fuseki dispatches a POST to the dataset URL itself)
                .registerOperation(Operation.Query, org.apache.jena.riot.WebContent.contentTypeSPARQLQuery,
                    new BoundedQuery(maxResults, policy))
                .registerOperation(Operation.Update, org.apache.jena.riot.WebContent.contentTypeSPARQLUpdate,
                    new PolicedUpdate(policy))
                .addFilter("/*", new NoTrace())
                .addFilter("/*", new RefusalClosesConnection())
                .addFilter("/*", new QueryAdmission(maxQueries,
                    java.util.Set.of(DATASET_PATH, SPARQL_PATH, DATASET_PATH + "/query"), SparqlPageServlet.PATH))
                .addFilter("/*", new FlushWhenFull())
                .addFilter("/*", new RequestSizeFilter(maxRequestBytes, INGEST_PATH,
                    ingest != null ? ingest.maxArticleBytes() : maxRequestBytes));
            if (httpsConf != null)
                builder.port(-1).https(port, httpsConf.toString());
            else
                builder.port(port);
            if (updates) {
                // Fuseki checks the user on these endpoints too; the security handler below asks for one
                service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                    .context(policy.configure(new Context())).authPolicy(Auth.ANY_USER).build());
                if (ingest != null) {
                    builder.registerOperation(INGEST, new IngestService(ingest, ingestStore, ingestLog));
                    service.addEndpoint(Endpoint.create().operation(INGEST).endpointName(IngestService.NAME)
                        .authPolicy(Auth.ANY_USER).build());
                }
                builder.addFilter("/*", new CrossSiteWriteFilter(java.util.Set.of(UPDATE_PATH, INGEST_PATH), host));
                ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(REALM,
                    credentials.userStore(), AuthScheme.BASIC);
                security.setAuthenticator(new GuardedBasicAuthenticator(new LoginThrottle(), REALM));
                JettySecurityLib.addPathConstraint(security, UPDATE_PATH);
                JettySecurityLib.addPathConstraint(security, INGEST_PATH);
                builder.securityHandler(security);
            }
            FusekiServer fuseki = builder
                .add(DATASET_PATH, service)
                .addServlet("", new StartPageServlet(dsg, reader, SPARQL_PATH))
                .addServlet(SearchServlet.PAGE_PATH, new SearchServlet(search, false))
                .addServlet(SearchServlet.SUGGEST_PATH, new SearchServlet(search, true))
                .addServlet(EntityServlet.PATH, new EntityServlet(reader))
                .addServlet(ArticleServlet.PATH, new ArticleServlet(reader))
                .addServlet(SparqlPageServlet.PATH, new SparqlPageServlet(reader, SPARQL_PATH.substring(1)))
                .addServlet(DumpServlet.PATH + "/*", new DumpServlet(dataset))
                .addServlet("/ontology", new OntologyServlet(ONTOLOGY_RESOURCE))
                .addServlet("/ontology.ttl", new ResourceServlet(ONTOLOGY_RESOURCE, OntologyServlet.TURTLE, true))
                .addServlet(StaticServlet.PATH + "/*", new StaticServlet())
                .build();
            // Fuseki's builder only knows "localhost or everything"; bind to exactly the address asked for.
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc)
                    sc.setHost(host);
                // Fuseki asks for a 5 MB response buffer, which Jetty's pool does not keep: every answer, even
                // one row, allocated and zeroed 5 MB of direct memory, and under concurrent load the JVM stalled
                // on freeing it. Jetty's own default streams large answers just as well.
                HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null)
                    http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
            }
            ServletContextHandler context = ServletContextHandler.getServletContextHandler(fuseki.getServletContext());
            // HTML-form posts are parsed by Jetty, past the request filter: the same bound (Fuseki's is 25 MB)
            context.setMaxFormContentSize((int) maxRequestBytes);
            // Jetty's own answers (unknown paths, refused logins, broken requests) in one line, not its HTML
            context.setErrorHandler(new OneLineErrors());
            fuseki.getJettyServer().setErrorHandler(new OneLineErrors());
            return new NewsgraphServer(fuseki, host, httpsConf != null);
        }

        /**
         * Query endpoints and read-only Graph Store Protocol, and nothing that writes. Built endpoint by
         * endpoint rather than with Fuseki's read-only defaults so that each query endpoint carries the
         * context below, and so that what is served is stated here.
         */
        private static DataService.Builder readOnlyService(DatasetGraph dsg, Duration queryTimeout,
                                                           QueryPolicy policy) {
            Context cxt = policy.configure(new Context());
            // Fuseki reads the timeout as a string of milliseconds; one number is the overall timeout.
            // In the endpoint's context (not the dataset's) so that the caller's dataset is left as it was.
            cxt.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            // The store sets this in the dataset context too; set here as well so that the public contract
            // "the default graph is the union of all article graphs" holds for any TDB2 dataset served.
            cxt.set(TDB2.symUnionDefaultGraph, true);
            return DataService.newBuilder(dsg)
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("sparql").context(cxt).build())
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("query").context(cxt).build())
                // /kg?query=... on the dataset URL itself.
                .addEndpoint(Endpoint.create().operation(Operation.Query).context(cxt).build())
                // GET /kg, /kg?default, /kg?graph=...
                .addEndpoint(Endpoint.create().operation(Operation.GSP_R).build());
        }
    }
}
