package org.nkgraph.text;

/**
 * A position the text says a person holds ("Pak Thae-song, premier of the cabinet").
 *
 * @param holder        the IRI of the person
 * @param title         the title as written, without articles ("premier", "deputy spokesperson")
 * @param organization  the IRI of the organization, or null when the text names none
 * @param sentenceIndex the sentence that states it
 * @param start         offset of the statement's first character
 * @param end           offset one past its last character
 * @param rule          the pattern that found it
 * @param confidence    how sure the pattern is, in [0, 1]
 */
public record PositionMention(String holder, String title, String organization, int sentenceIndex, int start,
        int end, String rule, double confidence) {}
