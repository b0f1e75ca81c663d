package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.SourceFileLoader;

/**
 * Runs the date stage over the five seed articles (read from the shared folder, skipped when it is absent) and
 * prints what it finds. Asserts only general properties: offsets exact, sentence indexes right, nothing resolved
 * that needs an anchor the article lacks.
 */
class DateFinderSeedsTest {

    private final AnalysisPipeline pipeline = DateFinderTest.pipeline();

    @Test
    void seedsGiveExactOffsets() throws IOException {
        Path seeds = Stream.of(Path.of("../shared/seeds"), Path.of("/work/shared/seeds"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(seeds != null, "seed folder absent");
        SourceFileLoader loader = SourceFileLoader.standard();
        List<Path> files = loader.collect(List.of(seeds));
        assertFalse(files.isEmpty());
        for (Path file : files) {
            Document d = loader.read(file).get(0);
            AnalyzedDocument a = pipeline.analyze(d);
            System.out.println("== " + file.getFileName() + " published "
                    + (d.published() == null ? "-" : d.published().date()));
            for (DateMention m : a.dates()) {
                System.out.printf("  s%-3d %-28s %-24s %s..%s  %s%n", m.sentenceIndex(), "'" + m.text() + "'",
                        m.rule(), m.value().earliest(), m.value().latest(),
                        m.value().exact() == null ? "" : "= " + m.value().exact());
                assertEquals(m.text(), d.text().substring(m.start(), m.end()));
                assertTrue(a.sentences().get(m.sentenceIndex()).contains(m.start()));
                if (d.published() == null && m.value().isResolved()) {
                    assertTrue(m.text().matches(".*\\d{4}.*"), "resolved without an anchor or a year: " + m);
                }
            }
        }
    }
}
