package org.nkgraph.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Static helpers for the edges of reported clauses and quotes. */
final class ClauseLib {

    private static final Pattern TRAILING_CONJUNCTION = Pattern.compile("(?i)(?:^|\\s)(?:and|but|or|while)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’×-]*");

    private ClauseLib() {}

    /**
     * The end of {@code [start, end)} without trailing spaces, joining punctuation, a dangling conjunction, or the
     * full stop that ends the sentence (a full stop inside closing quotation marks stays: it is part of the quote).
     */
    static int trimEnd(String text, int start, int end) {
        int e = end;
        boolean changed = true;
        while (changed && e > start) {
            changed = false;
            while (e > start && joining(text.charAt(e - 1))) {
                e--;
                changed = true;
            }
            Matcher m = TRAILING_CONJUNCTION.matcher(text.substring(start, e));
            if (m.find()) {
                e = start + m.start();
                changed = true;
            }
        }
        if (e > start && ".!?".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    private static boolean joining(char c) {
        return Character.isWhitespace(c) || ",;:—–-".indexOf(c) >= 0;
    }

    /** The number of words in a text. */
    static int words(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    /**
     * Whether quoted words look like a name or title: every word capitalised or a number, except the function words
     * the rules allow in titles ("Regional Development 20x10 Policy", "Party of Korea").
     */
    static boolean titleLike(String quoted, StatementRules rules) {
        Matcher m = WORD.matcher(quoted);
        boolean capital = false;
        while (m.find()) {
            String w = m.group();
            if (Character.isUpperCase(w.charAt(0))) {
                capital = true;
            } else if (!Character.isDigit(w.charAt(0)) && !rules.isFunctionWord(w)) {
                return false;
            }
        }
        return capital;
    }
}
