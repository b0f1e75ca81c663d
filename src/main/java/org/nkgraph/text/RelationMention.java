package org.nkgraph.text;

/**
 * A relation the text states between two entities: a family tie, or organization structure.
 *
 * @param subject       the IRI of the subject
 * @param property      the local name of the ontology property ("daughterOf", "subOrganizationOf")
 * @param object        the IRI of the object
 * @param sentenceIndex the sentence that states it
 * @param start         offset of the statement's first character
 * @param end           offset one past its last character
 * @param rule          the pattern that found it
 * @param confidence    how sure the pattern is, in [0, 1]
 */
public record RelationMention(String subject, String property, String object, int sentenceIndex, int start,
        int end, String rule, double confidence) {}
