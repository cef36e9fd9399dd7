package org.newsgraph.spark;

import java.io.IOException;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;

/**
 * Hadoop's text output under Spark's commit protocol, named for what it holds: {@code part-r-00007.nq.gz}.
 * Each task writes into its attempt folder and only a committed attempt is moved into place, so a retried or
 * speculative task never leaves a second copy, and a partition's file name depends only on its number.
 */
public final class NQuadsOutputFormat extends TextOutputFormat<NullWritable, Text> {

    @Override
    public Path getDefaultWorkFile(TaskAttemptContext context, String extension) throws IOException {
        return super.getDefaultWorkFile(context, ".nq" + extension);
    }
}
