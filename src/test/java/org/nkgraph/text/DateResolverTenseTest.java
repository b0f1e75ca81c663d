package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The date resolver as the meeting and policy stages use it: a phrase read in a tense its context gives. */
class DateResolverTenseTest {

    private static final DateResolver DATES = DateResolver.bundled();

    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 8);
    private static final LocalDate DEC_2025 = LocalDate.of(2025, 12, 5);

    @Test
    void monthOfARelativeYear() {
        assertEquals("2024-01", DATES.resolve("in January last year", JAN_2025, false).exact());
        assertEquals("2026-03", DATES.resolve("March next year", JAN_2025, false).exact());
    }

    @Test
    void partsOfAMonthAndOfAYear() {
        TimeValue mid = DATES.resolve("mid-December", DEC_2025, true);
        assertEquals(LocalDate.of(2025, 12, 11), mid.earliest());
        assertEquals(LocalDate.of(2025, 12, 20), mid.latest());
        TimeValue early = DATES.resolve("early next year", DEC_2025, true);
        assertEquals(LocalDate.of(2026, 1, 1), early.earliest());
        assertEquals(LocalDate.of(2026, 4, 30), early.latest());
        TimeValue late = DATES.resolve("late 2019", null, false);
        assertEquals(LocalDate.of(2019, 9, 1), late.earliest());
    }

    @Test
    void aMonthWithoutYearDependsOnTense() {
        assertEquals("2026-02", DATES.resolve("in February", DEC_2025, true).exact());
        assertEquals("2025-02", DATES.resolve("in February", DEC_2025, false).exact());
        assertEquals("2024-11", DATES.resolve("last November", JAN_2025, false).exact());
        // The project's one rule for a day without a year: more than a week after publication, read in the past
        // unless the context speaks of the future.
        assertEquals("2024-12-15", DATES.resolve("December 15", DEC_2025, false).exact());
        assertEquals("2025-12-15", DATES.resolve("December 15", DEC_2025, true).exact());
    }

    @Test
    void withoutAnAnchorOnlyAStatedYearResolves() {
        assertEquals("2021", DATES.resolve("in 2021", null, false).exact());
        assertFalse(DATES.resolve("last year", null, false).isResolved());
        assertFalse(DATES.resolve("in February", null, true).isResolved());
        assertFalse(DATES.resolve("the day before", JAN_2025, false).isResolved());
    }
}
