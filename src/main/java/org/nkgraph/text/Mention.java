package org.nkgraph.text;

import java.util.Objects;

/**
 * A span of document text that names an entity.
 *
 * @param start         offset of the first character in the document text
 * @param end           offset one past the last character
 * @param text          the exact text
 * @param entityClass   what kind of thing it names
 * @param entity        the IRI of the entity it denotes, or null when it could not be decided (an ambiguous name)
 * @param sentenceIndex the sentence it stands in
 * @param rule          the rule, pattern or gazetteer that found it
 * @param confidence    how sure that rule is, in [0, 1]
 */
public record Mention(
        int start,
        int end,
        String text,
        EntityClass entityClass,
        String entity,
        int sentenceIndex,
        String rule,
        double confidence) {

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entityClass, "entityClass");
        Objects.requireNonNull(rule, "rule");
        if (end <= start) {
            throw new IllegalArgumentException("empty mention span " + start + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }
}
