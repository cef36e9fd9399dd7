package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.newsgraph.sparql.QueryPolicy;
import org.newsgraph.sparql.SyntaxErrors;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query on the store (the default graph is the union of all articles).")
final class QueryCommand implements Callable<Integer> {

    /** Output formats for SELECT results. */
    enum Format { table, csv, tsv, json }

    @Mixin
    StoreOption store;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "The SPARQL query text.")
        String text;

        @Option(names = "--file", paramLabel = "FILE", description = "Read the query from a file (e.g. q.rq).")
        Path file;
    }

    @Option(names = "--format", description = "SELECT output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    @Option(names = "--allow-service",
            description = "Let the query use SERVICE, which sends requests to the addresses it names (refused by default).")
    boolean allowService;

    @Override
    public Integer call() throws IOException {
        Query query = parse(source.text != null ? source.text : Files.readString(source.file));
        QueryPolicy policy = QueryPolicy.of(allowService);
        String refusal = policy.refusal(query);
        if (refusal != null) {
            throw new UserError(refusal);
        }
        try (KnowledgeStore ks = store.openExisting()) {
            Txn.executeRead(ks.dataset(), () -> {
                QueryExecutionDatasetBuilder b = QueryExecution.dataset(ks.dataset()).query(query);
                Context settings = policy.configure(new Context());
                settings.keys().forEach(k -> b.set(k, settings.get(k)));
                try (QueryExecution qe = b.build()) {
                    print(query, qe);
                }
            });
        }
        return 0;
    }

    private static Query parse(String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new UserError("bad SPARQL: " + SyntaxErrors.readable(e.getMessage()));
        }
    }

    private void print(Query query, QueryExecution qe) {
        if (query.isSelectType()) {
            var rs = qe.execSelect();
            BufferedOutputStream buffered = new BufferedOutputStream(System.out, 1 << 16);
            OutputStream out = ignoringFlush(buffered);
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                case json -> ResultSetFormatter.outputAsJSON(out, rs);
                default -> ResultSetFormatter.out(out, rs, query);
            }
            try {
                buffered.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (query.isAskType()) {
            System.out.println(qe.execAsk());
        } else if (query.isConstructType()) {
            RDFDataMgr.write(System.out, qe.execConstruct(), Lang.TURTLE);
        } else {
            RDFDataMgr.write(System.out, qe.execDescribe(), Lang.TURTLE);
        }
    }

    /**
     * The stream, but for flush. Jena's CSV writer flushes after every value, a system call each on standard
     * output: 600,000 of them for 200,000 rows.
     */
    private static OutputStream ignoringFlush(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() {
                // see above: the caller flushes once at the end
            }
        };
    }
}
