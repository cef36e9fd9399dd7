package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.newsgraph.store.DumpFormat;
import org.newsgraph.store.Dumper;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Writes the whole store: nquads and trig keep one named graph per article;"
                + " turtle writes their union; jsonld the dataset.")
final class DumpCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "nquads, trig, turtle or jsonld.")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Output file, or - for standard output (default).")
    String output = "-";

    @Override
    public Integer call() throws IOException {
        DumpFormat f;
        try {
            f = DumpFormat.fromName(format);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        try (KnowledgeStore ks = store.openExisting()) {
            if (output.equals("-")) {
                OutputStream out = new BufferedOutputStream(System.out);
                Dumper.write(ks.dataset(), f, out);
                out.flush();
            } else {
                // write beside the target and move into place, so a failed dump never leaves half a file
                Path target = Path.of(output);
                Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".dump", ".tmp");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    Dumper.write(ks.dataset(), f, out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return 0;
    }
}
