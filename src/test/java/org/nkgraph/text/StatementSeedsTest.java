package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Runs the seed articles (read from the shared folder, skipped when it is absent) and prints every statement found.
 * Asserts only general properties: offsets exact, confidences in range, every speaker an entity the document knows.
 */
class StatementSeedsTest {

    @Test
    void seedsGiveWellFormedStatements() throws IOException {
        Path seeds = Stream.of(Path.of("../shared/seeds"), Path.of("/work/shared/seeds"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(seeds != null, "seed folder absent");
        AnalysisPipeline pipeline = StatementTestLib.pipeline();
        List<Path> files;
        try (Stream<Path> list = Files.list(seeds)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int total = 0;
        for (Path file : files) {
            for (Document d : SourceFileLoader.standard().read(file)) {
                AnalyzedDocument doc = pipeline.analyze(d);
                for (StatementMention s : doc.statements()) {
                    System.out.printf("%s\t%s\t%s\t%s\t%.2f\t%s%n", file.getFileName(), s.kind(), s.speaker(),
                            s.rule(), s.confidence(), s.text());
                    check(doc, s);
                    total++;
                }
            }
        }
        assertTrue(total > 0, "the seeds hold quotes and claims");
    }

    private static void check(AnalyzedDocument doc, StatementMention s) {
        if (s.rule().equals("quote:split")) {
            assertTrue(doc.text().substring(s.start(), s.end()).startsWith(s.text().split(" \\.\\.\\. ")[0]));
        } else {
            assertEquals(s.text(), doc.text().substring(s.start(), s.end()));
        }
        assertTrue(s.confidence() > 0 && s.confidence() <= 1, s.toString());
        assertTrue(s.speaker() == null || doc.mentions().stream().anyMatch(m -> s.speaker().equals(m.entity())),
                s.toString());
    }
}
