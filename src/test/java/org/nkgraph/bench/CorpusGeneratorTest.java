package org.nkgraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesIdenticalBytes() throws IOException {
        CorpusGenerator generator = CorpusGenerator.bundled();
        generator.generate(60, 11L, dir.resolve("a"));
        generator.generate(60, 11L, dir.resolve("b"));
        Map<String, byte[]> a = files(dir.resolve("a"));
        Map<String, byte[]> b = files(dir.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name);
        }
    }

    @Test
    void anotherSeedGivesOtherArticles() throws IOException {
        CorpusGenerator generator = CorpusGenerator.bundled();
        generator.generate(20, 11L, dir.resolve("a"));
        generator.generate(20, 12L, dir.resolve("b"));
        Map<String, byte[]> a = files(dir.resolve("a"));
        Map<String, byte[]> b = files(dir.resolve("b"));
        long differing = a.keySet().stream()
                .filter(name -> !b.containsKey(name) || !Arrays.equals(a.get(name), b.get(name))).count();
        assertNotEquals(0, differing);
    }

    @Test
    void articlesHaveRealisticLengthAndSeveralStyles() throws IOException {
        CorpusSummary summary = CorpusGenerator.bundled().generate(200, 5L, dir);
        assertEquals(200, summary.articles());
        assertTrue(summary.words() >= 300L * 200 && summary.words() <= 600L * 200, "words: " + summary.words());
        assertTrue(summary.events() < summary.articles(), "events must be reported by several articles");
        String all = String.join("\n", files(dir).values().stream().map(String::new).toList());
        assertTrue(all.contains("\nPublished: "), "a header with Published:");
        assertTrue(all.contains(" date 20"), "a date marker");
        assertTrue(all.contains("(Yonhap) -- "), "a wire dateline");
        assertTrue(all.contains("\u201C") && all.contains("\""), "curly and straight quotes");
        assertTrue(files(dir).keySet().stream().anyMatch(name -> name.endsWith(".jsonl")), "a JSON Lines feed");
    }

    @Test
    void filesGoInFoldersOfAThousand() throws IOException {
        CorpusGenerator.bundled().generate(1001, 3L, dir);
        Map<String, byte[]> files = files(dir);
        assertTrue(files.keySet().stream().anyMatch(name -> name.startsWith("001/")));
        long inFirst = files.keySet().stream().filter(name -> name.startsWith("000/")).count();
        assertTrue(inFirst <= CorpusGenerator.FILES_PER_FOLDER, "files in 000: " + inFirst);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
