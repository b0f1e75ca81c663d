package org.nkgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.text.TimeValue;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/**
 * The events of the resolved graph, by place, in memory. Finding the earlier report of an event compares it with
 * the events at its places; read from the store, that costs a dozen index lookups per event already there, and
 * grows with the corpus. Here it is a few set comparisons.
 *
 * <p>The index follows the store: the store refreshes the events an article touched once the article is written,
 * and undoes the refreshes of a transaction that aborts. It is read from the store at first use, so a build onto
 * an existing store sees the events of earlier builds.
 */
final class EventIndex {

    /** What the store says of one event, across all articles that report it. */
    record Entry(Node node, Set<String> classes, boolean leader, Set<String> places, TimeValue time,
            Set<Node> reporters) {}

    private final Set<String> eventClasses;
    private final Set<Node> leaders = new HashSet<>();
    private final Map<Node, Entry> entries = new HashMap<>();
    private final Map<String, Set<Node>> byPlace = new HashMap<>();
    /** The entries as they were before the open transaction changed them (null: absent). */
    private final Map<Node, Entry> undo = new HashMap<>();
    /** When each event was first seen, so that the oldest report wins as it would in a store scan. */
    private final Map<Node, Long> firstSeen = new HashMap<>();
    private boolean loaded;
    /** Whether the index was read in the open transaction, which may yet abort. */
    private boolean loadedInOpenTransaction;

    EventIndex(ReferenceData reference) {
        this.eventClasses = reference.classes().subClassesOf(NKG.Event.getURI());
        reference.leaders().forEach(l -> leaders.add(NodeFactory.createURI(l)));
    }

    /** The events at any of {@code places}, oldest first. Call inside a transaction. */
    List<Entry> at(DatasetGraph dsg, Collection<String> places) {
        loadOnce(dsg);
        Set<Node> nodes = new LinkedHashSet<>();
        for (String place : places) {
            nodes.addAll(byPlace.getOrDefault(place, Set.of()));
        }
        List<Entry> found = new ArrayList<>(nodes.size());
        nodes.forEach(n -> found.add(entries.get(n)));
        found.sort((a, b) -> Long.compare(firstSeen.get(a.node()), firstSeen.get(b.node())));
        return found;
    }

    /** Reads again what the store says of the events {@code article} reports. Call inside a write transaction. */
    void refreshReportsOf(DatasetGraph dsg, Node article) {
        if (!loaded) {
            return;
        }
        List<Node> nodes = new ArrayList<>();
        dsg.find(NKGID.GRAPH_RESOLVED, Node.ANY, NKG.reportedIn.asNode(), article)
                .forEachRemaining(q -> nodes.add(q.getSubject()));
        refresh(dsg, nodes);
    }

    /** Reads again what the store says of these nodes; those that are no longer events leave the index. */
    void refresh(DatasetGraph dsg, List<Node> nodes) {
        if (!loaded) {
            return;
        }
        for (Node node : nodes) {
            undo.putIfAbsent(node, entries.get(node));
            replace(node, read(dsg, node));
        }
    }

    /** The open transaction committed: its refreshes stay. */
    void committed() {
        undo.clear();
        loadedInOpenTransaction = false;
    }

    /** The open transaction aborted: the index is again as the store is. */
    void aborted() {
        if (loadedInOpenTransaction) {
            entries.clear();
            byPlace.clear();
            firstSeen.clear();
            loaded = false;
            loadedInOpenTransaction = false;
        } else {
            undo.forEach(this::replace);
        }
        undo.clear();
    }

    private void loadOnce(DatasetGraph dsg) {
        if (loaded) {
            return;
        }
        Set<Node> nodes = new LinkedHashSet<>();
        dsg.find(NKGID.GRAPH_RESOLVED, Node.ANY, NKG.reportedIn.asNode(), Node.ANY)
                .forEachRemaining(q -> nodes.add(q.getSubject()));
        for (Node node : nodes) {
            replace(node, read(dsg, node));
        }
        loaded = true;
        loadedInOpenTransaction = true;
    }

    private void replace(Node node, Entry next) {
        Entry current = entries.remove(node);
        if (current != null) {
            for (String place : current.places()) {
                byPlace.get(place).remove(node);
            }
        }
        if (next != null) {
            entries.put(node, next);
            firstSeen.putIfAbsent(node, (long) firstSeen.size());
            next.places().forEach(p -> byPlace.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(node));
        }
    }

    /** The event as the store holds it, or null when the node is not an event of the resolved graph. */
    private Entry read(DatasetGraph dsg, Node node) {
        Set<String> classes = new HashSet<>();
        dsg.find(NKGID.GRAPH_RESOLVED, node, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI() && eventClasses.contains(q.getObject().getURI())) {
                classes.add(q.getObject().getURI());
            }
        });
        if (classes.isEmpty()) {
            return null;
        }
        boolean leader = false;
        for (Node l : leaders) {
            leader |= dsg.find(Node.ANY, node, NKG.participant.asNode(), l).hasNext();
        }
        Set<String> places = new HashSet<>();
        dsg.find(Node.ANY, node, NKG.place.asNode(), Node.ANY).forEachRemaining(q -> places.add(q.getObject()
                .getURI()));
        Set<Node> reporters = new HashSet<>();
        dsg.find(NKGID.GRAPH_RESOLVED, node, NKG.reportedIn.asNode(), Node.ANY)
                .forEachRemaining(q -> reporters.add(q.getObject()));
        return new Entry(node, classes, leader, places, StatedTimes.tightest(dsg, node, null), reporters);
    }
}
