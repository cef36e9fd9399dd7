package org.newsgraph.spark;

import java.nio.file.Path;

import org.newsgraph.store.BulkLoad;

/** A load listener for tests: a bad file fails the test, progress is not printed. */
final class Quiet {

    static final BulkLoad.Listener LISTENER = new BulkLoad.Listener() {
        @Override
        public void checked(Path file, long quads) {
        }

        @Override
        public void bad(Path file, String reason) {
            throw new AssertionError("the job wrote a bad file: " + file + ": " + reason);
        }

        @Override
        public void progress(String line) {
        }
    };

    private Quiet() {
    }
}
