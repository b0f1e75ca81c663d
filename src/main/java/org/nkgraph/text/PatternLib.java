package org.nkgraph.text;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Rule patterns with placeholders: a rule file writes {@code {PERSON}, {TITLE} of the {ORG}} and the placeholders
 * are replaced by what the reading stage defines ({@link MaskedSentence#PLACEHOLDERS} and lexicon alternations).
 */
final class PatternLib {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z]+)\\}");

    private PatternLib() {}

    /** The row's cell as a case-insensitive pattern, its placeholders expanded; an unknown one is an error. */
    static Pattern compile(RuleFile.Row row, int column, Map<String, String> placeholders) {
        Matcher m = PLACEHOLDER.matcher(row.get(column));
        StringBuilder regex = new StringBuilder();
        while (m.find()) {
            String expansion = placeholders.get(m.group(1));
            if (expansion == null) {
                throw row.error("unknown placeholder {" + m.group(1) + "} in column " + (column + 1)
                        + "; known: " + new TreeSet<>(placeholders.keySet()));
            }
            m.appendReplacement(regex, Matcher.quoteReplacement("(?:" + expansion + ")"));
        }
        m.appendTail(regex);
        try {
            return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw row.error("bad pattern in column " + (column + 1) + ": " + e.getDescription());
        }
    }

    /** A rule file's confidence column, checked to lie in [0, 1]. */
    static double confidence(RuleFile.Row row, int column) {
        double c = row.number(column);
        if (c < 0 || c > 1) {
            throw row.error("confidence must be in [0, 1], not " + row.get(column));
        }
        return c;
    }

    /** Where a named group starts, or -1 when the pattern has no such group or it took no part in the match. */
    static int start(Matcher m, String group) {
        try {
            return m.start(group);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** The text of a named group, or null when the pattern has no such group or it took no part in the match. */
    static String group(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Alternatives for a regular expression, longest first so that the longest phrase wins. */
    static String alternation(Collection<String> phrases) {
        return phrases.stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .reduce((a, b) -> a + "|" + b)
                .orElse("(?!)");
    }
}
