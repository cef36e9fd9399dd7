package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles and adds their graphs to the store; an article read again replaces its graph.",
                "Inputs: .txt (UTF-8; identifier = file base name), news-please .json, .jsonl (one article a line),"
                        + " folders (recursively) and - for standard input.",
                "Identifiers are unique within a run: an input whose identifier was already read with another text"
                        + " (the same base name in another folder, say) is skipped and named, and the first one kept.",
                "Exit status: 0 all stored, 3 some inputs skipped (each named on stderr with the reason)."})
final class IngestCommand implements Callable<Integer> {

    static final int SKIPPED = 3;

    @Mixin
    StoreOption store;

    @Mixin
    IngestOptions options = new IngestOptions();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to read; - reads standard input.")
    List<String> paths;

    @Override
    public Integer call() {
        try (KnowledgeStore ks = store.openOrCreate()) {
            IngestReport r = options.ingest().run(paths, ks, new ProgressListener(System.err));
            System.err.printf("newsgraph: %d articles stored, %d unchanged, %d skipped, %d triples, in %.1f s%n",
                    r.articles(), r.unchanged(), r.skipped().size(), r.triples(), r.millis() / 1000.0);
            return r.skipped().isEmpty() ? 0 : SKIPPED;
        }
    }
}
