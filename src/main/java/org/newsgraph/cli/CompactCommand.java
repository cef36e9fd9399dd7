package org.newsgraph.cli;

import java.util.concurrent.Callable;

import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compacts the TDB2 store on disk: re-ingested and replaced articles leave old data behind until then.")
final class CompactCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (KnowledgeStore ks = store.openExisting()) {
            ks.compact();
        }
        System.err.println("newsgraph: compacted " + store.store);
        return 0;
    }
}
