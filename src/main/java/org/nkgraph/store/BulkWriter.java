package org.nkgraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SKOS;
import org.nkgraph.rdf.SharedNodes;
import org.nkgraph.text.EventMention;
import org.nkgraph.vocab.NKGID;

/**
 * Writes many articles per transaction, for builds. Every commit syncs to disk and leaves behind the index blocks
 * it copied (TDB2 copies a block on its first change in a transaction), so a build commits seldom: a store built
 * at 500 articles a commit grew past 70 GB before 100,000 articles were in.
 *
 * <p>Each article stays whole or absent. Its quads are collected before any reaches the store, so an article
 * whose mapping fails leaves nothing and the transaction goes on. An article that replaces an older version
 * (same source, other text) removes that version first, which only an abort could undo, so it is written in a
 * transaction of its own. A failure of the store itself aborts the open transaction and is thrown: the articles
 * since the last commit are then not in the store, as after a crash.
 *
 * <pre>
 * try (BulkWriter writer = store.bulkWriter(5000)) {
 *     WriteOutcome o = writer.write(new ArticleWrite(id, sourceKey, (shared, out) -&gt; mapper.map(...)));
 * }
 * </pre>
 */
public final class BulkWriter implements AutoCloseable {

    private final KgStore store;
    private final DatasetGraph dsg;
    private final int articlesPerCommit;
    private int uncommitted;
    private boolean open;

    BulkWriter(KgStore store, int articlesPerCommit) {
        if (articlesPerCommit < 1) {
            throw new IllegalArgumentException("articles per commit must be at least 1");
        }
        this.store = store;
        this.dsg = store.datasetGraph();
        this.articlesPerCommit = articlesPerCommit;
    }

    /** Writes one article, as {@link KgStore#writeArticle} would; commits when enough are pending. */
    public WriteOutcome write(ArticleWrite article) {
        begin();
        Node graph = NKGID.articleGraphNode(article.id());
        if (store.articleGraphsWithKey(article.sourceKey()).stream().anyMatch(g -> !g.equals(graph))) {
            commit();
            try {
                return WriteOutcome.of(store.writeArticle(article.id(), article.sourceKey(), article.writer()));
            } catch (RuntimeException e) {
                return WriteOutcome.failed(e);
            }
        }
        if (dsg.containsGraph(graph)) {
            return WriteOutcome.of(ArticleStatus.UNCHANGED);
        }
        Pending pending = new Pending(store.sharedNodes());
        try {
            article.writer().write(pending, pending);
        } catch (RuntimeException e) {
            return WriteOutcome.failed(e);
        }
        try {
            pending.quads.forEach(dsg::add);
            store.events().refreshReportsOf(dsg, NKGID.article(article.id()).asNode());
        } catch (RuntimeException e) {
            abort();
            throw new StoreException("the store failed while writing article " + article.id() + " ("
                    + article.sourceKey() + "); the articles since the last commit are not in it: " + e, e);
        }
        if (++uncommitted >= articlesPerCommit) {
            commit();
        }
        return WriteOutcome.of(ArticleStatus.LOADED);
    }

    /** Commits the articles written since the last commit. */
    public void commit() {
        if (!open) {
            return;
        }
        try {
            dsg.commit();
            store.events().committed();
        } catch (RuntimeException e) {
            abort();
            throw new StoreException("the store failed to commit; the articles since the last commit are not in "
                    + "it: " + e, e);
        } finally {
            end();
        }
    }

    /** Commits what is pending. */
    @Override
    public void close() {
        commit();
    }

    private void begin() {
        if (!open) {
            dsg.begin(TxnType.WRITE);
            open = true;
        }
    }

    private void abort() {
        if (open) {
            dsg.abort();
            store.events().aborted();
            end();
        }
    }

    private void end() {
        if (open) {
            dsg.end();
            open = false;
            uncommitted = 0;
        }
    }

    /**
     * The quads of an article not yet in the store, and the store's shared nodes as the article sees them: the
     * nodes it labelled itself are labelled, as they would be had its quads gone straight to the store.
     */
    private static final class Pending extends StreamRDFBase implements SharedNodes {
        private final SharedNodes store;
        private final List<Quad> quads = new ArrayList<>();
        private final Set<String> labelled = new HashSet<>();

        Pending(SharedNodes store) {
            this.store = store;
        }

        @Override
        public void quad(Quad quad) {
            quads.add(quad);
            if (quad.getPredicate().equals(SKOS.prefLabel.asNode()) && quad.getSubject().isURI()
                    && quad.getGraph().equals(NKGID.GRAPH_RESOLVED)) {
                labelled.add(quad.getSubject().getURI());
            }
        }

        @Override
        public boolean isLabelled(String iri) {
            return labelled.contains(iri) || store.isLabelled(iri);
        }

        @Override
        public Optional<String> findEvent(EventMention event, String articleId, boolean leader) {
            return store.findEvent(event, articleId, leader);
        }
    }
}
