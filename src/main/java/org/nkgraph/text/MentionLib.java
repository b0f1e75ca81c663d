package org.nkgraph.text;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks on the spans that name finders want to claim, against the mentions a document already has. */
final class MentionLib {

    private MentionLib() {}

    /** The mentions that overlap {@code [start, end)}. */
    static List<Mention> overlapping(AnalyzedDocument doc, int start, int end) {
        return doc.mentions().stream().filter(m -> m.start() < end && start < m.end()).toList();
    }

    /** True if no mention overlaps the span. */
    static boolean free(AnalyzedDocument doc, int start, int end) {
        return overlapping(doc, start, end).isEmpty();
    }

    /**
     * True if every mention that overlaps the span lies strictly inside it and is of one of the given kinds: a
     * longer name may contain a place's name ("South Hwanghae Provincial People's Committee").
     */
    static boolean freeButNested(AnalyzedDocument doc, int start, int end, Set<EntityClass> nestable) {
        for (Mention m : overlapping(doc, start, end)) {
            boolean inside = start <= m.start() && m.end() <= end && (m.end() - m.start()) < (end - start);
            if (!inside || !nestable.contains(m.entityClass())) {
                return false;
            }
        }
        return true;
    }

    /** The mention that covers exactly this span, if any. */
    static Optional<Mention> exactly(AnalyzedDocument doc, int start, int end) {
        return doc.mentions().stream().filter(m -> m.start() == start && m.end() == end).findFirst();
    }
}
