package org.nkgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.text.EventMention;
import org.nkgraph.text.TimeValue;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/** Many articles per transaction, on a real TDB2 store: each article is whole in the store or absent. */
class KgStoreBatchIT {

    private static final String PLACE = NKGID.place("chagang/changgang").getURI();
    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    @TempDir
    Path tmp;

    private KgStore store;

    @BeforeEach
    void open() {
        store = KgStore.open(tmp.resolve("db"));
        store.installReference(ReferenceData.bundled());
    }

    @Test
    void aFailingArticleLeavesTheOthersOfItsTransactionWhole() {
        List<WriteOutcome> outcomes = new ArrayList<>();
        try (BulkWriter writer = store.bulkWriter(100)) {
            outcomes.add(writer.write(new ArticleWrite("a1", key("a1"), (shared, out) -> marker(out, "a1"))));
            outcomes.add(writer.write(new ArticleWrite("a2", key("a2"), (shared, out) -> {
                marker(out, "a2");
                throw new IllegalStateException("injected");
            })));
            outcomes.add(writer.write(new ArticleWrite("a3", key("a3"), (shared, out) -> marker(out, "a3"))));
        }

        assertEquals(ArticleStatus.LOADED, outcomes.get(0).status());
        assertEquals("injected", outcomes.get(1).failure().getMessage());
        assertNull(outcomes.get(1).status());
        assertEquals(ArticleStatus.LOADED, outcomes.get(2).status());
        Txn.executeRead(store.datasetGraph(), () -> {
            assertTrue(store.datasetGraph().containsGraph(NKGID.articleGraphNode("a1")));
            assertFalse(store.datasetGraph().containsGraph(NKGID.articleGraphNode("a2")));
            assertTrue(store.datasetGraph().containsGraph(NKGID.articleGraphNode("a3")));
        });
    }

    @Test
    void theWriterCommitsEveryFewArticlesAndOnClose() throws Exception {
        try (BulkWriter writer = store.bulkWriter(2)) {
            for (String id : List.of("c1", "c2", "c3")) {
                writer.write(new ArticleWrite(id, key(id), (shared, out) -> marker(out, id)));
            }
            assertEquals(List.of(true, true, false), committed("c1", "c2", "c3"), "c3 waits for the next commit");
        }
        assertEquals(List.of(true, true, true), committed("c1", "c2", "c3"));
    }

    @Test
    void aLaterArticleFindsAnEventWrittenEarlierInTheSameTransaction() {
        List<Optional<String>> found = new ArrayList<>();
        try (BulkWriter writer = store.bulkWriter(100)) {
            writer.write(new ArticleWrite("e1", key("e1"), (shared, out) -> event(out, "e1")));
            writer.write(new ArticleWrite("e2", key("e2"),
                    (shared, out) -> found.add(shared.findEvent(inspection(), "e2", false))));
        }

        assertEquals(List.of(Optional.of(NKGID.event("e1").getURI())), found);
    }

    @Test
    void aReplacementThatFailsLeavesTheEventsOfTheArticleItWouldReplace() {
        List<Optional<String>> found = new ArrayList<>();
        store.writeArticle("e1", key("e1"), (shared, out) -> {
            found.add(shared.findEvent(inspection(), "e1", false)); // reads the events into memory
            event(out, "e1");
        });
        // New text under the same source removes e1's graph and event, then fails: all of that is undone.
        try (BulkWriter writer = store.bulkWriter(100)) {
            WriteOutcome failed = writer.write(new ArticleWrite("e1b", key("e1b"), (shared, out) -> {
                throw new IllegalStateException("injected");
            }));
            assertEquals("injected", failed.failure().getMessage());
            writer.write(new ArticleWrite("e2", key("e2"),
                    (shared, out) -> found.add(shared.findEvent(inspection(), "e2", false))));
        }

        assertEquals(List.of(Optional.empty(), Optional.of(NKGID.event("e1").getURI())), found);
    }

    /** Whether each article is in the store as another thread sees it: committed. */
    private List<Boolean> committed(String... ids) throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            return other.submit(() -> Txn.calculateRead(store.datasetGraph(), () -> {
                List<Boolean> in = new ArrayList<>();
                for (String id : ids) {
                    in.add(store.datasetGraph().containsGraph(NKGID.articleGraphNode(id)));
                }
                return in;
            })).get();
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aStoreOpenedAgainFindsTheEventsOfEarlierBuilds() {
        store.writeArticle("e1", key("e1"), (shared, out) -> event(out, "e1"));
        store.close();
        store = KgStore.open(tmp.resolve("db"));
        List<Optional<String>> found = new ArrayList<>();
        store.writeArticle("e2", key("e2"), (shared, out) -> found.add(shared.findEvent(inspection(), "e2", false)));

        assertEquals(List.of(Optional.of(NKGID.event("e1").getURI())), found);
    }

    /** What the mapper writes of every article: its hash and its source, by which a new version replaces it. */
    private static void marker(StreamRDF out, String id) {
        Node article = NKGID.article(id).asNode();
        Node graph = NKGID.articleGraphNode(id);
        out.quad(Quad.create(graph, article, NKG.contentHash.asNode(), NodeFactory.createLiteralString(id)));
        out.quad(Quad.create(graph, article, NKG.sourceKey.asNode(), NodeFactory.createLiteralString(key(id))));
    }

    /** The source of article {@code id}: "e1" and its new version "e1b" come from source "k1". */
    private static String key(String id) {
        return "k" + id.replaceAll("\\D", "");
    }

    /** What the mapper writes of an inspection at {@link #PLACE} on {@link #DAY}, reported by article {@code id}. */
    private static void event(StreamRDF out, String id) {
        marker(out, id);
        Node graph = NKGID.articleGraphNode(id);
        Node event = NKGID.event(id).asNode();
        Node day = NodeFactory.createLiteralDT(DAY.toString(), XSDDatatype.XSDdate);
        out.quad(Quad.create(NKGID.GRAPH_RESOLVED, event, RDF.type.asNode(), NKG.Inspection.asNode()));
        out.quad(Quad.create(NKGID.GRAPH_RESOLVED, event, NKG.reportedIn.asNode(), NKGID.article(id).asNode()));
        out.quad(Quad.create(graph, event, NKG.place.asNode(), NodeFactory.createURI(PLACE)));
        out.quad(Quad.create(graph, event, NKG.startDate.asNode(), day));
        out.quad(Quad.create(graph, event, NKG.endDate.asNode(), day));
    }

    private static EventMention inspection() {
        return new EventMention("Inspection", List.of(new EventMention.Evidence(0, 0, 9, "inspected", "test", 1.0)),
                List.of(), List.of(PLACE), null, TimeValue.day(DAY), null);
    }

    @AfterEach
    void close() {
        store.close();
    }
}
