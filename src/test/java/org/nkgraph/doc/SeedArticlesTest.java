package org.nkgraph.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five seed articles parse as expected. They are read from the shared folder, never copied: expected titles
 * and bylines are taken from the files themselves. Skipped when the folder is absent.
 */
class SeedArticlesTest {

    private Path seeds;
    private final SourceFileLoader loader = SourceFileLoader.standard();

    @BeforeEach
    void findSeeds() {
        seeds = Stream.of(Path.of("../shared/seeds"), Path.of("/work/shared/seeds"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(seeds != null, "seed folder absent");
    }

    private Path seed(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no seed " + prefix));
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void allFiveLoad() {
        List<Path> files = loader.collect(List.of(seeds));
        assertEquals(5, files.size());
        for (Path file : files) {
            List<Document> docs = loader.read(file);
            assertEquals(1, docs.size());
            assertEquals(file.getFileName().toString(), docs.get(0).source().fileName());
        }
    }

    @Test
    void seed002HasHeadlineDateTimeAndAuthor() throws IOException {
        Path file = seed("002_");
        List<String> raw = lines(file);
        Document d = loader.read(file).get(0);
        assertEquals(raw.get(0).strip(), d.title());
        assertEquals(LocalDate.of(2025, 1, 8), d.published().date());
        assertEquals(LocalTime.of(17, 48), d.published().time());
        assertNull(d.published().offset());
        assertNotNull(d.author());
        assertEquals(raw.get(2).strip(), d.author());
        assertTrue(d.text().startsWith(raw.get(3).strip()), "body starts after the byline");
        assertFalse(d.text().contains("Published:"));
    }

    @Test
    void seed003HasTheMarkerDateAndABodyWithoutIt() throws IOException {
        Path file = seed("003_");
        Document d = loader.read(file).get(0);
        assertEquals(LocalDate.of(2025, 12, 5), d.published().date());
        assertNull(d.published().time());
        assertNull(d.title());
        assertFalse(d.text().startsWith("date"), d.text().substring(0, 30));
        assertFalse(d.text().contains("2025-12-05"));
        assertTrue(Character.isUpperCase(d.text().charAt(0)));
        String first = lines(file).get(0).strip();
        assertTrue(first.endsWith(d.text().substring(0, d.text().indexOf('\n'))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_", "001_", "004_"})
    void seedsWithoutHeaderHaveNoTitleAndNoDate(String prefix) throws IOException {
        Path file = seed(prefix);
        Document d = loader.read(file).get(0);
        assertNull(d.title());
        assertNull(d.published());
        assertNull(d.byline());
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(TextNormalizer.normalize(raw), d.text());
    }
}
