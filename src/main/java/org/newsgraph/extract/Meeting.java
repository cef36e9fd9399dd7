package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * One reported meeting.
 *
 * @param participants entity indexes (two or more)
 * @param pairs        who met whom (people on one side are not paired with each other)
 * @param sentence     the sentence that states it
 * @param dateText     the words that date it ("on Monday"), or null
 * @param date         that date resolved against the article's date, or null
 * @param place        entity index of the location, or -1
 * @param confidence   in [0,1]
 */
public record Meeting(List<Integer> participants, List<Pair> pairs, int sentence, String dateText, LocalDate date,
                      int place, double confidence) {

    public Meeting {
        participants = List.copyOf(participants);
        pairs = List.copyOf(pairs);
    }

    /** Two entity indexes that met, smaller first. */
    public record Pair(int a, int b) {
        public static Pair of(int x, int y) {
            return new Pair(Math.min(x, y), Math.max(x, y));
        }
    }
}
