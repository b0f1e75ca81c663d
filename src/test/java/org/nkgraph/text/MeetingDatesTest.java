package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingDatesTest {

    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 8);
    private static final LocalDate DEC_2025 = LocalDate.of(2025, 12, 5);

    @Test
    void monthOfARelativeYear() {
        assertEquals("2024-01", MeetingDates.resolve("in January last year", JAN_2025, false).exact());
        assertEquals("2026-03", MeetingDates.resolve("March next year", JAN_2025, false).exact());
    }

    @Test
    void partsOfAMonthAndOfAYear() {
        TimeValue mid = MeetingDates.resolve("mid-December", DEC_2025, true);
        assertEquals(LocalDate.of(2025, 12, 11), mid.earliest());
        assertEquals(LocalDate.of(2025, 12, 20), mid.latest());
        TimeValue early = MeetingDates.resolve("early next year", DEC_2025, true);
        assertEquals(LocalDate.of(2026, 1, 1), early.earliest());
        assertEquals(LocalDate.of(2026, 4, 30), early.latest());
        TimeValue late = MeetingDates.resolve("late 2019", null, false);
        assertEquals(LocalDate.of(2019, 9, 1), late.earliest());
    }

    @Test
    void aMonthWithoutYearDependsOnTense() {
        assertEquals("2026-02", MeetingDates.resolve("in February", DEC_2025, true).exact());
        assertEquals("2025-02", MeetingDates.resolve("in February", DEC_2025, false).exact());
        assertEquals("2024-11", MeetingDates.resolve("last November", JAN_2025, false).exact());
        assertEquals("2025-12-15", MeetingDates.resolve("December 15", DEC_2025, false).exact());
    }

    @Test
    void withoutAnAnchorOnlyAStatedYearResolves() {
        assertEquals("2021", MeetingDates.resolve("in 2021", null, false).exact());
        assertFalse(MeetingDates.resolve("last year", null, false).isResolved());
        assertFalse(MeetingDates.resolve("in February", null, true).isResolved());
        assertFalse(MeetingDates.resolve("the day before", JAN_2025, false).isResolved());
    }

    @Test
    void findsExpressionsWithOffsetsAndSkipsVerbs() {
        String text = "It may rain, but in May 2024 and early next year the party met.";
        List<MeetingDates.Phrase> found = MeetingDates.find(text);
        assertEquals(List.of("in May 2024", "early next year"), found.stream().map(MeetingDates.Phrase::text).toList());
        for (MeetingDates.Phrase p : found) {
            assertEquals(p.text(), text.substring(p.start(), p.end()));
        }
    }
}
