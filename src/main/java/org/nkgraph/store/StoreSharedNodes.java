package org.nkgraph.store;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
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
 * all shared: one county alone with no date is too little to join reports that may be months apart. The events
 * are compared as the store held them when the article's writing began ({@link EventIndex}).
 */
final class StoreSharedNodes implements SharedNodes {

    private static final int PLACES_WITHOUT_DATE = 2;

    private final DatasetGraph dsg;
    private final EventIndex events;
    private final Gazetteer places;
    private final ClassHierarchy classes;

    StoreSharedNodes(DatasetGraph dsg, EventIndex events, ReferenceData reference) {
        this.dsg = dsg;
        this.events = events;
        this.places = reference.gazetteer();
        this.classes = reference.classes();
    }

    @Override
    public boolean isLabelled(String iri) {
        return dsg.find(NKGID.GRAPH_RESOLVED, NodeFactory.createURI(iri), SKOS.prefLabel.asNode(), Node.ANY)
                .hasNext();
    }

    @Override
    public Optional<String> findEvent(EventMention event, String articleId, boolean leader) {
        Node self = NKGID.article(articleId).asNode();
        for (EventIndex.Entry candidate : events.at(dsg, event.places())) {
            boolean onlyOwn = candidate.reporters().stream().allMatch(self::equals);
            if (!onlyOwn && sameEvent(candidate, event, leader)) {
                return Optional.of(candidate.node().getURI());
            }
        }
        return Optional.empty();
    }

    private boolean sameEvent(EventIndex.Entry candidate, EventMention event, boolean leader) {
        String eventClass = NKG.NS + event.eventClass();
        boolean kind = candidate.classes().stream().anyMatch(c -> classes.sameKind(eventClass, c));
        if (!kind || candidate.leader() != leader || !places.samePlaces(event.places(), candidate.places())) {
            return false;
        }
        TimeValue theirTime = candidate.time();
        if (!event.time().isResolved() || !theirTime.isResolved()) {
            return event.places().size() >= PLACES_WITHOUT_DATE && candidate.places().containsAll(event.places());
        }
        return event.time().compatibleWith(theirTime);
    }
}
