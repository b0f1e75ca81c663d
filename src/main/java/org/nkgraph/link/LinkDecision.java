package org.nkgraph.link;

/**
 * What the linker decided for one entity: linked to an item with a score and the signals that made it, or left
 * unlinked with the reason.
 *
 * @param target the entity
 * @param status linked, or why not
 * @param item   the Wikidata item IRI when linked, else null
 * @param score  the item's score when linked, else 0
 * @param method the signals that agreed when linked, else the reason it is unlinked
 */
public record LinkDecision(LinkTarget target, Status status, String item, double score, String method) {

    /** Linked, or why the entity stays unlinked. */
    public enum Status { LINKED, NO_CANDIDATE, AMBIGUOUS, BELOW_THRESHOLD }

    static LinkDecision linked(LinkTarget target, String item, double score, String method) {
        return new LinkDecision(target, Status.LINKED, item, score, method);
    }

    static LinkDecision unlinked(LinkTarget target, Status status, String reason) {
        return new LinkDecision(target, status, null, 0, reason);
    }

    public boolean isLinked() {
        return status == Status.LINKED;
    }
}
