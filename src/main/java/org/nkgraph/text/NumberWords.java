package org.nkgraph.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written in words or digits, cardinal ("twenty", "20", "twenty-five") and ordinal ("eighth", "8th",
 * "twenty-first"), read from {@code rules/number-words.tsv}.
 */
final class NumberWords {

    static final String FILE = "/org/nkgraph/text/rules/number-words.tsv";

    private static final Pattern DIGITS = Pattern.compile("(\\d{1,4})(?:st|nd|rd|th)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPOUND = Pattern.compile("([\\p{L}]+)[-\\s]+([\\p{L}]+)");

    private final Map<String, Integer> cardinals = new HashMap<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<Integer, String> cardinalWords = new HashMap<>();

    NumberWords(RuleFile file) {
        for (RuleFile.Row row : file.rows()) {
            String word = row.get(0).toLowerCase(Locale.ROOT);
            int value = (int) row.number(1);
            switch (row.get(2)) {
                case "cardinal" -> {
                    cardinals.put(word, value);
                    cardinalWords.putIfAbsent(value, word);
                }
                case "ordinal" -> ordinals.put(word, value);
                default -> throw row.error("kind must be cardinal or ordinal, not '" + row.get(2) + "'");
            }
        }
    }

    static NumberWords bundled() {
        return new NumberWords(RuleFile.load(FILE, 3));
    }

    /** A regular expression for a cardinal number, in digits or words. */
    String cardinalRegex() {
        String tens = PatternLib.alternation(tens(cardinals).keySet());
        String units = PatternLib.alternation(units(cardinals).keySet());
        return "\\d{1,4}|(?:" + tens + ")(?:[-\\s](?:" + units + "))?\\b|(?:"
                + PatternLib.alternation(cardinals.keySet()) + ")\\b";
    }

    /** A regular expression for an ordinal number, in digits ("8th") or words ("eighth", "twenty-first"). */
    String ordinalRegex() {
        String tens = PatternLib.alternation(tens(cardinals).keySet());
        String units = PatternLib.alternation(units(ordinals).keySet());
        return "\\d{1,3}(?:st|nd|rd|th)\\b|(?:" + tens + ")-(?:" + units + ")\\b|(?:"
                + PatternLib.alternation(ordinals.keySet()) + ")\\b";
    }

    /** The value of a number as written, cardinal or ordinal; null when it is neither. */
    Integer parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher d = DIGITS.matcher(t);
        if (d.matches()) {
            return Integer.valueOf(d.group(1));
        }
        Integer single = cardinals.containsKey(t) ? cardinals.get(t) : ordinals.get(t);
        if (single != null) {
            return single;
        }
        Matcher c = COMPOUND.matcher(t);
        if (c.matches()) {
            Integer ten = cardinals.get(c.group(1));
            Integer unit = cardinals.containsKey(c.group(2)) ? cardinals.get(c.group(2)) : ordinals.get(c.group(2));
            if (ten != null && unit != null && ten % 10 == 0 && ten >= 20 && unit < 10) {
                return ten + unit;
            }
        }
        return null;
    }

    /** The number as a word ("five") when the list has one, else in digits; for names such as "five-year-plan". */
    String word(int n) {
        return cardinalWords.getOrDefault(n, Integer.toString(n));
    }

    private static Map<String, Integer> tens(Map<String, Integer> words) {
        Map<String, Integer> out = new HashMap<>();
        words.forEach((w, v) -> {
            if (v >= 20 && v < 100 && v % 10 == 0) {
                out.put(w, v);
            }
        });
        return out;
    }

    private static Map<String, Integer> units(Map<String, Integer> words) {
        Map<String, Integer> out = new HashMap<>();
        words.forEach((w, v) -> {
            if (v < 10) {
                out.put(w, v);
            }
        });
        return out;
    }
}
