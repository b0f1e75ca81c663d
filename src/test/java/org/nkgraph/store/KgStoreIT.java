package org.nkgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkgraph.bench.CorpusGenerator;
import org.nkgraph.doc.SourceFileLoader;
import org.nkgraph.pipeline.BuildSummary;
import org.nkgraph.pipeline.GraphBuilder;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/** A real TDB2 store in a temporary folder. */
class KgStoreIT {

    @TempDir
    Path tmp;

    private Path article(String name, String text) throws IOException {
        Path f = tmp.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private static long articleCount(KgStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            long[] n = {0};
            store.datasetGraph().find(Node.ANY, Node.ANY, NKG.contentHash.asNode(), Node.ANY)
                    .forEachRemaining(q -> {
                        if (!q.getGraph().equals(NKGID.GRAPH_REFERENCE)) {
                            n[0]++;
                        }
                    });
            return n[0];
        });
    }

    @Test
    void reloadingTheSameFilesChangesNothing() throws IOException {
        Path f = article("a.txt", "Kim Jong Un visited Sinpo on Friday. Officials showed him a fish farm.");
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            BuildSummary first = GraphBuilder.create(store).build().build(List.of(f));
            long quads = store.quadCount();
            BuildSummary second = GraphBuilder.create(store).build().build(List.of(f));
            assertEquals(1, first.loaded());
            assertEquals(0, second.loaded());
            assertEquals(1, second.unchanged());
            assertEquals(0, second.quadsWritten());
            assertEquals(quads, store.quadCount());
        }
    }

    @Test
    void theSameTextInAnotherFileIsTheSameArticle() throws IOException {
        Path a = article("a.txt", "The premier inspected a mill in Hwangju.");
        Path b = article("copy/b.txt", "The premier   inspected a mill  in Hwangju.\n");
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            BuildSummary s = GraphBuilder.create(store).build().build(List.of(a, b));
            assertEquals(1, s.loaded());
            assertEquals(1, s.unchanged());
            assertEquals(1, articleCount(store));
        }
    }

    @Test
    void aChangedFileReplacesItsArticle() throws IOException {
        Path f = article("a.txt", "A factory opened in Kangdong County on Monday.");
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            GraphBuilder.create(store).build().build(List.of(f));
            String oldId = org.nkgraph.doc.TextNormalizer.contentHash(Files.readString(f));
            Files.writeString(f, "A factory opened in Hwangju County on Tuesday.");
            BuildSummary s = GraphBuilder.create(store).build().build(List.of(f));
            assertEquals(1, s.replaced());
            assertEquals(1, articleCount(store));
            Txn.executeRead(store.datasetGraph(), () -> {
                assertFalse(store.datasetGraph().containsGraph(NKGID.articleGraphNode(oldId)));
                assertFalse(store.datasetGraph().find(Node.ANY, Node.ANY, NKG.text.asNode(),
                        NodeFactory.createLiteralString("Kangdong County")).hasNext());
            });
        }
    }

    @Test
    void aFailureInMidArticleLeavesNothingOfIt() {
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            store.installReference(ReferenceData.bundled());
            long before = store.quadCount();
            Node g = NKGID.articleGraphNode("feedface");
            assertThrows(IllegalStateException.class, () -> store.writeArticle("feedface", "key", (shared, out) -> {
                Node s = NodeFactory.createURI("urn:x:s");
                for (int i = 0; i < 100; i++) {
                    out.quad(Quad.create(g, s, NKG.text.asNode(), NodeFactory.createLiteralString("t" + i)));
                }
                throw new IllegalStateException("injected failure after 100 quads");
            }));
            assertEquals(before, store.quadCount());
            Txn.executeRead(store.datasetGraph(), () -> assertFalse(store.datasetGraph().containsGraph(g)));
        }
    }

    @Test
    void compactionKeepsEveryQuadInLessSpace() throws IOException {
        Path corpus = tmp.resolve("corpus");
        CorpusGenerator.bundled().generate(30, 4L, corpus);
        Path db = tmp.resolve("db");
        try (KgStore store = KgStore.open(db)) {
            // Several builds, several commits: each leaves copied index blocks behind.
            for (Path file : SourceFileLoader.standard().collect(List.of(corpus))) {
                GraphBuilder.create(store).build().build(List.of(file));
            }
            long quads = store.quadCount();
            long before = JenaBulkLoad.sizeOnDisk(db);
            store.compact();
            assertEquals(quads, store.quadCount(), "the same quads");
            assertTrue(JenaBulkLoad.sizeOnDisk(db) < before, "less space than " + before + " bytes");
            BuildSummary again = GraphBuilder.create(store).build().build(List.of(corpus));
            assertEquals(30, again.unchanged(), "the compacted store still knows its articles");
        }
    }

    @Test
    void referenceDataIsInstalledOnce() {
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            assertTrue(store.installReference(ReferenceData.bundled()));
            long quads = store.quadCount();
            assertFalse(store.installReference(ReferenceData.bundled()));
            assertEquals(quads, store.quadCount());
        }
    }

    @Test
    void openingAMissingStoreForReadingFails() {
        StoreException e = assertThrows(StoreException.class, () -> KgStore.openExisting(tmp.resolve("none")));
        assertTrue(e.getMessage().contains("no store at"), e.getMessage());
    }
}
