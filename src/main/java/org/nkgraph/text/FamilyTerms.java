package org.nkgraph.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words for relatives and the ontology properties they state, read from {@code rules/family-terms.tsv}. */
final class FamilyTerms {

    static final String FILE = "/org/nkgraph/text/rules/family-terms.tsv";

    /** A person's gender as a pronoun or a kin word tells it; UNKNOWN when neither does. */
    enum Gender {
        FEMALE, MALE, UNKNOWN;

        static Gender ofPronoun(String word) {
            return switch (word.toLowerCase(Locale.ROOT)) {
                case "her", "she", "hers", "herself" -> FEMALE;
                case "his", "he", "him", "himself" -> MALE;
                default -> UNKNOWN;
            };
        }

        boolean agrees(Gender other) {
            return this == UNKNOWN || other == UNKNOWN || this == other;
        }
    }

    /**
     * One kin word.
     *
     * @param gender           the relative's gender
     * @param relativeToAnchor the property from the relative to the anchor
     * @param back             the property from the anchor to the relative, by the anchor's gender (null: none)
     */
    record Term(Gender gender, String relativeToAnchor, Map<Gender, String> back) {}

    private final Map<String, Term> terms = new HashMap<>();

    FamilyTerms(RuleFile file, ReferenceLookup lookup) {
        for (RuleFile.Row row : file.rows()) {
            Gender gender = switch (row.get(1)) {
                case "f" -> Gender.FEMALE;
                case "m" -> Gender.MALE;
                case "-" -> Gender.UNKNOWN;
                default -> throw row.error("gender must be f, m or -, not '" + row.get(1) + "'");
            };
            Map<Gender, String> back = new HashMap<>();
            List<Gender> order = List.of(Gender.FEMALE, Gender.MALE, Gender.UNKNOWN);
            for (int i = 0; i < order.size(); i++) {
                String p = property(row, 3 + i, lookup);
                if (p != null) {
                    back.put(order.get(i), p);
                }
            }
            String forward = property(row, 2, lookup);
            if (forward == null) {
                throw row.error("relative-to-anchor must name a property");
            }
            terms.put(row.get(0).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), new Term(gender, forward, back));
        }
    }

    static FamilyTerms bundled(ReferenceLookup lookup) {
        return new FamilyTerms(RuleFile.load(FILE, 6), lookup);
    }

    private static String property(RuleFile.Row row, int column, ReferenceLookup lookup) {
        String name = row.get(column);
        if (name.equals("-")) {
            return null;
        }
        if (!lookup.isObjectProperty(name)) {
            throw row.error("'" + name + "' is not an object property of the ontology");
        }
        return name;
    }

    /** The kin words as a regular expression, longest first. */
    String regex() {
        return PatternLib.alternation(terms.keySet()) + "(?![\\p{L}])";
    }

    /** The term for a kin word as written, or null. */
    Term term(String written) {
        return terms.get(written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }
}
