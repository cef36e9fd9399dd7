package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsgraph.store.BulkLoad;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Builds a new store from N-Quads files with Jena's TDB2 bulk loader: the output of the Spark job"
                + " (newsgraph-spark.jar extract), a backup or a dump.",
                "Inputs: .nq, .nq.gz (also .nquads, .nquads.gz) files and folders searched recursively for them;"
                        + " hidden files and other files in folders are passed over.",
                "The store must be empty (a non-empty store is refused and left untouched): use ingest to add"
                        + " articles to a store in use.",
                "Every file is checked before loading starts; a bad file gets one line on stderr naming it and the"
                        + " reason and is left out whole.",
                "Exit status: 0 all loaded, 2 store not empty, 3 some files left out."})
final class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--loader", paramLabel = "KIND", description = "parallel (fastest, the default), phased or"
            + " sequential (fewer threads, less memory).")
    String loader = "parallel";

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "N-Quads files or folders holding them.")
    List<Path> paths;

    @Override
    public Integer call() {
        BulkLoad.Loader kind = kind();
        try (KnowledgeStore ks = store.openOrCreate()) {
            if (!ks.isEmpty()) {
                throw new UserError("store " + store.store + " is not empty: load builds a new store; load into a new"
                        + " folder, or use ingest to add articles to this one");
            }
            BulkLoad.Report r = BulkLoad.run(ks, paths, kind, new Progress());
            System.err.printf(Locale.ROOT, "newsgraph: %d files loaded, %d left out, %d quads, in %.1f s (%.0f quads/s)%n",
                    r.loaded().size(), r.bad().size(), r.quads(), r.millis() / 1000.0,
                    r.quads() / Math.max(r.millis() / 1000.0, 0.001));
            return r.bad().isEmpty() ? 0 : IngestCommand.SKIPPED;
        }
    }

    private BulkLoad.Loader kind() {
        try {
            return BulkLoad.Loader.valueOf(loader.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown loader '" + loader + "': use parallel, phased or sequential");
        }
    }

    /** Each bad file on a line of its own; checks and the loader's progress as they come. */
    private static final class Progress implements BulkLoad.Listener {
        @Override
        public void checked(Path file, long quads) {
            System.err.println("newsgraph: checked " + file + " (" + quads + " quads)");
        }

        @Override
        public void bad(Path file, String reason) {
            System.err.println("newsgraph: left out " + file + ": " + reason);
        }

        @Override
        public void progress(String line) {
            System.err.println("newsgraph: " + line);
        }
    }
}
