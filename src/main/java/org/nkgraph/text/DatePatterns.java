package org.nkgraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The patterns of {@code date-patterns.tsv}, with their placeholders filled from the lexicon. Finds the date
 * expressions in a text: every pattern's matches, then the longest of overlapping ones (the earlier row on a tie).
 */
final class DatePatterns {

    /** The named groups a pattern may have; the resolver gives each its meaning. */
    static final Set<String> GROUPS = Set.of("year", "month", "day", "weekday", "part", "rel", "unit", "count",
            "dir", "deictic", "ago");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+)}");
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private record Rule(String id, Pattern pattern, LiteralGate gate, Set<String> groups) {}

    private final List<Rule> rules = new ArrayList<>();

    DatePatterns(RuleFile file, DateLexicon lexicon) {
        Map<String, String> fills = fills(lexicon);
        for (RuleFile.Row row : file.rows()) {
            String id = row.get(0);
            if (!id.startsWith("date:")) {
                throw row.error("rule id must start with 'date:', not '" + id + "'");
            }
            String expanded = expand(row, fills);
            Set<String> groups = new LinkedHashSet<>();
            Matcher g = NAMED_GROUP.matcher(expanded);
            while (g.find()) {
                if (!GROUPS.contains(g.group(1))) {
                    throw row.error("unknown group '" + g.group(1) + "'; known: " + GROUPS);
                }
                groups.add(g.group(1));
            }
            RuleFile.Row wrapped = new RuleFile.Row(row.file(), row.line(),
                    List.of(id, "(?<![\\p{L}\\p{N}])(?:" + expanded + ")(?![\\p{L}\\p{N}])"));
            Pattern pattern = wrapped.pattern(1);
            rules.add(new Rule(id, pattern, LiteralGate.of(pattern), groups));
        }
    }

    private static Map<String, String> fills(DateLexicon lex) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MONTH", "(?<month>(?-i:" + alternation(lex.words("month")) + "))");
        f.put("MONTH_NAME", "(?<month>(?-i:" + alternation(lex.words("month-name")) + "))");
        f.put("WEEKDAY", "(?<weekday>(?-i:" + alternation(lex.words("weekday")) + "))");
        f.put("DAY", "(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?");
        f.put("YEAR", "(?<year>(?:19|20)\\d\\d)");
        f.put("PREP", alternation(lex.words("preposition")));
        f.put("PART", "(?<part>" + alternation(lex.words("part")) + ")");
        f.put("PART_ADJ", "(?<part>" + alternation(lex.words("part-adjective")) + ")");
        f.put("REL", "(?<rel>" + alternation(lex.words("relative")) + ")");
        f.put("UNIT", "(?<unit>" + alternation(lex.words("unit")) + ")");
        f.put("UNITS", "(?<unit>" + alternation(lex.words("units")) + ")");
        f.put("NUMBER", "(?<count>\\d{1,2}|" + alternation(lex.words("number")) + ")");
        f.put("DIRECTION", "(?<dir>" + alternation(lex.words("direction")) + ")");
        f.put("DEICTIC", "(?<deictic>" + alternation(lex.words("deictic")) + ")");
        return f;
    }

    /** A non-capturing alternation of the words, longest first, each space allowing any white space. */
    static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String expand(RuleFile.Row row, Map<String, String> fills) {
        Matcher m = PLACEHOLDER.matcher(row.get(1));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String fill = fills.get(m.group(1));
            if (fill == null) {
                throw row.error("unknown placeholder {" + m.group(1) + "}; known: " + fills.keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(fill));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Each rule's pattern and gate, for tests. */
    List<Map.Entry<Pattern, LiteralGate>> gated() {
        return rules.stream().map(r -> Map.entry(r.pattern, r.gate)).toList();
    }

    /** The date expressions in a text, in order, none overlapping another. */
    List<DateExpression> find(String text) {
        List<DateExpression> candidates = new ArrayList<>();
        LiteralGate.Text folded = LiteralGate.fold(text);
        for (Rule rule : rules) {
            if (!rule.gate.admits(folded)) {
                continue;
            }
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                Map<String, String> groups = new LinkedHashMap<>();
                for (String g : rule.groups) {
                    if (m.group(g) != null) {
                        groups.put(g, m.group(g));
                    }
                }
                candidates.add(new DateExpression(m.start(), m.end(), m.group(), rule.id, groups));
            }
        }
        // Stable sort: on equal length the earlier rule, then the earlier position, comes first.
        candidates.sort(Comparator.comparingInt(DateExpression::length).reversed());
        List<DateExpression> chosen = new ArrayList<>();
        for (DateExpression c : candidates) {
            if (chosen.stream().noneMatch(x -> x.start() < c.end() && c.start() < x.end())) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(DateExpression::start));
        return chosen;
    }
}
