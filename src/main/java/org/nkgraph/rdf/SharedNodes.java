package org.nkgraph.rdf;

import java.util.Optional;
import org.nkgraph.text.EventMention;

/**
 * What the store already holds of the nodes articles share: events other articles reported, entities and meetings
 * they named. The store implements it inside the article's write transaction; a graph written on its own uses
 * {@link #NONE}.
 */
public interface SharedNodes {

    /**
     * The IRI of an event that some other article reported and that is the same as {@code event}: the same kind,
     * with the leader or without him as this one, at the same places, on a compatible date.
     *
     * @param event     the event as this article reports it
     * @param articleId this article's id, whose own events are not candidates
     * @param leader    whether the leader took part, as this article says
     */
    Optional<String> findEvent(EventMention event, String articleId, boolean leader);

    /** Whether the resolved graph already has a preferred label for this node (another article named it). */
    boolean isLabelled(String iri);

    /** Holds nothing: every event is new and every node unlabelled. */
    SharedNodes NONE = new SharedNodes() {
        @Override
        public Optional<String> findEvent(EventMention event, String articleId, boolean leader) {
            return Optional.empty();
        }

        @Override
        public boolean isLabelled(String iri) {
            return false;
        }
    };
}
