package org.nkgraph.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DocumentReaderRegistryTest {

    /** A reader of its own format, to show that new formats come by registration. */
    private static final class LinesReader implements DocumentReader {
        @Override
        public String format() {
            return "lines";
        }

        @Override
        public List<String> extensions() {
            return List.of("LINES", "txt");
        }

        @Override
        public List<Document> read(SourceFile file) {
            return file.content().lines()
                    .map(l -> Document.ofText(DocumentSource.ofFile(file.path(), format()), l))
                    .toList();
        }
    }

    @Test
    void standardHasTheThreeReaders() {
        DocumentReaderRegistry registry = DocumentReaderRegistry.standard();
        assertEquals(new TreeSet<>(List.of("htm", "html", "jsonl", "txt")), registry.extensions());
        assertEquals("txt", registry.forPath(Path.of("a/b.txt")).orElseThrow().format());
        assertEquals("html", registry.forPath(Path.of("PAGE.HTML")).orElseThrow().format());
        assertEquals("html", registry.forPath(Path.of("page.htm")).orElseThrow().format());
        assertEquals("jsonl", registry.forPath(Path.of("rows.JsonL")).orElseThrow().format());
        assertEquals("jsonl", registry.forExtension(".jsonl").orElseThrow().format());
    }

    @Test
    void unknownOrMissingExtensionHasNoReader() {
        DocumentReaderRegistry registry = DocumentReaderRegistry.standard();
        assertTrue(registry.forPath(Path.of("report.pdf")).isEmpty());
        assertTrue(registry.forPath(Path.of("README")).isEmpty());
        assertTrue(registry.forPath(Path.of(".txt")).isEmpty());
        assertTrue(registry.forPath(Path.of("trailing.")).isEmpty());
        assertEquals("", DocumentReaderRegistry.extensionOf(Path.of("/")));
    }

    @Test
    void registrationAddsAndReplaces() {
        LinesReader lines = new LinesReader();
        DocumentReaderRegistry registry = DocumentReaderRegistry.standard().register(lines);
        assertSame(lines, registry.forPath(Path.of("x.lines")).orElseThrow());
        assertSame(lines, registry.forPath(Path.of("x.txt")).orElseThrow());
        SortedSet<String> extensions = registry.extensions();
        assertEquals(List.of("htm", "html", "jsonl", "lines", "txt"), List.copyOf(extensions));
        List<Document> docs = registry.forPath(Path.of("x.lines")).orElseThrow()
                .read(new SourceFile(Path.of("/x.lines"), "x.lines", "one\ntwo"));
        assertEquals(2, docs.size());
    }

    @Test
    void emptyRegistryKnowsNothing() {
        assertTrue(new DocumentReaderRegistry().forPath(Path.of("a.txt")).isEmpty());
    }
}
