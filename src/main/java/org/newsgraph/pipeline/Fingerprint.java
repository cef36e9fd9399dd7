package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which build extracted a graph: the version and a hash of the jar that holds the code, models, gazetteers
 * and cue lists. A new build re-extracts articles the store holds from an older one, even with the same text.
 */
final class Fingerprint {

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
            return Files.isRegularFile(source) ? name + " " + sha256(source).substring(0, 16) : name + " classes";
        } catch (URISyntaxException | IOException | SecurityException | NullPointerException e) {
            return name; // no code source to hash: the version alone tells builds apart
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
