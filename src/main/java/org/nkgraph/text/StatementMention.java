package org.nkgraph.text;

/**
 * Something a person or organization said or claimed, as an article reports it: stored as a claim by its speaker,
 * never as a fact.
 *
 * @param kind          a direct quote or reported speech
 * @param text          the quoted words, or the reported claim
 * @param speaker       the IRI of the speaker, or null when the text does not say who
 * @param speakerText   the words for a speaker who is no one entity ("analysts", "state media"), or null
 * @param sentenceIndex the sentence it stands in (the first, for a quote split across sentences)
 * @param start         offset of the text's first character
 * @param end           offset one past its last character
 * @param rule          the pattern that found it
 * @param confidence    how sure the pattern is, in [0, 1]
 */
public record StatementMention(Kind kind, String text, String speaker, String speakerText, int sentenceIndex,
        int start, int end, String rule, double confidence) {

    /** Direct quote, or reported speech and attributed claims. */
    public enum Kind {
        QUOTE,
        CLAIM
    }
}
