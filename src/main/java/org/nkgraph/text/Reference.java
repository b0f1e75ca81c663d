package org.nkgraph.text;

/**
 * A word or phrase that refers to an entity without naming it in full: a pronoun ("he", "she"), a surname alone
 * ("Kim", "Ju"), a description ("the North Korean leader", "the ministry", "the city").
 *
 * @param start         offset of the first character in the document text
 * @param end           offset one past the last character
 * @param text          the words as written
 * @param entity        the IRI of the entity referred to
 * @param sentenceIndex the sentence it stands in
 * @param rule          the rule that resolved it
 * @param confidence    how sure the rule is, in [0, 1]
 */
public record Reference(int start, int end, String text, String entity, int sentenceIndex, String rule,
        double confidence) {}
