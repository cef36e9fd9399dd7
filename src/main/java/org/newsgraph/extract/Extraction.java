package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;

import org.newsgraph.resolve.ResolvedText;

/** The extract stage's output: the resolved article with its meetings and calls. */
public record Extraction(ResolvedText resolved, List<Meeting> meetings, List<Appeal> appeals, LocalDate published) {

    public Extraction {
        meetings = List.copyOf(meetings);
        appeals = List.copyOf(appeals);
    }
}
