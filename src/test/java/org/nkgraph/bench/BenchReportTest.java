package org.nkgraph.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static final BenchOptions OPTIONS = new BenchOptions(10, 42L, Path.of("work"), List.of(1), Path.of("r"));
    private static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 1, 2, 3, 4, 0, 0, ZoneOffset.UTC);

    @Test
    void withoutTheAnchorTheReportSaysHowToRunIt() {
        String section = BenchReport.section(result(null), OPTIONS, WHEN);
        assertTrue(section.contains("| NLP anchor (Stanford CoreNLP) | not run: build it with `mvn -q -B -f "
                + "bench/corenlp/pom.xml package` and pass `--corenlp-anchor"), section);
        assertFalse(section.contains("nkgraph / CoreNLP"), section);
    }

    @Test
    void withTheAnchorTheReportGivesBothToolsAndTheRatios() {
        // nkgraph 4000 tokens in 2 s, CoreNLP 4100 tokens in 41 s: 2000 / 100 tokens/s, 5 / 0.25 articles/s.
        BenchResult.NlpAnchor anchor = new BenchResult.NlpAnchor(new BenchResult.Extraction(1, 10, 4000, 2.0),
                new BenchResult.CoreNlp(10, 4100, 180, 41.0, 1, "4.5.10", "tokenize,ssplit,pos,lemma,ner"));
        String section = BenchReport.section(result(anchor), OPTIONS, WHEN);
        assertTrue(section.contains("| nkgraph extraction, 1 thread, the anchor's 10 articles | 5.0 articles/s, "
                + "2000 tokens/s"), section);
        assertTrue(section.contains("| CoreNLP 4.5.10 (tokenize,ssplit,pos,lemma,ner), 1 thread | 0.2 articles/s, "
                + "100 tokens/s (10 articles, 4100 tokens, 180 sentences, 41.0 s"), section);
        assertTrue(section.contains("| nkgraph / CoreNLP tokens/s | 20.0 (goal: at least 50; each tool counts the "
                + "tokens of its own tokenizer) |"), section);
        assertTrue(section.contains("| nkgraph / CoreNLP articles/s | 20.5 |"), section);
        assertFalse(section.contains("not run"), section);
    }

    @Test
    void theBuildRowsGiveItsThreadsAndItsRateInEachTenth() {
        String section = BenchReport.section(result(null), OPTIONS, WHEN);
        assertTrue(section.contains("| build into TDB2, 2 analysis threads and a writer | 3.3 articles/s, 300 "
                + "triples/s (10 articles, 0 rejected, 900 triples, 3.0 s) |"), section);
        assertTrue(section.contains("| build, files/s in each tenth of the corpus | 3.5, 3.3 |"), section);
        assertTrue(section.contains("| store size on disk, as built | 2 MiB |"), section);
        assertTrue(section.contains("| compaction after the build | 0.5 s, store then 1 MiB |"), section);
    }

    private static BenchResult result(BenchResult.NlpAnchor anchor) {
        BenchResult.Extraction extraction = new BenchResult.Extraction(1, 10, 4000, 2.0);
        BenchResult.Build build = new BenchResult.Build(2, 10, 0, 900, 3.0, List.of(3.5, 3.25), 1L << 20, -1,
                2L << 20, 0.5, 1L << 20);
        BenchResult.Loader loader = new BenchResult.Loader(900, 0.5, 1L << 20);
        BenchResult.Machine machine = new BenchResult.Machine(2, -1, 1L << 30, "jvm", "os", 1.0, 1.0);
        return new BenchResult(new CorpusSummary(10, 10, 4, 4000), List.of(extraction), build, loader, anchor,
                machine);
    }
}
