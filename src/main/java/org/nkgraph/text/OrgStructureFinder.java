package org.nkgraph.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds how organizations stand to each other ("X, affiliated with Y"; "the X Department of Y"), by the rules of
 * {@code rules/org-relations.tsv}. Whether an organization is a unit of another body is told by the last word of
 * its name ({@code rules/org-unit-words.tsv}) or by its class.
 */
final class OrgStructureFinder {

    static final String FILE = "/org/nkgraph/text/rules/org-relations.tsv";
    static final String UNIT_WORDS_FILE = "/org/nkgraph/text/rules/org-unit-words.tsv";
    private static final String UNIT_CLASS = "PartyBody";

    private enum Condition { UNIT, NONUNIT, ANY }

    private record Rule(String id, Pattern pattern, LiteralGate gate, String property, Condition condition,
            double confidence) {}

    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> unitWords = new HashSet<>();
    private final ReferenceLookup lookup;

    OrgStructureFinder(RuleFile file, RuleFile unitWordsFile, ReferenceLookup lookup) {
        this.lookup = lookup;
        for (RuleFile.Row row : file.rows()) {
            String property = row.get(2);
            if (!lookup.isObjectProperty(property)) {
                throw row.error("'" + property + "' is not an object property of the ontology");
            }
            Condition condition;
            try {
                condition = Condition.valueOf(row.get(3).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("condition must be unit, nonunit or any, not '" + row.get(3) + "'");
            }
            Pattern pattern = PatternLib.compile(row, 1, MaskedSentence.PLACEHOLDERS);
            rules.add(new Rule(row.get(0), pattern, LiteralGate.of(pattern), property, condition,
                    PatternLib.confidence(row, 4)));
        }
        unitWordsFile.rows().forEach(r -> unitWords.add(r.get(0).toLowerCase(Locale.ROOT)));
    }

    static OrgStructureFinder bundled(ReferenceLookup lookup) {
        return new OrgStructureFinder(RuleFile.load(FILE, 5), RuleFile.load(UNIT_WORDS_FILE, 1), lookup);
    }

    void find(AnalyzedDocument doc, Sentence sentence, EntitySpans spans) {
        MaskedSentence masked = new MaskedSentence(sentence, spans.in(sentence.index()), List.of());
        Set<String> seen = new HashSet<>();
        LiteralGate.Text folded = LiteralGate.fold(masked.text());
        for (Rule rule : rules) {
            if (!rule.gate().admits(folded)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(masked.text());
            while (m.find()) {
                Optional<EntitySpan> sub = masked.entity(m, "sub");
                Optional<EntitySpan> sup = masked.entity(m, "sup");
                if (sub.isEmpty() || sup.isEmpty() || sub.get().entity().equals(sup.get().entity())
                        || !holds(rule.condition(), sub.get(), doc)) {
                    continue;
                }
                if (seen.add(sub.get().entity() + "\u0000" + rule.property() + "\u0000" + sup.get().entity())) {
                    doc.addRelation(new RelationMention(sub.get().entity(), rule.property(), sup.get().entity(),
                            sentence.index(), masked.doc(m.start()), masked.doc(m.end()), rule.id(),
                            rule.confidence()));
                }
            }
        }
    }

    private boolean holds(Condition condition, EntitySpan sub, AnalyzedDocument doc) {
        return switch (condition) {
            case ANY -> true;
            case UNIT -> isUnit(sub, doc);
            case NONUNIT -> !isUnit(sub, doc);
        };
    }

    private boolean isUnit(EntitySpan org, AnalyzedDocument doc) {
        String[] words = org.text().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").split("[^\\p{L}]+");
        if (words.length > 0 && unitWords.contains(words[words.length - 1])) {
            return true;
        }
        return lookup.classOf(org.entity(), doc).map(c -> lookup.isSubClass(c, UNIT_CLASS)).orElse(false);
    }
}
