package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.document.Rejected;

class RunSummaryTest {

    @Test
    void theSummaryPrintsTotalsThenEachSkippedInputOnItsOwnLine() {
        RunSummary s = new RunSummary(12, 300, 1, List.of(new Rejected("in/bad.txt", "empty: no text")), 81234, 4, 2,
                25_000, "https://w3id.org/newsgraph/", "newsgraph dev");
        assertEquals(List.of("newsgraph-spark: 300 articles written, 1 skipped, 1 superseded, 81234 quads,"
                        + " 4 identity links, 12 files, 2 partitions, in 25.0 s (12.0 articles/s)",
                "newsgraph-spark: skipped in/bad.txt: empty: no text"), s.lines());
    }
}
