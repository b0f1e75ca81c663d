package org.nkgraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds quoted words, paragraph by paragraph (a quote never runs past the end of its line: news text puts one
 * paragraph on a line). Double marks may be straight or curly, and mixed ("“...," said X" is common). Single marks
 * (‘...’ or '...') count only where they stand at word edges, so apostrophes ("Workers’ Party", "Kim's") are never
 * taken for quotes; whether single-quoted words are someone's statement is left to the attribution.
 */
final class QuoteScanner {

    private static final int MAX_SINGLE = 200;

    /** The quoted spans of a text, in order of their opening marks. */
    List<QuotedSpan> scan(String text) {
        List<QuotedSpan> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            List<QuotedSpan> doubles = doubles(text, lineStart, lineEnd);
            out.addAll(doubles);
            out.addAll(singles(text, lineStart, lineEnd, doubles));
            lineStart = lineEnd + 1;
        }
        out.sort(Comparator.comparingInt(QuotedSpan::open));
        return out;
    }

    private static List<QuotedSpan> doubles(String text, int from, int to) {
        List<QuotedSpan> out = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                // An opening mark inside an open quote: the earlier one was never closed.
                if (open >= 0) {
                    add(out, text, open, i, -1, false);
                }
                open = i;
            } else if (c == '”' || c == '"') {
                if (open >= 0) {
                    add(out, text, open, i, i, false);
                    open = -1;
                } else if (c == '"') {
                    open = i;
                }
            }
        }
        if (open >= 0) {
            add(out, text, open, to, -1, false);
        }
        return out;
    }

    private static List<QuotedSpan> singles(String text, int from, int to, List<QuotedSpan> doubles) {
        List<QuotedSpan> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if ((c == '‘' || c == '\'') && opensAt(text, i, from, to) && !inside(doubles, i)) {
                int close = closingAfter(text, i, to);
                if (close > 0 && !inside(doubles, close)) {
                    add(out, text, i, close, close, true);
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static boolean opensAt(String text, int i, int from, int to) {
        boolean edge = i == from || Character.isWhitespace(text.charAt(i - 1))
                || "([—–".indexOf(text.charAt(i - 1)) >= 0;
        return edge && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static int closingAfter(String text, int open, int to) {
        int limit = Math.min(to, open + MAX_SINGLE);
        for (int j = open + 2; j < limit; j++) {
            char c = text.charAt(j);
            boolean mark = c == '’' || c == '\'';
            if (mark && !Character.isWhitespace(text.charAt(j - 1))
                    && (j + 1 == to || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
                // "the Workers’ Party" is an apostrophe unless a word edge closes the quote too.
                boolean plural = text.charAt(j - 1) == 's' && j + 1 < to && text.charAt(j + 1) == ' '
                        && j + 2 < to && Character.isUpperCase(text.charAt(j + 2));
                if (!plural) {
                    return j;
                }
            }
        }
        return -1;
    }

    private static boolean inside(List<QuotedSpan> spans, int offset) {
        return spans.stream().anyMatch(q -> q.open() <= offset && offset < q.after());
    }

    /** Adds the span between the marks, trimmed of spaces and of a comma or full stop that belongs outside. */
    private static void add(List<QuotedSpan> out, String text, int open, int contentEnd, int close,
            boolean single) {
        int start = open + 1;
        int end = contentEnd;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start
                && (Character.isWhitespace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        // A fragment's full stop ends the sentence around it ("... called it "a success."").
        if (end > start && text.charAt(end - 1) == '.' && !Character.isUpperCase(text.charAt(start))) {
            end--;
        }
        if (end > start) {
            out.add(new QuotedSpan(open, start, end, close, single));
        }
    }
}
