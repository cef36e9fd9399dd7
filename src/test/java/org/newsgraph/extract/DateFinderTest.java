package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static final LocalDate THURSDAY = LocalDate.of(2021, 3, 4);

    @Test
    void aWeekdayIsTheLatestSuchDayOnOrBeforePublication() {
        DateFinder.Found f = DateFinder.nearest("The two met on Monday in Accra.", 8, THURSDAY);
        assertEquals("on Monday", f.text());
        assertEquals(LocalDate.of(2021, 3, 1), f.date());
    }

    @Test
    void aWeekdayOnThePublicationDayIsThatDay() {
        assertEquals(THURSDAY, DateFinder.nearest("They met on Thursday.", 5, THURSDAY).date());
    }

    @Test
    void aDayAndMonthWithoutYearIsTheLatestOneBeforePublication() {
        assertEquals(LocalDate.of(2020, 10, 16), DateFinder.nearest("launched on 16 October", 0, THURSDAY).date());
    }

    @Test
    void aMonthAloneKeepsItsWordsButGetsNoDay() {
        DateFinder.Found f = DateFinder.nearest("Back in August, the two met.", 20, THURSDAY);
        assertEquals("Back in August", f.text());
        assertNull(f.date());
    }

    @Test
    void withoutAPublicationDateNothingIsResolved() {
        DateFinder.Found f = DateFinder.nearest("They met on Monday.", 5, null);
        assertEquals("on Monday", f.text());
        assertNull(f.date());
    }

    @Test
    void theExpressionNearestTheTriggerWins() {
        DateFinder.Found f = DateFinder.nearest("On Sunday she landed and on Tuesday she met him.", 36, THURSDAY);
        assertEquals("on Tuesday", f.text());
    }
}
