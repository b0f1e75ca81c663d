package org.nkgraph.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileLoaderTest {

    private static final String TEXT =
            "Harbour cranes were repaired over the winter.\n\nShips now unload in half the time.";

    @TempDir
    Path dir;

    private final SourceFileLoader loader = SourceFileLoader.standard();

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private InputRejectedException rejected(Path file) {
        return assertThrows(InputRejectedException.class, () -> loader.load(file));
    }

    @Test
    void loadsAndNormalises() throws IOException {
        Path file = write("a.txt", "\n\n" + TEXT + "\n");
        SourceFile source = loader.load(file);
        assertEquals(TEXT, source.content());
        assertEquals(file.toAbsolutePath().normalize(), source.path());
        assertEquals(file.toString(), source.display());
        assertEquals(3, source.firstLine());
    }

    @Test
    void bomAndCrlfAreFineAndOffsetsCountIntoNormalisedText() throws IOException {
        Path plain = write("plain.txt", TEXT);
        Path windows = write("windows.txt", "\uFEFF" + TEXT.replace("\n", "\r\n") + "\r\n");
        Document a = loader.read(plain).get(0);
        Document b = loader.read(windows).get(0);
        assertEquals(a.text(), b.text());
        assertEquals(a.id(), b.id());
        assertFalse(b.text().contains("\r"));
        assertFalse(b.text().startsWith("\uFEFF"));
        int start = b.text().indexOf("Ships");
        assertEquals("Ships now unload", b.text().substring(start, start + 16));
        assertEquals(TEXT.indexOf("Ships"), start);
    }

    @Test
    void unknownExtensionNamesItAndTheKnownOnes() throws IOException {
        InputRejectedException e = rejected(write("notes.docx", TEXT));
        assertEquals("unknown extension '.docx'; known: .htm, .html, .jsonl, .txt", e.reason());
        InputRejectedException none = rejected(write("README", TEXT));
        assertTrue(none.reason().startsWith("no file extension; known: .htm"), none.getMessage());
    }

    @Test
    void missingPathIsRejected() {
        Path missing = dir.resolve("gone.txt");
        InputRejectedException e = rejected(missing);
        assertEquals(missing.toString(), e.file());
        assertEquals("no such file or folder", e.reason());
    }

    @Test
    void folderIsNotAFile() {
        assertEquals("not a regular file", rejected(dir).reason());
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("empty file", rejected(write("empty.txt", new byte[0])).reason());
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        assertEquals("only white space", rejected(write("blank.txt", " \n\t\r\n  \n")).reason());
        assertEquals("only white space", rejected(write("bom.txt", "\uFEFF\n")).reason());
    }

    @Test
    void binaryFileWithNul() throws IOException {
        byte[] bytes = (TEXT + "\n").getBytes(StandardCharsets.UTF_8);
        bytes = Arrays.copyOf(bytes, bytes.length + 3);
        InputRejectedException e = rejected(write("image.txt", bytes));
        assertTrue(e.reason().startsWith("binary file (NUL byte at byte offset " + (bytes.length - 3)), e.reason());
        assertEquals(4, e.line());
    }

    @Test
    void binaryFileWithManyControlCharacters() throws IOException {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 4 == 0 ? 0x01 : 'x');
        }
        InputRejectedException e = rejected(write("data.txt", bytes));
        assertEquals("binary file (100 of 400 bytes are control characters)", e.reason());
    }

    @Test
    void aFewControlCharactersAreStillText() throws IOException {
        String text = TEXT + "\u000C\n" + "x".repeat(200) + "\u001B";
        assertTrue(loader.load(write("ff.txt", text)).content().startsWith("Harbour"));
    }

    @Test
    void utf16IsNamed() throws IOException {
        byte[] bytes = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
        InputRejectedException e = rejected(write("wide.txt", bytes));
        assertEquals("UTF-16 text (byte-order mark FF FE); save it as UTF-8", e.reason());
    }

    @Test
    void invalidUtf8GivesTheByteOffsetAndLine() throws IOException {
        byte[] head = "first line\nsecond ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 5);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        bytes[head.length + 2] = 'a';
        bytes[head.length + 3] = 'b';
        bytes[head.length + 4] = 'c';
        InputRejectedException e = rejected(write("latin.txt", bytes));
        assertEquals("not valid UTF-8: byte 0xC3 at byte offset " + head.length, e.reason());
        assertEquals(2, e.line());
    }

    @Test
    void truncatedCharacterAtTheEndIsInvalid() throws IOException {
        byte[] head = "ends badly ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xE2;
        bytes[head.length + 1] = (byte) 0x82;
        InputRejectedException e = rejected(write("cut.txt", bytes));
        assertTrue(e.reason().startsWith("not valid UTF-8"), e.reason());
    }

    @Test
    void overTheSizeLimit() throws IOException {
        Path file = write("big.txt", TEXT);
        SourceFileLoader small = loader.withMaxBytes(20);
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> small.load(file));
        assertEquals("too large: " + Files.size(file) + " bytes, over the limit of 20 bytes", e.reason());
        assertEquals(SourceFileLoader.DEFAULT_MAX_BYTES, loader.maxBytes());
        assertEquals(64L * 1024 * 1024, SourceFileLoader.DEFAULT_MAX_BYTES);
    }

    @Test
    void moreThanTenMegabytesLoads() throws IOException {
        String paragraph = "The depot loaded another train with gravel for the new road.\n\n";
        int copies = 11 * 1024 * 1024 / paragraph.length() + 1;
        Path file = write("long.txt", paragraph.repeat(copies));
        assertTrue(Files.size(file) > 11_000_000L);
        Document d = loader.read(file).get(0);
        assertEquals(paragraph.repeat(copies).strip(), d.text());
        assertTrue(d.text().length() > 10_000_000);
    }

    @Test
    void collectWalksFoldersInOrderSkipsHiddenAndKeepsUnknownToBeRejected() throws IOException {
        write("news/b.txt", TEXT);
        write("news/a.html", "<p>" + TEXT + "</p>");
        write("news/sub/c.jsonl", "{\"text\": \"Quiet night.\"}");
        write("news/sub/notes.docx", TEXT);
        write("news/.hidden.txt", TEXT);
        write("news/.cache/d.txt", TEXT);
        Path direct = write("extra/list.csv", "a,b");
        Path missing = dir.resolve("nowhere.txt");
        Path news = dir.resolve("news");

        List<Path> files = loader.collect(List.of(news, direct, missing, news.resolve("b.txt")));

        assertEquals(List.of(news.resolve("a.html"), news.resolve("b.txt"), news.resolve("sub/c.jsonl"),
                news.resolve("sub/notes.docx"), direct, missing), files);
        assertTrue(assertThrows(InputRejectedException.class, () -> loader.load(direct)).reason()
                .startsWith("unknown extension '.csv'"));
        assertEquals("no such file or folder",
                assertThrows(InputRejectedException.class, () -> loader.load(missing)).reason());
    }

    @Test
    void collectIsDeterministic() throws IOException {
        for (String name : List.of("z.txt", "m.txt", "a.txt", "k/b.txt", "K/c.txt")) {
            write("batch/" + name, TEXT);
        }
        Path batch = dir.resolve("batch");
        List<Path> first = loader.collect(List.of(batch));
        assertEquals(5, first.size());
        assertEquals(first, loader.collect(List.of(batch)));
        assertEquals(first.stream().sorted().toList(), first);
    }
}
