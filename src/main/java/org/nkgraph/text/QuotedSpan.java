package org.nkgraph.text;

/**
 * Words between quotation marks, with offsets into the document text.
 *
 * @param open   offset of the opening mark
 * @param start  offset of the first quoted character (spaces skipped)
 * @param end    one past the last quoted character; a comma that only joins the quote to its attribution is left out
 * @param close  offset of the closing mark, or -1 when the paragraph ended before one (a quote that goes on in the
 *               next paragraph)
 * @param single whether single quotation marks enclose it
 */
record QuotedSpan(int open, int start, int end, int close, boolean single) {

    boolean closed() {
        return close >= 0;
    }

    /** The offset right after the closing mark, or after the last quoted character when there is none. */
    int after() {
        return closed() ? close + 1 : end;
    }

    /** Whether an offset lies between the marks. */
    boolean encloses(int offset) {
        return open < offset && offset < after();
    }

    String text(String documentText) {
        return documentText.substring(start, end);
    }
}
