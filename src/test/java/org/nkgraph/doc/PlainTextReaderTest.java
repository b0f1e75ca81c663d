package org.nkgraph.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextReaderTest {

    private static final String BODY =
            "A new bridge over the river opened to traffic on Monday, local officials said.\n\n"
            + "Engineers spent three winters on the span, which links two farming towns.";

    private final PlainTextReader reader = new PlainTextReader();

    private static Document read(String raw) {
        List<Document> docs = new PlainTextReader().read(
                new SourceFile(Path.of("/data/in/bridge.txt"), "in/bridge.txt", TextNormalizer.normalize(raw)));
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    @Test
    void noHeaderMeansNoTitleAndNoDate() {
        Document d = read(BODY);
        assertNull(d.title());
        assertNull(d.published());
        assertNull(d.updated());
        assertNull(d.byline());
        assertEquals(BODY, d.text());
        assertEquals("txt", d.source().format());
        assertEquals(Path.of("/data/in/bridge.txt"), d.source().path());
        assertEquals(0, d.source().line());
    }

    @Test
    void headlinePublishedLineAndCapitalByline() {
        Document d = read("Bridge opens between two farming towns\nPublished: 08 Jan. 2025, 17:48\nJANE DOE\n" + BODY);
        assertEquals("Bridge opens between two farming towns", d.title());
        assertEquals(LocalDate.of(2025, 1, 8), d.published().date());
        assertEquals(LocalTime.of(17, 48), d.published().time());
        assertNull(d.published().offset());
        assertEquals("08 Jan. 2025, 17:48", d.published().raw());
        assertEquals("JANE DOE", d.byline());
        assertEquals("JANE DOE", d.author());
        assertEquals(BODY, d.text());
    }

    @Test
    void gluedDateMarkerBeforeTheFirstSentence() {
        Document d = read(" date 2025-12-05 " + BODY);
        assertNull(d.title());
        assertEquals(LocalDate.of(2025, 12, 5), d.published().date());
        assertNull(d.published().time());
        assertEquals(BODY, d.text());
    }

    @Test
    void postedAndUpdatedLinesWithZones() {
        Document d = read("Bridge opens\nPosted: Dec. 5, 2025 at 2:30 p.m. ET\n"
                + "Updated: 2025-12-06 09:10 KST\n\n" + BODY);
        assertEquals("Bridge opens", d.title());
        assertEquals(LocalDate.of(2025, 12, 5), d.published().date());
        assertEquals(LocalTime.of(14, 30), d.published().time());
        assertEquals(ZoneOffset.ofHours(-5), d.published().offset());
        assertEquals(LocalDate.of(2025, 12, 6), d.updated().date());
        assertEquals(ZoneOffset.ofHours(9), d.updated().offset());
        assertEquals(BODY, d.text());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Published 2025-12-05", "Published: December 5, 2025", "Posted 5 December 2025",
        "Published on Dec. 5, 2025", "Date: 2025-12-05T14:30:00+09:00", "Fri, 05 Dec 2025 09:00:00 GMT",
        "December 5, 2025", "First published: 5 Dec 2025 KST"})
    void dateLineShapes(String line) {
        Document d = read("Bridge opens\n" + line + "\n" + BODY);
        assertEquals("Bridge opens", d.title());
        assertEquals(LocalDate.of(2025, 12, 5), d.published().date(), line);
        assertEquals(BODY, d.text());
    }

    @Test
    void unknownZoneKeepsTimeWithoutOffset() {
        Document d = read("Bridge opens\nPublished: 2025-12-05 14:30 ABCT\n" + BODY);
        assertEquals(LocalTime.of(14, 30), d.published().time());
        assertNull(d.published().offset());
    }

    @Test
    void labelledDateThatDoesNotParseIsRemovedButNotInvented() {
        Document d = read("Bridge opens\nPublished: the day after the storm\n" + BODY);
        assertEquals("Bridge opens", d.title());
        assertNull(d.published());
        assertEquals(BODY, d.text());
    }

    @Test
    void byNameInCity() {
        Document d = read("Bridge opens\nBy Jane Doe in Seoul\nDecember 5, 2025\n\n" + BODY);
        assertEquals("By Jane Doe in Seoul", d.byline());
        assertEquals("Jane Doe", d.author());
        assertEquals("Seoul", d.dateline());
        assertEquals(LocalDate.of(2025, 12, 5), d.published().date());
        assertEquals(BODY, d.text());
    }

    @Test
    void byTwoNames() {
        Document d = read("Bridge opens\nBy Jane Doe and John Roe\n" + BODY);
        assertEquals("By Jane Doe and John Roe", d.byline());
        assertEquals("Jane Doe and John Roe", d.author());
    }

    @Test
    void byNameWithRole() {
        Document d = read("Bridge opens\nBy Jane Doe, Staff Reporter\n" + BODY);
        assertEquals("Jane Doe", d.author());
        assertEquals("By Jane Doe, Staff Reporter", d.byline());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Staff Reporter", "Yonhap", "By Staff Writers", "Korea Herald staff", "AFP",
        "By Yonhap", "By AFP and Reuters"})
    void genericBylinesKeepTheBylineButNameNoAuthor(String line) {
        Document d = read("Bridge opens\n" + line + "\n" + BODY);
        assertEquals("Bridge opens", d.title());
        assertEquals(line, d.byline());
        assertNull(d.author());
        assertEquals(BODY, d.text());
    }

    @Test
    void wireDatelineOpensTheBody() {
        Document d = read("SEOUL, Dec. 5 (Yonhap) -- " + BODY);
        assertEquals("Seoul", d.dateline());
        assertEquals("Yonhap", d.byline());
        assertNull(d.author());
        assertNull(d.published(), "a dateline without a year states no full date");
        assertEquals(BODY, d.text());
    }

    @Test
    void datelineAfterHeaderKeepsTheHeaderByline() {
        Document d = read("Bridge opens\nBy Jane Doe\nPublished: 2025-12-05\n\nPYONGYANG (AP) \u2014 " + BODY);
        assertEquals("By Jane Doe", d.byline());
        assertEquals("Pyongyang", d.dateline());
        assertEquals(BODY, d.text());
    }

    @Test
    void severalPartsOnOneHeaderLine() {
        Document d = read("Bridge opens\nBy Jane Doe | Published: 2025-12-05 | Updated: 2025-12-07\n" + BODY);
        assertEquals("Jane Doe", d.author());
        assertEquals(LocalDate.of(2025, 12, 5), d.published().date());
        assertEquals(LocalDate.of(2025, 12, 7), d.updated().date());
    }

    @Test
    void publishedAndUpdatedOnOneLine() {
        Document d = read("Bridge opens\nPublished: 2025-12-05 | Updated: Dec. 7, 2025\n" + BODY);
        assertEquals(LocalDate.of(2025, 12, 5), d.published().date());
        assertEquals(LocalDate.of(2025, 12, 7), d.updated().date());
        assertEquals(BODY, d.text());
    }

    @Test
    void dateAndTimeSplitBySeparator() {
        Document d = read("Bridge opens\nDec. 5, 2025 | 09:00 KST\n" + BODY);
        assertEquals("2025-12-05T09:00:00+09:00", d.published().dateTimeLexical().orElseThrow());
        assertEquals(BODY, d.text());
    }

    @Test
    void shortUnpunctuatedFirstLineBeforeABlankLineIsAHeadline() {
        Document d = read("Bridge opens between farming towns\n\n" + BODY);
        assertEquals("Bridge opens between farming towns", d.title());
        assertNull(d.published());
        assertEquals(BODY, d.text());
    }

    @Test
    void firstLineThatIsASentenceIsBody() {
        String text = "The bridge opened on Monday.\nIt links two towns.";
        Document d = read(text);
        assertNull(d.title());
        assertEquals(text, d.text());
    }

    @Test
    void sentenceStartingWithByIsNotAByline() {
        String text = "Bridge opens\nBy the end of the year, three more crossings will be built.\nWork starts soon.";
        Document d = read(text);
        assertEquals("Bridge opens", d.title());
        assertNull(d.byline());
        assertEquals("By the end of the year, three more crossings will be built.\nWork starts soon.", d.text());
    }

    @Test
    void aSingleLineIsBody() {
        Document d = read("Bridge opens between farming towns");
        assertNull(d.title());
        assertEquals("Bridge opens between farming towns", d.text());
    }

    @Test
    void headerWithoutBodyIsRejected() {
        SourceFile file = new SourceFile(Path.of("/x/h.txt"), "h.txt", "Bridge opens\nPublished: 2025-12-05");
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> reader.read(file));
        assertEquals("h.txt", e.file());
        assertTrue(e.reason().contains("no article text"), e.getMessage());
    }

    @Test
    void bodyOffsetsCountIntoTheNormalisedText() {
        Document d = read("\uFEFFBridge opens\r\nPublished: 2025-12-05\r\n\r\n" + BODY.replace("\n", "\r\n"));
        assertEquals(BODY, d.text());
        int at = d.text().indexOf("Engineers");
        assertEquals(BODY.indexOf("Engineers"), at);
    }
}
