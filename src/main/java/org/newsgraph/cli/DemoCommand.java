package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the demo articles (seeds/) into a store and serves it on http://127.0.0.1:3030/.")
final class DemoCommand implements Callable<Integer> {

    /** The repository the launcher runs from, so the demo works from any working directory. */
    private static final Path HOME = Path.of(System.getProperty("newsgraph.home", "."));

    @Option(names = "--store", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store = HOME.resolve("data").resolve("demo");

    @Option(names = "--seeds", paramLabel = "DIR", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
    Path seeds = HOME.resolve("seeds");

    @Mixin
    IngestOptions ingest = new IngestOptions();

    @Mixin
    ServerOptions server = new ServerOptions();

    @Override
    public Integer call() {
        if (!Files.isDirectory(seeds)) {
            throw new UserError("no demo articles at " + seeds.toAbsolutePath() + " (run from the repository root)");
        }
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            IngestReport r = ingest.ingest().run(List.of(seeds.toString()), ks, new ProgressListener(System.err));
            StoreStats s = StoreStats.of(ks.dataset());
            System.out.printf("Ingested %d articles (%d unchanged) from %s into %s: %d persons, %d organizations,"
                            + " %d locations, %d meetings, %d calls.%n", r.articles(), r.unchanged(), seeds, store, s.persons(),
                    s.organizations(), s.locations(), s.meetings(), s.appeals());
            server.serve(ks.dataset());
        }
        return 0;
    }
}
