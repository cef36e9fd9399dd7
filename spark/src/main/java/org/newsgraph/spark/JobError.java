package org.newsgraph.spark;

/** A mistake the user can fix (output folder exists, bad option): one line and exit status 2, not a trace. */
final class JobError extends RuntimeException {

    JobError(String message) {
        super(message);
    }
}
