package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The gate's promise: it never refuses a text its pattern matches, and it refuses texts that lack a literal
 * every match needs.
 */
class LiteralGateTest {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<String> PATTERNS = List.of(
            "plenary\\s+(?:meeting|session)|plenum",
            "(?:the\\s+)?(?<n>\\d+)(?:st|nd|rd|th)?\\s+congress",
            "\\Qrubber stamp\\E\\s+legislature",
            "ab+c|x{2,3}yz?",
            "(?<![\\p{L}\\p{N}])(?:on\\s+)?(?-i:May)\\s+[12]?\\d(?![\\p{L}\\p{N}])",
            "[\uE001\uE002]+\\s+visited\\s+\uE003+",
            "(?=\\w)(?!said)\\w+ed\\b",
            "(\\w+) and \\1",
            "[^a]bc?",
            "(?i)k\\.?\\s*pop");

    private static final List<String> TEXTS = List.of(
            "The plenary   session of the party opened.",
            "It held the 8th Congress in January.",
            "The RUBBER STAMP legislature met.",
            "abbbc and xxxy and xxy",
            "She spoke on may 12 and on May 3 of that year.",
            "\uE001\uE001 visited \uE003\uE003 on Monday.",
            "Officials noted the plan was delayed.",
            "bread and bread",
            "xbc",
            "the K-pop band and \u212Apop and K pop",
            "Nothing of note happened here.",
            "\u017Fession plenum");

    @Test
    void admitsEveryTextThePatternMatches() {
        for (String source : PATTERNS) {
            for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE, CI}) {
                Pattern p = Pattern.compile(source, flags);
                LiteralGate gate = LiteralGate.of(p);
                for (String text : TEXTS) {
                    if (p.matcher(text).find()) {
                        assertTrue(gate.admits(LiteralGate.fold(text)), source + " / " + flags + " on " + text);
                    }
                }
            }
        }
    }

    @Test
    void admitsTheBundledDatePatternsWhereverTheyMatch() {
        List<Map.Entry<Pattern, LiteralGate>> rules = DateRules.bundled().patterns().gated();
        List<String> texts = List.of("On Tuesday morning, three days ago", "in mid-December last year",
                "on 8 Jan. 2025 and 2024-03-01", "by the end of the year", "the day before", "until late 2023");
        int matched = 0;
        for (Map.Entry<Pattern, LiteralGate> rule : rules) {
            for (String text : texts) {
                if (rule.getKey().matcher(text).find()) {
                    matched++;
                    assertTrue(rule.getValue().admits(LiteralGate.fold(text)), rule.getKey() + " on " + text);
                }
            }
        }
        assertTrue(matched > 5, "the texts exercise the rules");
    }

    @Test
    void refusesTextsWithoutTheRequiredWords() {
        LiteralGate gate = LiteralGate.of(Pattern.compile(PATTERNS.get(0), CI));
        assertEquals(List.of(Set.of("plenary", "plenum")), gate.clauses().stream()
                .filter(c -> c.contains("plenum")).toList());
        assertFalse(gate.admits(LiteralGate.fold("Nothing of note happened here.")));
        assertTrue(gate.admits(LiteralGate.fold("A PLENUM")));
        LiteralGate masks = LiteralGate.of(Pattern.compile(PATTERNS.get(5)));
        assertFalse(masks.admits(LiteralGate.fold("\uE001 visited the city")));
        assertTrue(masks.admits(LiteralGate.fold("\uE002 visited \uE003")));
    }

    @Test
    void optionalPartsAndLookaroundsRequireNothing() {
        assertEquals(List.of(Set.of("congress")),
                LiteralGate.of(Pattern.compile(PATTERNS.get(1), CI)).clauses().stream()
                        .filter(c -> c.stream().allMatch(s -> s.length() > 1)).toList());
        assertEquals(List.of(Set.of("ed")), LiteralGate.of(Pattern.compile(PATTERNS.get(6))).clauses());
        assertTrue(LiteralGate.of(Pattern.compile("(?x) a b")).admits(LiteralGate.fold("nothing")));
        assertTrue(LiteralGate.of(Pattern.compile("(?:words)?")).admits(LiteralGate.fold("nothing")));
    }

    @Test
    void foldsAsCaseInsensitiveMatchingDoes() {
        Pattern p = Pattern.compile("session", CI);
        String longS = "\u017Fession";
        assertTrue(p.matcher(longS).find());
        assertTrue(LiteralGate.of(p).admits(LiteralGate.fold(longS)));
    }
}
