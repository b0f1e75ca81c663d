package org.nkgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkgraph.bench.CorpusGenerator;
import org.nkgraph.doc.SourceFileLoader;
import org.nkgraph.store.KgStore;

/** Builds of one generated corpus, on real TDB2 stores, that must give the same graph however they run. */
class GraphBuilderIT {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void theGraphDoesNotDependOnTheThreadsOrHowTheCorpusIsSplitIntoBuilds() {
        Path corpus = tmp.resolve("corpus");
        CorpusGenerator.bundled().generate(40, 5L, corpus);
        List<Path> files = SourceFileLoader.standard().collect(List.of(corpus));

        DatasetGraph oneThread = build("one", 1, files);
        DatasetGraph twoThreads = build("two", 2, files);
        DatasetGraph inTwoBuilds = build("split", 2, files.subList(0, 20), files.subList(20, files.size()));

        assertTrue(oneThread.stream().count() > 10_000, "a real graph was built");
        assertTrue(IsoMatcher.isomorphic(oneThread, twoThreads), "two threads give the graph one thread gives");
        assertTrue(IsoMatcher.isomorphic(oneThread, inTwoBuilds),
                "a second build joins the events of the first as one build would");
    }

    @Test
    void everyArticleIsCountedOnceWhateverTheThreads() {
        Path corpus = tmp.resolve("corpus");
        CorpusGenerator.bundled().generate(25, 9L, corpus);
        try (KgStore kg = KgStore.open(tmp.resolve("db"))) {
            BuildSummary first = GraphBuilder.create(kg).threads(2).build().build(List.of(corpus));
            BuildSummary again = GraphBuilder.create(kg).threads(2).build().build(List.of(corpus));
            assertEquals(25, first.loaded());
            assertEquals(25, again.unchanged());
            assertEquals(0, again.quadsWritten());
        }
    }

    /** Builds each list of files in turn, reopening the store between builds, and copies the result. */
    @SafeVarargs
    private DatasetGraph build(String name, int threads, List<Path>... builds) {
        Path db = tmp.resolve(name);
        for (List<Path> files : builds) {
            try (KgStore kg = KgStore.open(db)) {
                GraphBuilder.create(kg).threads(threads).clock(FIXED).build().build(files);
            }
        }
        try (KgStore kg = KgStore.open(db)) {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            Txn.executeRead(kg.datasetGraph(), () -> Txn.executeWrite(copy,
                    () -> kg.datasetGraph().find().forEachRemaining(copy::add)));
            return copy;
        }
    }
}
