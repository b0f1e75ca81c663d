package org.nkgraph.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesReaderTest {

    private static final String GOOD = "{\"text\": \"Rain returned to the plains after a dry month.\"}";

    @TempDir
    Path dir;

    private final SourceFileLoader loader = SourceFileLoader.standard();

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryRowWithItsLineAndKey() throws IOException {
        Path file = Files.write(dir.resolve("articles.jsonl"),
                getClass().getResourceAsStream("articles.jsonl").readAllBytes());
        List<Document> docs = loader.read(file);
        assertEquals(3, docs.size());
        String path = file.toAbsolutePath().normalize().toString();

        Document first = docs.get(0);
        assertEquals("Dam inspection completed", first.title());
        assertEquals(LocalDate.of(2025, 8, 19), first.published().date());
        assertEquals("Lee Soo-min", first.author());
        assertEquals("By Lee Soo-min", first.byline());
        assertEquals("River Weekly", first.publisher());
        assertEquals("https://river.example.net/dam", first.url());
        assertEquals("Inspectors finished checking the old dam on Tuesday.\n\nThey found no cracks in the spillway.",
                first.text());
        assertEquals(1, first.source().line());
        assertEquals(path + "#https://river.example.net/dam", first.source().key());
        assertEquals("jsonl", first.source().format());

        Document second = docs.get(1);
        assertEquals(3, second.source().line(), "the blank line 2 is skipped but still counted");
        assertEquals(path + "#L3", second.source().key());
        assertNull(second.published(), "an unparseable date is unknown, not an error");
        assertNull(second.title());
        assertEquals("Staff Reporter", second.byline());
        assertNull(second.author());

        Document third = docs.get(2);
        assertNull(third.title(), "a blank title is no title");
        assertEquals("The ferry schedule changes next week.", third.text());
        assertEquals(LocalTime.of(18, 5), third.published().time());
        assertEquals(ZoneOffset.ofHours(-4), third.published().offset());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "not JSON            | {\"text\": \"unfinished               | not JSON",
        "trailing garbage    | {\"text\": \"a b c\"} extra            | not JSON",
        "array               | [\"a\", \"b\"]                         | not a JSON object but array",
        "string              | \"just a string\"                      | not a JSON object but string",
        "no text             | {\"title\": \"Only a title\"}          | no \"text\"",
        "blank text          | {\"text\": \"   \"}                    | no \"text\"",
        "text not a string   | {\"text\": 42}                         | no \"text\""})
    void badRowRejectsTheWholeFileNamingItsLine(String name, String badRow, String reason) throws IOException {
        Path file = write("batch.jsonl", GOOD + "\n\n" + GOOD + "\n" + badRow + "\n" + GOOD + "\n");
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> loader.read(file));
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.reason().startsWith(reason), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":4: "), e.getMessage());
    }

    @Test
    void lineNumbersCountLeadingBlankLinesAndCrlf() throws IOException {
        Path file = write("crlf.jsonl", "\r\n\r\n" + GOOD + "\r\n" + "{oops}\r\n");
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> loader.read(file));
        assertEquals(4, e.line(), e.getMessage());
        Path good = write("crlf-good.jsonl", "\uFEFF\r\n" + GOOD + "\r\n" + GOOD + "\r\n");
        List<Document> docs = loader.read(good);
        assertEquals(List.of(2, 3), docs.stream().map(d -> d.source().line()).toList());
    }
}
