package org.nkgraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.nkgraph.rdf.SharedNodes;
import org.nkgraph.reference.ClassHierarchy;
import org.nkgraph.reference.Gazetteer;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.text.EventMention;
import org.nkgraph.text.TimeValue;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/**
 * Looks up shared nodes in a store, inside the write transaction of the article being written.
 *
 * <p>Two reports are of the same event when the event is of the same kind (a visit and an inspection are one kind),
 * the leader took part in both or in neither, their places are the same (one may name the province, the other its
 * counties), and their dates can be the same day. When either date is unknown, the places must be at least two and
 * all shared: one county alone with no date is too little to join reports that may be months apart.
 */
final class StoreSharedNodes implements SharedNodes {

    private static final int PLACES_WITHOUT_DATE = 2;

    private final DatasetGraph dsg;
    private final Gazetteer places;
    private final ClassHierarchy classes;
    private final Set<String> leaders;

    StoreSharedNodes(DatasetGraph dsg, ReferenceData reference) {
        this.dsg = dsg;
        this.places = reference.gazetteer();
        this.classes = reference.classes();
        this.leaders = reference.leaders();
    }

    @Override
    public boolean isLabelled(String iri) {
        return dsg.find(NKGID.GRAPH_RESOLVED, NodeFactory.createURI(iri), SKOS.prefLabel.asNode(), Node.ANY)
                .hasNext();
    }

    @Override
    public Optional<String> findEvent(EventMention event, String articleId, boolean leader) {
        Node self = NKGID.article(articleId).asNode();
        Set<Node> candidates = new LinkedHashSet<>();
        for (String place : event.places()) {
            dsg.find(Node.ANY, Node.ANY, NKG.place.asNode(), NodeFactory.createURI(place))
                    .forEachRemaining(q -> candidates.add(q.getSubject()));
        }
        for (Node c : candidates) {
            if (!reportedOnlyBy(c, self) && sameEvent(c, event, leader)) {
                return Optional.of(c.getURI());
            }
        }
        return Optional.empty();
    }

    private boolean reportedOnlyBy(Node event, Node article) {
        List<Quad> reports = list(dsg.find(NKGID.GRAPH_RESOLVED, event, NKG.reportedIn.asNode(), Node.ANY));
        return reports.stream().allMatch(q -> q.getObject().equals(article));
    }

    private boolean sameEvent(Node candidate, EventMention event, boolean leader) {
        String eventClass = NKG.NS + event.eventClass();
        boolean kind = list(dsg.find(NKGID.GRAPH_RESOLVED, candidate, RDF.type.asNode(), Node.ANY)).stream()
                .anyMatch(q -> classes.sameKind(eventClass, q.getObject().getURI()));
        if (!kind || hasLeader(candidate) != leader) {
            return false;
        }
        Set<String> theirs = new HashSet<>();
        dsg.find(Node.ANY, candidate, NKG.place.asNode(), Node.ANY).forEachRemaining(
                q -> theirs.add(q.getObject().getURI()));
        if (!places.samePlaces(event.places(), theirs)) {
            return false;
        }
        TimeValue theirTime = StatedTimes.tightest(dsg, candidate, null);
        if (!event.time().isResolved() || !theirTime.isResolved()) {
            return event.places().size() >= PLACES_WITHOUT_DATE && theirs.containsAll(event.places());
        }
        return event.time().compatibleWith(theirTime);
    }

    private boolean hasLeader(Node event) {
        for (String l : leaders) {
            if (dsg.find(Node.ANY, event, NKG.participant.asNode(), NodeFactory.createURI(l)).hasNext()) {
                return true;
            }
        }
        return false;
    }

    private static List<Quad> list(Iterator<Quad> it) {
        List<Quad> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

}
