package org.nkgraph.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Compiles the patterns of the name rule files, expanding their macros: {@code {W}} a capitalised word that is not a
 * stop word, {@code {WS}} several such words, {@code {ON}} words joined also by "and" or "&amp;" (organization names),
 * {@code {ARG}} the words after "of" or "for", {@code {PN}} a place name of one to three words, {@code {COUNTRY}} the
 * name of a country that {@code rules/country-adjectives.tsv} lists. The stop words come from
 * {@code rules/name-stopwords.tsv}.
 */
final class NamePatterns {

    static final String RULES = "/org/nkgraph/text/rules/";

    private final Set<String> stopwords;
    private final Map<String, String> macros = new LinkedHashMap<>();

    NamePatterns(Set<String> stopwords, Set<String> countries) {
        this.stopwords = Set.copyOf(stopwords);
        String stops = stopwords.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        // A possessive belongs to a name only in plural nouns: "Workers'", "People's", never "Korea's".
        // The look-ahead for a capital letter comes first so that the stop-word alternation, the costly part, is
        // tried only where a word can start; it tests what the next node tests, so the matches are the same.
        String word = "(?:(?=\\p{Lu})(?!(?:" + stops + ")(?![\\p{L}\\p{N}]))\\p{Lu}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*"
                + "(?:(?<=s)['’](?![\\p{L}\\p{N}])|(?<=\\b(?:People|Women|Children|Men))['’]s(?![\\p{L}\\p{N}]))?)";
        String words = word + "(?: " + word + ")*";
        String orgWords = word + "(?:(?: and | & | )" + word + ")*";
        macros.put("{WS}", words);
        macros.put("{ON}", orgWords);
        macros.put("{ARG}", "(?:the )?" + orgWords);
        macros.put("{PN}", word + "(?: " + word + "){0,2}");
        macros.put("{W}", word);
        // Longest first, so that "South Korea" is not read as a shorter name.
        macros.put("{COUNTRY}", "(?:" + countries.stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")");
    }

    /** The bundled stop words. */
    static NamePatterns bundled() {
        Set<String> words = RuleFile.load(RULES + "name-stopwords.tsv", 1).rows().stream()
                .map(r -> r.get(0)).collect(Collectors.toSet());
        Set<String> countries = RuleFile.load(RULES + "country-adjectives.tsv", 2).rows().stream()
                .map(r -> r.get(1)).collect(Collectors.toSet());
        return new NamePatterns(words, countries);
    }

    boolean isStopword(String word) {
        return stopwords.contains(word);
    }

    /** The row's cell as a pattern with its macros expanded; {@code flags} are Pattern flags. */
    Pattern compile(RuleFile.Row row, int column, int flags) {
        String source = row.get(column);
        for (Map.Entry<String, String> m : macros.entrySet()) {
            source = source.replace(m.getKey(), m.getValue());
        }
        try {
            return Pattern.compile(source, flags);
        } catch (PatternSyntaxException e) {
            throw row.error("bad pattern in column " + (column + 1) + ": " + e.getDescription());
        }
    }

    /** A case-insensitive pattern, as for descriptions and titles. */
    Pattern compileCaseless(RuleFile.Row row, int column) {
        return compile(row, column, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
