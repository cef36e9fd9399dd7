package org.newsgraph.cli;

import java.util.concurrent.Callable;

import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts what the store holds.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (KnowledgeStore ks = store.openExisting()) {
            StoreStats s = StoreStats.of(ks.dataset());
            System.out.printf("articles       %,d%npersons        %,d%norganizations  %,d%nlocations      %,d%n"
                            + "meetings       %,d%ncalls          %,d%ntriples        %,d%n",
                    s.articles(), s.persons(), s.organizations(), s.locations(), s.meetings(), s.appeals(),
                    s.triples());
        }
        return 0;
    }
}
