package org.nkgraph.text;

import java.util.List;

/**
 * A sentence of a document, with its tokens.
 *
 * @param index  0-based position in the document
 * @param start  offset of the first character in the document text
 * @param end    offset one past the last character
 * @param text   the sentence's exact text
 * @param tokens the tokens, in order; empty until the tokenizer has run
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Sentence withTokens(List<Token> newTokens) {
        return new Sentence(index, start, end, text, newTokens);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
