package org.nkgraph.text;

/**
 * Who said something, as far as the text tells: an entity, or a generic speaker ("analysts") that names none.
 *
 * @param entity     the speaker's IRI, or null
 * @param generic    the generic speaker's key from {@code speakers.tsv} ("analysts"), or null
 * @param how        how the speaker was found
 * @param confidence how sure that is, in [0, 1]
 */
record Speaker(String entity, String generic, How how, double confidence) {

    /** How a speaker was found. */
    enum How {
        /** A mention names it. */
        MENTION,
        /** A pronoun, surname or description the coreference stage resolved. */
        REFERENCE,
        /** A group, the media or a document, which names no entity. */
        GENERIC,
        /** The last person named earlier in the paragraph: a pronoun or description nothing resolved. */
        NEAREST_PERSON,
        /** Capitalised words that no mention covers: a name the mention finders missed. */
        UNRESOLVED_NAME,
        /** Nothing that can speak. */
        NONE
    }

    static final Speaker NONE = new Speaker(null, null, How.NONE, 0);

    /** The words for a generic speaker ("state media" for the key state-media), or null for an entity. */
    String words() {
        return entity == null && generic != null ? generic.replace('-', ' ') : null;
    }

    /** Whether this names someone who can speak (an entity or a generic speaker). */
    boolean found() {
        return entity != null || generic != null;
    }

    Speaker scaled(double factor) {
        return new Speaker(entity, generic, how, confidence * factor);
    }
}
