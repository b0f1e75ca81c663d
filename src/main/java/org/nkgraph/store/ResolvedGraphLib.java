package org.nkgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/**
 * Keeps the resolved graph consistent with the article graphs. A node of the resolved graph (an entity or event
 * resolved across articles) lists the articles that report it with {@code nkg:reportedIn}; the facts each article
 * states stay in that article's graph. When an article goes, its {@code reportedIn} links go, and a resolved node
 * that no article reports any more goes with them.
 */
final class ResolvedGraphLib {

    private ResolvedGraphLib() {}

    /**
     * Removes {@code article}'s support from the resolved graph; call inside a write transaction.
     *
     * @return the nodes the article reported
     */
    static List<Node> retract(DatasetGraph dsg, Node article) {
        Node resolved = NKGID.GRAPH_RESOLVED;
        Node reportedIn = NKG.reportedIn.asNode();
        List<Quad> links = new ArrayList<>();
        dsg.find(resolved, Node.ANY, reportedIn, article).forEachRemaining(links::add);
        List<Node> nodes = new ArrayList<>(links.size());
        for (Quad link : links) {
            dsg.delete(link);
            Node node = link.getSubject();
            nodes.add(node);
            if (!dsg.find(resolved, node, reportedIn, Node.ANY).hasNext()) {
                dsg.deleteAny(resolved, node, Node.ANY, Node.ANY);
            }
        }
        return nodes;
    }
}
