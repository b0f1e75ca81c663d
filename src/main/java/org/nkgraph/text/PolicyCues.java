package org.nkgraph.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The words that tell what a sentence says of a policy, read from {@code rules/policy-cues.tsv}. */
final class PolicyCues {

    static final String FILE = "/org/nkgraph/text/rules/policy-cues.tsv";

    /** A length of time: the pattern's years group, or a fixed value when it has none. */
    record Duration(Pattern pattern, Integer years) {}

    private final List<Pattern> introduce = new ArrayList<>();
    private final List<Pattern> hedge = new ArrayList<>();
    private final List<Pattern> anaphor = new ArrayList<>();
    private final List<Pattern> pronoun = new ArrayList<>();
    private final List<Pattern> annual = new ArrayList<>();
    private final List<Pattern> target = new ArrayList<>();
    private final List<Duration> durations = new ArrayList<>();
    /** Every cue pattern's gate, so that a sentence without its words is not searched. */
    private final Map<Pattern, LiteralGate> gates = new IdentityHashMap<>();

    PolicyCues(RuleFile file, NumberWords numbers) {
        Map<String, String> placeholders = Map.of("NUMBER", numbers.cardinalRegex());
        for (RuleFile.Row row : file.rows()) {
            Pattern p = PatternLib.compile(row, 1, placeholders);
            gates.put(p, LiteralGate.of(p));
            switch (row.get(0)) {
                case "introduce" -> introduce.add(p);
                case "hedge" -> hedge.add(p);
                case "anaphor" -> anaphor.add(p);
                case "pronoun" -> pronoun.add(p);
                case "annual" -> annual.add(p);
                case "target" -> target.add(requireGroups(row, p, "number", "unit"));
                case "duration" -> durations.add(duration(row, p));
                default -> throw row.error("kind must be introduce, hedge, anaphor, pronoun, annual, target or "
                        + "duration, not '" + row.get(0) + "'");
            }
        }
    }

    /** False when a cue pattern cannot match the text whose {@link LiteralGate#fold} is {@code folded}. */
    boolean mayMatch(Pattern cue, LiteralGate.Text folded) {
        LiteralGate gate = gates.get(cue);
        return gate == null || gate.admits(folded);
    }

    static PolicyCues bundled(NumberWords numbers) {
        return new PolicyCues(RuleFile.load(FILE, 3), numbers);
    }

    private static Pattern requireGroups(RuleFile.Row row, Pattern p, String... groups) {
        for (String g : groups) {
            if (!p.pattern().contains("(?<" + g + ">")) {
                throw row.error("a " + row.get(0) + " pattern needs a group named " + g);
            }
        }
        return p;
    }

    private static Duration duration(RuleFile.Row row, Pattern p) {
        if (p.pattern().contains("(?<years>")) {
            return new Duration(p, null);
        }
        if (row.get(2).equals("-")) {
            throw row.error("a duration without a years group needs its length in the value column");
        }
        return new Duration(p, (int) row.number(2));
    }

    List<Pattern> introduce() {
        return introduce;
    }

    List<Pattern> anaphor() {
        return anaphor;
    }

    /** Words at a sentence's start that stand for the policy named in the sentence before ("It calls for"). */
    List<Pattern> pronoun() {
        return pronoun;
    }

    List<Pattern> target() {
        return target;
    }

    List<Duration> durations() {
        return durations;
    }

    boolean hedged(CharSequence text) {
        return hedge.stream().anyMatch(p -> p.matcher(text).find());
    }

    boolean annual(CharSequence text) {
        return annual.stream().anyMatch(p -> p.matcher(text).find());
    }
}
