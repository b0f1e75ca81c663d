package org.nkgraph.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderDateParserTest {

    private final HeaderDateParser parser = new HeaderDateParser(HeaderPatterns.standard());

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("2025-12-05", "2025-12-05", null, null),
                Arguments.of("December 5, 2025", "2025-12-05", null, null),
                Arguments.of("5 December 2025", "2025-12-05", null, null),
                Arguments.of("Dec. 5, 2025", "2025-12-05", null, null),
                Arguments.of("Sept. 30, 2024", "2024-09-30", null, null),
                Arguments.of("May 1, 2023", "2023-05-01", null, null),
                Arguments.of("08 Jan. 2025, 17:48", "2025-01-08", "17:48", null),
                Arguments.of("2025-12-05 14:30 KST", "2025-12-05", "14:30", "+09:00"),
                Arguments.of("2025-12-05 14:30 JST", "2025-12-05", "14:30", "+09:00"),
                Arguments.of("2025-12-05T14:30:00+09:00", "2025-12-05", "14:30", "+09:00"),
                Arguments.of("2025-12-05T05:30:00Z", "2025-12-05", "05:30", "Z"),
                Arguments.of("2025-12-05T14:30:00", "2025-12-05", "14:30", null),
                Arguments.of("2025-12-05 14:30:00+0900", "2025-12-05", "14:30", "+09:00"),
                Arguments.of("December 5, 2025 at 2:30 p.m. ET", "2025-12-05", "14:30", "-05:00"),
                Arguments.of("Dec. 5, 2025 9:15 a.m. EDT", "2025-12-05", "09:15", "-04:00"),
                Arguments.of("Friday, December 5th, 2025, 2:30pm EST", "2025-12-05", "14:30", "-05:00"),
                Arguments.of("Fri, 05 Dec 2025 09:00:00 GMT", "2025-12-05", "09:00", "Z"),
                Arguments.of("Thu, 04 Dec 2025 23:10:00 UTC", "2025-12-04", "23:10", "Z"),
                Arguments.of("5 December 2025 08:00 GMT+9", "2025-12-05", "08:00", "+09:00"),
                Arguments.of("2025.12.05 10:20", "2025-12-05", "10:20", null),
                Arguments.of("2025/12/05", "2025-12-05", null, null),
                Arguments.of("on 5 Dec 2025", "2025-12-05", null, null),
                // a zone without a time means nothing: the date stays, no offset is made up
                Arguments.of("Dec. 5, 2025 KST", "2025-12-05", null, null),
                // an unknown zone keeps the local time without an offset
                Arguments.of("2025-12-05 14:30 XYZT", "2025-12-05", "14:30", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void parsesEveryHeaderShape(String text, String date, String time, String offset) {
        PublicationDate d = parser.parse(text).orElseThrow(() -> new AssertionError("no date from: " + text));
        assertEquals(LocalDate.parse(date), d.date());
        assertEquals(time == null ? null : LocalTime.parse(time), d.time());
        assertEquals(offset == null ? null : ZoneOffset.of(offset), d.offset());
        assertEquals(text, d.raw());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "   ", "Dec. 5", "05/12/2025", "12/05/2025", "2025-02-30", "31 April 2025",
        "sometime last week", "2025", "Friday"})
    void incompleteOrAmbiguousDatesGiveNothing(String text) {
        assertTrue(parser.parse(text).isEmpty(), "expected no date from: " + text);
    }

    @Test
    void nullGivesNothing() {
        assertTrue(parser.parse(null).isEmpty());
    }

    @Test
    void dateTimeLexicalKeepsTheStatedOffset() {
        PublicationDate d = parser.parse("2025-12-05 14:30 KST").orElseThrow();
        assertEquals("2025-12-05T14:30:00+09:00", d.dateTimeLexical().orElseThrow());
        PublicationDate local = parser.parse("08 Jan. 2025, 17:48").orElseThrow();
        assertEquals("2025-01-08T17:48:00", local.dateTimeLexical().orElseThrow());
        assertNull(parser.parse("2025-12-05").orElseThrow().time());
    }

    @Test
    void cleanSpellsOutMonthsAndDropsNoise() {
        assertEquals("December 5 2025 2:30 PM", HeaderDateParser.clean("Friday, Dec. 5th, 2025 at 2:30 p.m."));
        assertEquals("3 September 2025", HeaderDateParser.clean("3 Sept 2025"));
    }
}
