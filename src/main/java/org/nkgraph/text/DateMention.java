package org.nkgraph.text;

/**
 * A date expression in the text and what it means.
 *
 * @param start         offset of the first character in the document text
 * @param end           offset one past the last character
 * @param text          the expression as written ("on Tuesday", "mid-December", "in 2021")
 * @param value         its calendar value, or {@link TimeValue#unresolved()}
 * @param sentenceIndex the sentence it stands in
 * @param rule          the pattern that found and resolved it
 */
public record DateMention(int start, int end, String text, TimeValue value, int sentenceIndex, String rule) {}
