package org.newsgraph.cli;

import java.util.concurrent.Callable;

import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store: SPARQL at /kg/sparql (read-only), dumps under /dump/, a start page at /.",
                "Stop ingesting into the same store first: TDB2 allows one process per store folder."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server = new ServerOptions();

    @Override
    public Integer call() {
        try (KnowledgeStore ks = store.openExisting()) {
            server.serve(ks.dataset());
        }
        return 0;
    }
}
