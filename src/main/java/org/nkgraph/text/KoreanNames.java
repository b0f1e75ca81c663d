package org.nkgraph.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nkgraph.sys.NkGraphException;

/**
 * The parts of a romanised Korean name: family names ({@code rules/korean-family-names.tsv}) and the shape of a
 * given-name syllable ({@code rules/korean-syllables.tsv}). Words are compared in {@link NameKey#fold folded} form,
 * so "Ch'oe", "Choe" and "CHOE" are one family name.
 */
final class KoreanNames {

    private static final String FAMILIES = NamePatterns.RULES + "korean-family-names.tsv";
    private static final String SYLLABLES = NamePatterns.RULES + "korean-syllables.tsv";

    /**
     * A family name as one spelling writes it.
     *
     * @param family  the family the spelling belongs to ("Lee" for Ri, Yi, Rhee)
     * @param english whether the spelling is also a common English word ("Song", "So")
     */
    record Family(String family, boolean english) {}

    private final Map<String, Family> families;
    private final Pattern oneSyllable;
    private final Pattern twoSyllables;

    private KoreanNames(Map<String, Family> families, String syllable) {
        this.families = Map.copyOf(families);
        this.oneSyllable = Pattern.compile(syllable);
        this.twoSyllables = Pattern.compile("(?:" + syllable + "){1,2}");
    }

    static KoreanNames bundled() {
        Map<String, Family> families = new HashMap<>();
        for (RuleFile.Row row : RuleFile.load(FAMILIES, 3).rows()) {
            String english = row.get(2);
            if (!english.equals("yes") && !english.equals("no")) {
                throw row.error("column 3 must be yes or no, not '" + english + "'");
            }
            families.put(NameKey.fold(row.get(0)), new Family(row.get(1), english.equals("yes")));
        }
        Map<String, String> parts = new HashMap<>();
        for (RuleFile.Row row : RuleFile.load(SYLLABLES, 2).rows()) {
            parts.put(row.get(0), alternatives(row.get(1)));
        }
        for (String part : List.of("initial", "vowel", "final")) {
            if (!parts.containsKey(part)) {
                throw new NkGraphException(SYLLABLES + ": no row for '" + part + "'");
            }
        }
        String syllable = "(?:" + parts.get("initial") + ")?(?:" + parts.get("vowel") + ")(?:" + parts.get("final")
                + ")?";
        return new KoreanNames(families, syllable);
    }

    // Longest spelling first, so that "ng" is tried before "n".
    private static String alternatives(String spellings) {
        return Arrays.stream(spellings.split("\\s+")).filter(s -> !s.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** The family this word spells, if it is a family name. */
    Optional<Family> family(String word) {
        return Optional.ofNullable(families.get(NameKey.fold(word)));
    }

    /** True if the word is one romanised syllable ("Un", "Thae", "jeong"). */
    boolean isSyllable(String word) {
        return oneSyllable.matcher(NameKey.fold(word)).matches();
    }

    /** True if the word is one or two romanised syllables written together ("Yojong", "Chol"). */
    boolean isOneOrTwoSyllables(String word) {
        return twoSyllables.matcher(NameKey.fold(word)).matches();
    }
}
