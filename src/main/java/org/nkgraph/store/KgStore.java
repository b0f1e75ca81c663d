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
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/**
 * A TDB2 store laid out as nkgraph expects: one named graph per article, the resolved graph shared by all
 * articles, the ontology and the reference data in graphs of their own, and the union of all named graphs as the
 * default graph for queries.
 *
 * <p>Each article is written in one write transaction, so a crash or kill in mid-build leaves every article either
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
        this.reference = ref;
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
     * article is removed first; when it already holds this text, nothing changes. If {@code quads} throws, the
     * transaction is aborted and the store is as it was.
     *
     * @param id        the article's content hash
     * @param sourceKey the article's source slot (file, or JSON Lines row)
     * @param writer    writes the article's quads to the stream it is given
     */
    public ArticleStatus writeArticle(String id, String sourceKey, ArticleWriter writer) {
        Node graph = NKGID.articleGraphNode(id);
        return Txn.calculateWrite(dsg, () -> {
            boolean replaced = false;
            for (Node old : articleGraphsWithKey(sourceKey)) {
                if (!old.equals(graph)) {
                    removeArticleGraph(old);
                    replaced = true;
                }
            }
            if (dsg.containsGraph(graph)) {
                return replaced ? ArticleStatus.REPLACED : ArticleStatus.UNCHANGED;
            }
            writer.write(new StoreSharedNodes(dsg, reference), StreamRDFLib.dataset(dsg));
            return replaced ? ArticleStatus.REPLACED : ArticleStatus.LOADED;
        });
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
        Node graph = NKGID.articleGraphNode(id);
        Txn.executeWrite(dsg, () -> {
            removeArticleGraph(graph);
            writer.write(new StoreSharedNodes(dsg, reference), StreamRDFLib.dataset(dsg));
        });
    }

    private List<Node> articleGraphsWithKey(String sourceKey) {
        List<Node> graphs = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, NKG.sourceKey.asNode(),
                NodeFactory.createLiteralString(sourceKey));
        it.forEachRemaining(q -> graphs.add(q.getGraph()));
        return graphs;
    }

    /** Removes an article's graph and what it contributed to the resolved graph. */
    private void removeArticleGraph(Node graph) {
        List<Node> articles = new ArrayList<>();
        dsg.find(graph, Node.ANY, NKG.contentHash.asNode(), Node.ANY).forEachRemaining(q -> articles.add(q.getSubject()));
        dsg.removeGraph(graph);
        for (Node article : articles) {
            ResolvedGraphLib.retract(dsg, article);
        }
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
