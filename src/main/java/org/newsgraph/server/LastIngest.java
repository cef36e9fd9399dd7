package org.newsgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * When the store was last written. The graph does not record ingest times, but TDB2 writes its files
 * only when a write transaction commits (opening a store or reading it touches only the lock files),
 * so the newest file in the store's folder tells when the last ingest finished.
 */
final class LastIngest {

    private LastIngest() {}

    /** Empty for a store that is not a TDB2 folder (in memory, or another kind of dataset). */
    static Optional<Instant> of(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg))
            return Optional.empty();
        DatasetGraphSwitchable container = TDBInternal.getDatabaseContainer(dsg);
        if (container == null || !container.hasContainerPath())
            return Optional.empty();
        try (Stream<Path> files = Files.walk(container.getContainerPath())) {
            return files.filter(Files::isRegularFile)
                .filter(f -> !f.getFileName().toString().equals("tdb.lock"))
                .map(LastIngest::modified)
                .max(Instant::compareTo);
        } catch (IOException | UncheckedIOException e) {
            // A folder being compacted or removed under us: say nothing rather than fail the page.
            return Optional.empty();
        }
    }

    private static Instant modified(Path file) {
        try {
            FileTime t = Files.getLastModifiedTime(file);
            return t.toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
