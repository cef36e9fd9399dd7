package org.newsgraph.cli;

/** A mistake the user can fix (bad path, bad query): reported as one line, with an exit code. */
final class UserError extends RuntimeException {

    private final int exitCode;

    UserError(String message) {
        this(message, 2);
    }

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
