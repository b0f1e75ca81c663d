package org.nkgraph.text;

import java.util.Map;

/**
 * A date expression matched in a piece of text, before it is resolved: where it stands, the pattern's rule id, and
 * the words its named groups caught ("month" = "Dec.", "day" = "18", "rel" = "last").
 *
 * @param start  offset of the first character in the text that was searched
 * @param end    offset one past the last character
 * @param text   the expression as written
 * @param rule   the rule id of the pattern that matched
 * @param groups the named groups that caught words, by group name
 */
record DateExpression(int start, int end, String text, String rule, Map<String, String> groups) {

    DateExpression {
        groups = Map.copyOf(groups);
    }

    boolean has(String group) {
        return groups.containsKey(group);
    }

    String get(String group) {
        return groups.get(group);
    }

    int length() {
        return end - start;
    }
}
