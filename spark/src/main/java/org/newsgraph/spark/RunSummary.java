package org.newsgraph.spark;

import java.util.List;
import java.util.Locale;

import org.newsgraph.document.Rejected;

/**
 * What one run of the job did, printed at the end and written as {@code summary.json} beside its output.
 *
 * @param files         input files listed
 * @param articles      article graphs written (one per distinct identifier)
 * @param superseded    inputs left out because an earlier input had the same identifier (those with another
 *                      text are also in skipped)
 * @param skipped       inputs and articles that gave no graph, each with the reason
 * @param quads         quads of the article graphs
 * @param identityLinks owl:sameAs quads of the identity graph
 * @param partitions    partitions the pipeline ran in
 * @param millis        wall time from listing to the last file written
 */
record RunSummary(int files, long articles, long superseded, List<Rejected> skipped, long quads,
                  long identityLinks, int partitions, long millis, String base, String extractor) {

    RunSummary {
        skipped = List.copyOf(skipped);
    }

    /** The lines a person reads at the end of the run: totals, then one line per skipped input. */
    List<String> lines() {
        String totals = String.format(Locale.ROOT,
                "newsgraph-spark: %d articles written, %d skipped, %d superseded, %d quads, %d identity links,"
                        + " %d files, %d partitions, in %.1f s (%.1f articles/s)",
                articles, skipped.size(), superseded, quads, identityLinks, files, partitions, millis / 1000.0,
                articles / Math.max(millis / 1000.0, 0.001));
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(totals),
                skipped.stream().map(r -> "newsgraph-spark: skipped " + r)).toList();
    }
}
