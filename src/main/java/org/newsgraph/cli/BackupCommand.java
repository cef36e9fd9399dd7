package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.newsgraph.store.DumpFormat;
import org.newsgraph.store.Dumper;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes the whole store as gzipped N-Quads with a timestamp in the name; restore reads it back.")
final class BackupCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Backup file (default: newsgraph-backup-YYYYMMDD-HHMMSS.nq.gz in the current folder).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Path target = output != null ? output : Path.of("newsgraph-backup-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".nq.gz");
        try (KnowledgeStore ks = store.openExisting()) {
            // written beside the target and moved into place: a failed backup never looks complete
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".backup", ".tmp");
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                Dumper.write(ks.dataset(), DumpFormat.NQUADS, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        System.err.println("newsgraph: backup written to " + target);
        return 0;
    }
}
