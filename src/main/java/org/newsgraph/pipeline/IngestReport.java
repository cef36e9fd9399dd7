package org.newsgraph.pipeline;

import java.util.List;

import org.newsgraph.document.Rejected;

/**
 * What an ingest did: articles stored, articles left alone because the store already held them unchanged,
 * inputs skipped (with reasons), triples written, time taken.
 */
public record IngestReport(int articles, int unchanged, List<Rejected> skipped, long triples, long millis) {

    public IngestReport {
        skipped = List.copyOf(skipped);
    }
}
