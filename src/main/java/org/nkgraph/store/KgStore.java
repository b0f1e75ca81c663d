package org.nkgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.nkgraph.rdf.SharedNodes;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/**
 * A TDB2 store laid out as nkgraph expects: one named graph per article, the resolved graph shared by all
 * articles, the ontology and the reference data in graphs of their own, and the union of all named graphs as the
 * default graph for queries.
 *
 * <p>Articles are written whole in write transactions, so a crash or kill in mid-build leaves every article either
 * wholly in the store or absent.
 *
 * <pre>
 * try (KgStore store = KgStore.open(Path.of("data/db"))) {
 *     store.installReference(ReferenceData.bundled());
 *     store.writeArticle(id, sourceKey, (shared, out) -&gt; mapper.map(doc, now, out, shared));
 * }
 * </pre>
 */
public final class KgStore implements AutoCloseable {

    private final Path dir;
    private final Dataset dataset;
    private final DatasetGraph dsg;
    private ReferenceData reference = ReferenceData.bundled();
    /** Built at first write, with the reference data installed by then. */
    private EventIndex events;

    private KgStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
        this.dsg = dataset.asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens the store in {@code dir}, creating it when the folder does not exist or is empty. */
    public static KgStore open(Path dir) {
        try {
            Files.createDirectories(dir);
            return new KgStore(dir, TDB2Factory.connectDataset(Location.create(dir.toString())));
        } catch (Exception e) {
            throw new StoreException("cannot open the store at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing store, failing with a clear message when {@code dir} holds none. */
    public static KgStore openExisting(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new StoreException("no store at " + dir + " (build one with: nkgraph build --db " + dir + " ...)");
        }
        return open(dir);
    }

    public Path dir() {
        return dir;
    }

    /** The dataset, with the union of the named graphs as its default graph. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** Loads the ontology and reference data into their graphs unless the store already has these versions. */
    public boolean installReference(ReferenceData ref) {
        if (ref != reference) {
            this.reference = ref;
            this.events = null;
        }
        Node marker = NodeFactory.createLiteralString(ref.fingerprint());
        Node refGraph = NKGID.GRAPH_REFERENCE;
        return Txn.calculateWrite(dsg, () -> {
            if (dsg.contains(refGraph, refGraph, NKG.contentHash.asNode(), marker)) {
                return false;
            }
            replaceGraph(NKGID.GRAPH_ONTOLOGY, ref.ontology());
            replaceGraph(refGraph, ref.reference());
            dsg.add(refGraph, refGraph, NKG.contentHash.asNode(), marker);
            return true;
        });
    }

    private void replaceGraph(Node graph, Model content) {
        dsg.removeGraph(graph);
        content.getGraph().find().forEachRemaining(t -> dsg.add(new Quad(graph, t)));
    }

    /**
     * Writes one article in its own transaction. When the store holds other text under the same source key, that
     * article is removed first; when it already holds this text, nothing changes. If the writer throws, the
     * transaction is aborted, the store is as it was, and the failure is thrown again.
     */
    public ArticleStatus writeArticle(String id, String sourceKey, ArticleWriter writer) {
        ArticleStatus[] status = new ArticleStatus[1];
        RuntimeException failure = inWriteTransaction(() -> status[0] = writeOne(new ArticleWrite(id, sourceKey,
                writer)));
        if (failure != null) {
            throw failure;
        }
        return status[0];
    }

    /** A writer that puts many articles in each transaction, for builds; see {@link BulkWriter}. */
    public BulkWriter bulkWriter(int articlesPerCommit) {
        return new BulkWriter(this, articlesPerCommit);
    }

    private ArticleStatus writeOne(ArticleWrite article) {
        Node graph = NKGID.articleGraphNode(article.id());
        boolean replaced = false;
        for (Node old : articleGraphsWithKey(article.sourceKey())) {
            if (!old.equals(graph)) {
                removeArticleGraph(old);
                replaced = true;
            }
        }
        if (dsg.containsGraph(graph)) {
            return replaced ? ArticleStatus.REPLACED : ArticleStatus.UNCHANGED;
        }
        write(article.id(), article.writer());
        return replaced ? ArticleStatus.REPLACED : ArticleStatus.LOADED;
    }

    private void write(String id, ArticleWriter writer) {
        writer.write(sharedNodes(), StreamRDFLib.dataset(dsg));
        events().refreshReportsOf(dsg, NKGID.article(id).asNode());
    }

    /** What the store holds of shared nodes, for a writer inside a write transaction. */
    SharedNodes sharedNodes() {
        return new StoreSharedNodes(dsg, events(), reference);
    }

    /**
     * Runs {@code work} in a write transaction and commits it; returns the runtime failure that made it abort, or
     * null. The event index follows the outcome.
     */
    private RuntimeException inWriteTransaction(Runnable work) {
        dsg.begin(TxnType.WRITE);
        try {
            work.run();
            dsg.commit();
            events().committed();
            return null;
        } catch (RuntimeException e) {
            abort();
            return e;
        } catch (Error e) {
            abort();
            throw e;
        } finally {
            dsg.end();
        }
    }

    private void abort() {
        dsg.abort();
        events().aborted();
    }

    EventIndex events() {
        if (events == null) {
            events = new EventIndex(reference);
        }
        return events;
    }

    /** Whether the store holds this text under this source already: then a build has nothing to do for it. */
    public boolean holds(String id, String sourceKey) {
        Node graph = NKGID.articleGraphNode(id);
        Node key = NodeFactory.createLiteralString(sourceKey);
        return Txn.calculateRead(dsg, () -> dsg.find(graph, Node.ANY, NKG.sourceKey.asNode(), key).hasNext());
    }

    /**
     * Writes an article again in place of its current version (after the year it was written in was inferred):
     * the old graph and its support in the resolved graph go, in the same transaction.
     */
    public void rewriteArticle(String id, ArticleWriter writer) {
        RuntimeException failure = inWriteTransaction(() -> {
            removeArticleGraph(NKGID.articleGraphNode(id));
            write(id, writer);
        });
        if (failure != null) {
            throw failure;
        }
    }

    /** The graphs of the articles read from this source; call inside a transaction. */
    List<Node> articleGraphsWithKey(String sourceKey) {
        List<Node> graphs = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, NKG.sourceKey.asNode(),
                NodeFactory.createLiteralString(sourceKey));
        it.forEachRemaining(q -> graphs.add(q.getGraph()));
        return graphs;
    }

    /** Removes an article's graph and what it contributed to the resolved graph. */
    private void removeArticleGraph(Node graph) {
        List<Node> articles = new ArrayList<>();
        dsg.find(graph, Node.ANY, NKG.contentHash.asNode(), Node.ANY)
                .forEachRemaining(q -> articles.add(q.getSubject()));
        dsg.removeGraph(graph);
        for (Node article : articles) {
            events().refresh(dsg, ResolvedGraphLib.retract(dsg, article));
        }
    }

    /**
     * Rewrites the store without what earlier transactions left behind: TDB2 copies an index block on its first
     * change in a transaction and keeps the old copy, so a store built in many commits is about twice the size of
     * its data. The old generation is deleted.
     */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    /** How many quads the store holds, across all graphs. */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        dataset.close();
    }
}
