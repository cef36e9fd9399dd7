package org.newsgraph.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.EvaluationReport.Counts;

class CompareRunsTest {

    @TempDir
    Path dir;

    @Test
    void aRunFileGivesEachArticlesCountsAtEachThresholdAndTheChosenThresholds() throws IOException {
        Path file = Files.writeString(dir.resolve("run.tsv"), "# meet.threshold=0.70 call.threshold=0.80\n"
                + "a-one\t0.70\t1\t0\t2\t0\t1\t0\n" + "a-one\t0.80\t1\t0\t2\t0\t0\t1\n");
        CompareRuns.Run run = CompareRuns.Run.read(file);
        assertEquals(List.of("0.70", "0.80"), List.of(run.meetThreshold(), run.callThreshold()));
        assertEquals(List.of(new Counts(1, 0, 2)), run.at(List.of("a-one"), "0.70", 0));
        assertEquals(List.of(new Counts(0, 0, 1)), run.at(List.of("a-one"), "0.80", 1));
    }

    @Test
    void aLineWithoutItsEightColumnsIsRefusedWithTheFileAndTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "# meet.threshold=0.70 call.threshold=0.80\n"
                + "a-one\t0.70\t1\t0\n");
        IOException e = assertThrows(IOException.class, () -> CompareRuns.Run.read(file));
        assertEquals(file + ": expected 8 tab-separated columns in: a-one\t0.70\t1\t0", e.getMessage());
    }
}
