package org.newsgraph.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.security.Password;

/**
 * Who may change the graph over HTTP: {@code user:password} lines (blank lines and lines starting with
 * {@code #} are ignored; the password is everything after the first colon). Read from a file or from the
 * {@code NEWSGRAPH_CREDENTIALS} environment variable, never from the command line, where every user of the
 * machine could read it in the process list. Messages never repeat a password.
 */
public final class Credentials {

    /** The environment variable that may hold the lines instead of a file. */
    public static final String ENVIRONMENT = "NEWSGRAPH_CREDENTIALS";

    private final Map<String, String> passwords;
    private final String source;

    private Credentials(Map<String, String> passwords, String source) {
        this.passwords = passwords;
        this.source = source;
    }

    /** Reads a credentials file; throws IllegalArgumentException with a one-line reason when it is unusable. */
    public static Credentials fromFile(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("cannot read credentials file " + file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read credentials file " + file + ": " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** Reads the lines held by the environment variable {@link #ENVIRONMENT}. */
    public static Credentials fromEnvironment(String value) {
        return parse(value, ENVIRONMENT);
    }

    private static Credentials parse(String text, String source) {
        Map<String, String> out = new LinkedHashMap<>();
        int n = 0;
        for (String raw : text.split("\r?\n", -1)) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || colon == line.length() - 1) {
                throw new IllegalArgumentException(source + " line " + n + ": expected user:password");
            }
            String user = line.substring(0, colon);
            if (out.putIfAbsent(user, line.substring(colon + 1)) != null) {
                throw new IllegalArgumentException(source + " line " + n + ": user '" + user + "' given twice");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(source + " names no user (expected user:password lines)");
        }
        return new Credentials(Map.copyOf(out), source);
    }

    /** The user names, for messages. */
    public List<String> users() {
        return new ArrayList<>(passwords.keySet()).stream().sorted().toList();
    }

    /** Where the credentials came from: a file name or the environment variable. */
    public String source() {
        return source;
    }

    /** A warning when a credentials file can be read by other users of the machine, or null. */
    public static String exposureWarning(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)) {
                return file + " can be read by other users of this machine (chmod 600 " + file + ")";
            }
        } catch (IOException | UnsupportedOperationException e) {
            return null; // no POSIX permissions to check (or the file went away: reading it says so)
        }
        return null;
    }

    /** A Jetty user store holding these users, for Basic authentication. */
    UserStore userStore() {
        UserStore store = new UserStore();
        passwords.forEach((user, password) -> store.addUser(user, new Password(password), new String[] {"newsgraph"}));
        try {
            store.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the user store: " + e.getMessage(), e);
        }
        return store;
    }
}
