package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles and adds their graphs to the store; an article read again replaces its graph.",
                "Inputs: .txt (UTF-8; identifier = file base name), news-please .json, .jsonl (one article a line),"
                        + " folders (recursively) and - for standard input.",
                "Identifiers are unique within a run: an input whose identifier was already read with another text"
                        + " (the same base name in another folder, say) is skipped and named, and the first one kept.",
                "Standard input's article is named by --id ID; without it, by stdin- and the start of its text's"
                        + " SHA-256, so a second article never replaces the first.",
                "Exit status: 0 all stored, 3 some inputs skipped (each named on stderr with the reason), 4 a PATH"
                        + " does not exist (nothing is read: a typo fails the script)."})
final class IngestCommand implements Callable<Integer> {

    static final int SKIPPED = 3;
    static final int NO_SUCH_PATH = 4;

    @Mixin
    StoreOption store;

    @Mixin
    IngestOptions options = new IngestOptions();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to read; - reads standard input.")
    List<String> paths;

    @Option(names = "--id", paramLabel = "ID",
            description = "The identifier of the article read from standard input (-); a record of JSON Lines"
                    + " there without an id of its own gets ID-N.")
    String stdinId;

    @Override
    public Integer call() {
        if (stdinId != null && (stdinId.isBlank() || !paths.contains("-"))) {
            throw new UserError(stdinId.isBlank() ? "--id is blank"
                    : "--id names the article on standard input: give - among the PATHs");
        }
        for (String p : paths) {
            if (!p.equals("-") && !Files.exists(Path.of(p))) {
                throw new UserError("no such file or folder: " + p + " (nothing was ingested)", NO_SUCH_PATH);
            }
        }
        try (KnowledgeStore ks = store.openOrCreate()) {
            IngestReport r = options.ingest(stdinId).run(paths, ks, new ProgressListener(System.err));
            System.err.printf("newsgraph: %s stored, %d unchanged, %d skipped, %s, in %.1f s%n",
                    Counted.of(r.articles(), "article"), r.unchanged(), r.skipped().size(),
                    Counted.of(r.triples(), "triple"), r.millis() / 1000.0);
            return r.skipped().isEmpty() ? 0 : SKIPPED;
        }
    }
}
