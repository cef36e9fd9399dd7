package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which code extracted a graph: the version and a hash of what decides the extraction (the classes of the
 * stages from reading to RDF, their models, gazetteers and cue lists, the ontology). A new build that changes
 * any of it re-extracts articles the store holds, even with the same text; a build that changes only the
 * server or the command line does not, and the Spark jar, which holds the same stages, writes the same value.
 */
final class Fingerprint {

    /** The packages (and resources under them) that decide what an article's graph holds. */
    private static final List<String> EXTRACTION = List.of("org/newsgraph/document/", "org/newsgraph/nlp/",
            "org/newsgraph/resolve/", "org/newsgraph/extract/", "org/newsgraph/rdf/", "org/newsgraph/pipeline/",
            "org/newsgraph/ontology/");

    private static final String VALUE = compute();

    private Fingerprint() {
    }

    static String value() {
        return VALUE;
    }

    private static String compute() {
        String version = Fingerprint.class.getPackage().getImplementationVersion();
        String name = "newsgraph " + (version != null ? version : "dev");
        try {
            Path source = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Map<String, byte[]> files = Files.isRegularFile(source) ? fromJar(source) : fromDirectory(source);
            return files.isEmpty() ? name : name + " " + digest(files).substring(0, 16);
        } catch (URISyntaxException | IOException | UncheckedIOException | SecurityException | NullPointerException e) {
            return name; // no code source to read: the version alone tells builds apart
        }
    }

    private static Map<String, byte[]> fromJar(Path jar) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.isDirectory() && decidesExtraction(e.getName())) {
                    try (InputStream in = zip.getInputStream(e)) {
                        out.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, byte[]> fromDirectory(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (decidesExtraction(name)) {
                    out.put(name, Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    private static boolean decidesExtraction(String entry) {
        return EXTRACTION.stream().anyMatch(entry::startsWith);
    }

    /** Names and contents in name order, so the value does not depend on how the jar was packed. */
    private static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(bytes);
            });
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
