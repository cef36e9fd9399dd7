package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * First load of N-Quads files (gzipped or not; folders are searched for them) into an empty store with
 * TDB2's bulk loader, which builds the indexes far faster than transactions of single quads. Every file is
 * parsed once before loading starts, so a bad file is named and left out whole: it costs nothing, and the
 * good files load as if it were not there. The bulk loader writes outside normal transactions, so it is
 * only run on an empty store: merging an article's graph with an older copy would corrupt it.
 */
public final class BulkLoad {

    /** The TDB2 loaders worth choosing: parallel is fastest, phased and sequential use fewer threads and less memory. */
    public enum Loader {
        PARALLEL, PHASED, SEQUENTIAL
    }

    /** Told what happens, as it happens: each file checked or refused, and the loader's own progress lines. */
    public interface Listener {
        void checked(Path file, long quads);

        void bad(Path file, String reason);

        void progress(String line);
    }

    /** What a load did: files loaded, files left out (with reasons), quads added, time taken. */
    public record Report(List<Path> loaded, List<BadFile> bad, long quads, long millis) {
        public Report {
            loaded = List.copyOf(loaded);
            bad = List.copyOf(bad);
        }
    }

    /** A file left out and why, for one line on stderr. */
    public record BadFile(Path file, String reason) {
        @Override
        public String toString() {
            return file + ": " + reason;
        }
    }

    private BulkLoad() {
    }

    /** Loads the N-Quads under {@code paths} into {@code store}, which must be empty. */
    public static Report run(KnowledgeStore store, List<Path> paths, Loader loader, Listener listener) {
        if (!store.isEmpty()) { // the CLI says so first; this guards every other caller
            throw new StoreException("store " + store.location() + " is not empty: load builds a new store", null);
        }
        long t0 = System.nanoTime();
        List<BadFile> bad = new ArrayList<>();
        List<Path> good = new ArrayList<>();
        for (Path file : files(paths, bad)) {
            String problem = check(file, listener);
            if (problem == null) {
                good.add(file);
            } else {
                bad.add(new BadFile(file, problem));
            }
        }
        bad.forEach(b -> listener.bad(b.file(), b.reason()));
        long quads = good.isEmpty() ? 0 : load(store, good, loader, listener);
        return new Report(good, bad, quads, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The N-Quads files named or found under folders (recursively, in name order); the rest are bad files. */
    static List<Path> files(List<Path> paths, List<BadFile> bad) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                files.addAll(nquadsUnder(p));
            } else if (!Files.isRegularFile(p)) {
                bad.add(new BadFile(p, "no such file or folder"));
            } else if (isNQuads(p)) {
                files.add(p);
            } else {
                bad.add(new BadFile(p, "not an N-Quads file (expected .nq or .nq.gz)"));
            }
        }
        return files;
    }

    private static List<Path> nquadsUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(BulkLoad::isNQuads)
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list folder " + dir, e);
        }
    }

    /** Hidden files are left alone: Hadoop writes a hidden checksum file beside each part file. */
    static boolean isNQuads(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".nq") || name.endsWith(".nq.gz")
                || name.endsWith(".nquads") || name.endsWith(".nquads.gz"));
    }

    /** Parses the whole file without keeping anything: null when it is good, else the reason. */
    private static String check(Path file, Listener listener) {
        StreamRDFCounting count = StreamRDFLib.count();
        String problem = parse(file, count);
        if (problem == null) {
            listener.checked(file, count.count());
        }
        return problem;
    }

    private static String parse(Path file, StreamRDF dest) {
        try (Guarded in = new Guarded(open(file))) {
            RDFParser.source(in).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                    .parse(dest);
            if (in.failure != null) {
                throw in.failure;
            }
            return null;
        } catch (RiotException e) {
            return "not valid N-Quads: " + e.getMessage();
        } catch (IOException | UncheckedIOException e) {
            return "cannot read: " + e.getMessage();
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            return file.toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * Remembers a read failure: Jena's parser takes a failed read (a truncated gzip file) for the end of the
     * input, which would load half a file as if it were whole.
     */
    private static final class Guarded extends java.io.FilterInputStream {
        IOException failure;

        Guarded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }

    /** All good files through one bulk load; a failure midway (disk full) aborts the load and is thrown. */
    private static long load(KnowledgeStore store, List<Path> files, Loader kind, Listener listener) {
        DataLoader loader = loader(store, kind, (fmt, args) -> listener.progress(String.format(fmt, args)));
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            stream.start();
            StreamRDFCounting counted = StreamRDFLib.count(new OneRun(stream));
            for (Path file : files) {
                String problem = parse(file, counted);
                if (problem != null) { // it parsed a moment ago: the file changed or the disk failed
                    throw new StoreException(file + ": " + problem + " during the load", null);
                }
            }
            stream.finish();
            loader.finishBulk();
            return counted.count();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    private static DataLoader loader(KnowledgeStore store, Loader kind, MonitorOutput output) {
        var dsg = store.dataset().asDatasetGraph();
        return switch (kind) {
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, output);
            case PHASED -> LoaderFactory.phasedLoader(dsg, output);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, output);
        };
    }

    /** Each file's parser starts and finishes its destination; the loader's stream must see one run only. */
    private static final class OneRun extends StreamRDFWrapper {
        OneRun(StreamRDF other) {
            super(other);
        }

        @Override
        public void start() {
        }

        @Override
        public void finish() {
        }
    }
}
