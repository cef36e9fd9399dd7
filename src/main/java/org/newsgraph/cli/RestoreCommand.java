package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RiotException;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Loads a backup (N-Quads, gzipped or not) into an empty store, in one transaction.")
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "FILE", description = "A file written by backup (or dump --format nquads).")
    Path file;

    @Override
    public Integer call() throws java.io.IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no backup file at " + file);
        }
        try (KnowledgeStore ks = store.openOrCreate()) {
            if (!ks.isEmpty()) {
                throw new UserError("store " + store.store + " is not empty: restore into a new folder");
            }
            try {
                ks.load(file);
            } catch (RiotException e) {
                throw new UserError("not a valid N-Quads backup: " + file + ": " + e.getMessage() + " (store unchanged)");
            }
        }
        System.err.println("newsgraph: restored " + file + " into " + store.store);
        return 0;
    }
}
