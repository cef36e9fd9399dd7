package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Counts and rates as people write them. */
class CountedTest {

    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertEquals("1 article", Counted.of(1, "article"));
        assertEquals("0 articles", Counted.of(0, "article"));
        assertEquals("2 triples", Counted.of(2, "triple"));
    }

    @Test
    void aRateNeverReadsZero() {
        assertEquals("under 0.1/s", Counted.rate(0.04));
        assertEquals("0.2/s", Counted.rate(0.2));
        assertEquals("9.5/s", Counted.rate(9.5));
        assertEquals("31/s", Counted.rate(30.6));
    }
}
