package org.nkgraph.text;

/**
 * Words that stand for an entity: a mention's name, or a reference (a surname, a description, a pronoun).
 *
 * @param start   offset of the first character in the document text
 * @param end     offset one past the last character
 * @param text    the words as written
 * @param entity  the IRI of the entity
 * @param kind    what kind of entity, or null when neither the article nor the reference data says
 * @param pronoun whether the words are a pronoun ("he", "her"), which patterns read as words, not as a name
 */
record EntitySpan(int start, int end, String text, String entity, EntityClass kind, boolean pronoun) {

    boolean is(EntityClass k) {
        return kind == k;
    }

    boolean isAgent() {
        return kind == EntityClass.PERSON || kind == EntityClass.ORGANIZATION;
    }
}
