package org.newsgraph.spark;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * The local disk under the scheme {@code flaky:}, where creating the file of partition 1 fails a set number of
 * times: a real task failure in the middle of the job's write, for Spark to retry.
 */
public final class FlakyFileSystem extends RawLocalFileSystem {

    static final AtomicInteger FAILURES_LEFT = new AtomicInteger();
    static final AtomicInteger FAILED = new AtomicInteger();

    @Override
    public URI getUri() {
        return URI.create("flaky:///");
    }

    @Override
    public String getScheme() {
        return "flaky";
    }

    @Override
    public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
                                     short replication, long blockSize, Progressable progress) throws IOException {
        failOnce(f);
        return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
    }

    @Override
    public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
                                     Progressable progress) throws IOException {
        failOnce(f);
        return super.create(f, overwrite, bufferSize, replication, blockSize, progress);
    }

    private static void failOnce(Path f) throws IOException {
        if (f.getName().startsWith("part-r-00001") && FAILURES_LEFT.getAndDecrement() > 0) {
            FAILED.incrementAndGet();
            throw new IOException("injected failure creating " + f);
        }
    }
}
