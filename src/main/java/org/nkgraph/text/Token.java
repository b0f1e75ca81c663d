package org.nkgraph.text;

/**
 * A token: {@code [start, end)} are character offsets into the document text.
 *
 * @param start first character
 * @param end   one past the last character
 * @param text  the token's text as it stands
 */
public record Token(int start, int end, String text) {}
