package org.newsgraph.cli;

import java.nio.file.Path;

import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that open a store. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", required = true,
            description = "TDB2 store folder (ingest, restore and serve --watch create it when absent).")
    Path store;

    /** Opens a store that must already exist, for commands that only read. */
    KnowledgeStore openExisting() {
        if (!java.nio.file.Files.isDirectory(store)) {
            throw new UserError("no store at " + store + " (create one with: newsgraph ingest --store "
                    + store + " FILES)");
        }
        return KnowledgeStore.open(store);
    }

    KnowledgeStore openOrCreate() {
        return KnowledgeStore.open(store);
    }
}
