package org.nkgraph.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();

    private Document read(String fixture) throws IOException {
        List<Document> docs = reader.read(fixture(fixture));
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    static SourceFile fixture(String name) throws IOException {
        try (InputStream in = HtmlReaderTest.class.getResourceAsStream(name)) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new SourceFile(Path.of("/fixtures", name), name, TextNormalizer.normalize(content));
        }
    }

    @Test
    void articleWithMetaTags() throws IOException {
        Document d = read("article-meta.html");
        assertEquals("Ferry line resumes after repairs", d.title());
        assertEquals("The island ferry sailed again on Thursday after a month in dry dock.\n\n"
                + "Crews replaced the engine and painted the hull, the operator said.\n"
                + "Tickets went on sale at dawn.\n\n"
                + "Timetable\n\nTwo sailings each morning\n\nOne sailing each evening", d.text());
        assertEquals(LocalDate.of(2025, 11, 20), d.published().date());
        assertEquals(LocalTime.of(8, 15), d.published().time());
        assertEquals(ZoneOffset.ofHours(9), d.published().offset());
        assertEquals(LocalDate.of(2025, 11, 21), d.updated().date());
        assertEquals("Mina Park", d.author());
        assertEquals("Mina Park", d.byline());
        assertEquals("Harbour Gazette", d.publisher());
        assertEquals("https://gazette.example.org/news/ferry-line", d.url());
        assertEquals("html", d.source().format());
    }

    @Test
    void leftOutPartsNeverReachTheText() throws IOException {
        String text = read("article-meta.html").text();
        for (String absent : List.of("tracking", "navy", "Home", "masthead", "lighthouses", "Search", "Copyright",
                "By Mina Park", "older date")) {
            assertFalse(text.contains(absent), absent);
        }
    }

    @Test
    void jsonLdGivesDatesAuthorsPublisherAndUrl() throws IOException {
        Document d = read("article-jsonld.html");
        assertEquals("Orchard harvest doubles", d.title());
        assertEquals("Apple growers in the valley picked twice as much fruit as last autumn.\n\n"
                + "Cooler nights in September helped the trees, a grower explained.", d.text());
        assertEquals(LocalDate.of(2025, 10, 2), d.published().date());
        assertEquals(ZoneOffset.UTC, d.published().offset());
        assertEquals(LocalDate.of(2025, 10, 3), d.updated().date());
        assertEquals("Tom Reyes and Ana Silva", d.author());
        assertEquals("Valley Times", d.publisher());
        assertEquals("https://valley.example.com/farming/orchard", d.url());
    }

    @Test
    void bodyFallbackWithTimeElementAndTitleTag() throws IOException {
        Document d = read("page-body-only.html");
        assertEquals("Library reopens in old mill", d.title());
        assertEquals("The town library moved into the restored mill this week.\n\n"
                + "Volunteers carried about four thousand books across the square.\nSome shelves are still empty.\n\n"
                + "Posted Sunday by the town council.", d.text());
        assertEquals(LocalDate.of(2025, 9, 14), d.published().date());
        assertNull(d.published().time());
        assertNull(d.author());
        assertNull(d.url());
    }

    @Test
    void mainElementGenericAuthorAndHeadingEqualToTitleDropped() throws IOException {
        Document d = read("page-main.html");
        assertEquals("Rail depot expands", d.title());
        assertEquals("The freight depot added two tracks to handle winter coal shipments.", d.text());
        assertEquals("Yonhap", d.byline());
        assertNull(d.author());
        assertEquals(LocalDate.of(2025, 12, 5), d.published().date());
    }

    @Test
    void pageWithoutArticleTextIsRejected() throws IOException {
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> reader.read(fixture("no-text.html")));
        assertEquals("no-text.html", e.file());
        assertEquals("no article text", e.reason());
    }

    @Test
    void articleLinkAuthorIsNotAName() {
        String html = "<html><head><meta property=\"article:author\" content=\"https://social.example/jdoe\"></head>"
                + "<body><article><p>Snow closed the mountain pass overnight.</p>"
                + "<a rel=\"author\" href=\"/staff/kim\">Kim Ha-neul</a></article></body></html>";
        Document d = reader.read(new SourceFile(Path.of("/x/a.html"), "a.html", html)).get(0);
        assertEquals("Kim Ha-neul", d.author());
        assertTrue(d.text().startsWith("Snow closed the mountain pass overnight."));
    }
}
