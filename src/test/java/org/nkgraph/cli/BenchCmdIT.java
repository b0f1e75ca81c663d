package org.nkgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCmdIT {

    @TempDir
    Path dir;

    @Test
    void benchRunOnATinyCorpusWritesEveryFigure() throws IOException {
        Path results = dir.resolve("results.md");
        CliRun run = CliRun.of("bench", "run", "--articles", "20", "--seed", "3", "--work",
                dir.resolve("work").toString(), "--threads", "1,2", "--compact", "--results",
                results.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(results);
        assertTrue(text.contains(": 20 articles, seed 3"), text);
        assertTrue(Pattern.compile("Machine: \\d+ cores, \\d+ MiB memory, .*max heap \\d+ MiB; "
                + "load average [0-9.-]+ at the start").matcher(text).find(), text);
        for (String measure : List.of("extraction alone, 1 thread", "extraction alone, 2 threads",
                "build into TDB2, \\d+ analysis threads and a writer",
                "build peak heap", "resident memory \\(VmHWM\\)", "store size on disk, as built",
                "compaction after the build", "Jena TDB2 bulk loader",
                "build / bulk loader")) {
            Matcher m = Pattern.compile("\\| " + measure + " \\| ([0-9.]+)").matcher(text);
            assertTrue(m.find(), "row " + measure + " in\n" + text);
            assertTrue(Double.parseDouble(m.group(1)) > 0, measure + " is " + m.group(1));
        }
        assertTrue(text.contains("(20 articles, 0 rejected,"), text);
        assertTrue(Pattern.compile("\\| build, files/s in each tenth of the corpus \\| ([0-9.]+, ){9}[0-9.]+ \\|")
                .matcher(text).find(), text);
    }

    @Test
    void benchCorpusWritesTheSameFilesTwice() throws IOException {
        CliRun first = CliRun.of("bench", "corpus", "--articles", "5", "--seed", "9", "--out",
                dir.resolve("a").toString());
        CliRun second = CliRun.of("bench", "corpus", "--articles", "5", "--seed", "9", "--out",
                dir.resolve("b").toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(first.out().contains("Wrote 5 articles"), first.out());
        assertEquals(contents(dir.resolve("a")), contents(dir.resolve("b")));
    }

    /** Every file under {@code root} with its text, by relative path. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        assertTrue(out.size() > 0, "files under " + root);
        return out;
    }

    @Test
    void benchCorpusRefusesZeroArticles() {
        CliRun run = CliRun.of("bench", "corpus", "--articles", "0", "--out", dir.resolve("x").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
    }
}
