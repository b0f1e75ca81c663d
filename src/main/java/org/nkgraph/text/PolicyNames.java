package org.nkgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of policies that the gazetteer does not list: other names of reference policies
 * ({@code rules/policy-names.tsv}, which become mentions of the reference policy) and plans named by their kind
 * ({@code rules/generic-plans.tsv}, which {@link PolicyFinder} identifies).
 */
final class PolicyNames {

    static final String NAMES_FILE = "/org/nkgraph/text/rules/policy-names.tsv";
    static final String PLANS_FILE = "/org/nkgraph/text/rules/generic-plans.tsv";

    private record Alias(String id, Pattern pattern, LiteralGate gate, String policy, double confidence) {}

    /** A kind of plan: "five-year plan". */
    record Plan(String id, Pattern pattern, String slug, String name, double confidence) {}

    /** A plan named by its kind in a sentence; offsets are the document's. */
    record PlanMatch(Plan plan, int start, int end, String text, int years) {}

    private final List<Alias> aliases = new ArrayList<>();
    private final List<Plan> plans = new ArrayList<>();
    /** The gate of each plan's pattern, in the order of the plans. */
    private final List<LiteralGate> planGates = new ArrayList<>();
    private final NumberWords numbers;

    PolicyNames(RuleFile names, RuleFile plansFile, NumberWords numbers, ReferenceLookup lookup) {
        this.numbers = numbers;
        for (RuleFile.Row row : names.rows()) {
            String policy = lookup.entityNamed(row.get(2), "Policy").orElseThrow(
                    () -> row.error("no single reference policy is named '" + row.get(2) + "'"));
            Pattern pattern = row.pattern(1);
            aliases.add(new Alias(row.get(0), pattern, LiteralGate.of(pattern), policy, PatternLib.confidence(row, 3)));
        }
        Map<String, String> placeholders = Map.of("NUMBER", numbers.cardinalRegex());
        for (RuleFile.Row row : plansFile.rows()) {
            Pattern p = PatternLib.compile(row, 1, placeholders);
            if (!p.pattern().contains("(?<years>")) {
                throw row.error("a plan pattern needs a group named years");
            }
            if (!row.get(2).matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
                throw row.error("slug must be lower-case words joined by hyphens, not '" + row.get(2) + "'");
            }
            plans.add(new Plan(row.get(0), p, row.get(2), row.get(3), PatternLib.confidence(row, 4)));
            planGates.add(LiteralGate.of(p));
        }
    }

    static PolicyNames bundled(NumberWords numbers, ReferenceLookup lookup) {
        return new PolicyNames(RuleFile.load(NAMES_FILE, 4), RuleFile.load(PLANS_FILE, 5), numbers, lookup);
    }

    /** Adds a mention for every other name of a reference policy, replacing shorter mentions of it inside. */
    void addMentions(AnalyzedDocument doc) {
        for (Sentence sentence : doc.sentences()) {
            LiteralGate.Text folded = doc.folded(sentence);
            for (Alias alias : aliases) {
                if (!alias.gate().admits(folded)) {
                    continue;
                }
                Matcher m = alias.pattern().matcher(sentence.text());
                while (m.find()) {
                    add(doc, sentence, alias, sentence.start() + m.start(), sentence.start() + m.end());
                }
            }
        }
    }

    private static void add(AnalyzedDocument doc, Sentence sentence, Alias alias, int start, int end) {
        List<Mention> overlapping = doc.mentions().stream().filter(x -> x.start() < end && start < x.end()).toList();
        boolean coveredOrForeign = overlapping.stream().anyMatch(x -> !alias.policy().equals(x.entity())
                || (x.start() <= start && end <= x.end()));
        if (coveredOrForeign) {
            return;
        }
        overlapping.forEach(doc::removeMention);
        doc.addMention(new Mention(start, end, doc.text().substring(start, end), EntityClass.POLICY, alias.policy(),
                sentence.index(), alias.id(), alias.confidence()));
    }

    /** The plans named by their kind in a sentence, outside the names of other policies. */
    List<PlanMatch> plans(AnalyzedDocument doc, Sentence sentence) {
        List<PlanMatch> out = new ArrayList<>();
        LiteralGate.Text folded = doc.folded(sentence);
        for (int i = 0; i < plans.size(); i++) {
            if (!planGates.get(i).admits(folded)) {
                continue;
            }
            Plan plan = plans.get(i);
            Matcher m = plan.pattern().matcher(sentence.text());
            while (m.find()) {
                int start = sentence.start() + m.start();
                int end = sentence.start() + m.end();
                Integer years = numbers.parse(m.group("years"));
                boolean inName = doc.mentions().stream().anyMatch(x -> x.start() < end && start < x.end());
                if (years != null && !inName) {
                    out.add(new PlanMatch(plan, start, end, m.group(), years));
                }
            }
        }
        return out;
    }

    /** "five" for 5: plans are keyed by the number in words. */
    String numberWord(int n) {
        return numbers.word(n);
    }
}
