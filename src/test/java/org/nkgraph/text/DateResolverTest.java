package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nkgraph.sys.NkGraphException;

/** The pure resolution API other extractors use, and the checks on the rule files. */
class DateResolverTest {

    private static final LocalDate JAN_8 = LocalDate.of(2025, 1, 8);
    private static final LocalDate DEC_5 = LocalDate.of(2025, 12, 5);

    private final DateResolver resolver = DateResolver.bundled();

    @Test
    void resolvesACapturedPhrase() {
        assertEquals(TimeValue.month(YearMonth.of(2024, 1)), resolver.resolve("in January last year", JAN_8));
        assertEquals(TimeValue.year(2021), resolver.resolve("at the eighth congress in 2021", null));
        assertEquals(TimeValue.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30)),
                resolver.resolve("early next year", DEC_5));
        assertEquals(TimeValue.between(LocalDate.of(2025, 12, 11), LocalDate.of(2025, 12, 20)),
                resolver.resolve("mid-December", DEC_5));
    }

    @Test
    void readsTheCuesInThePhrase() {
        assertEquals(TimeValue.month(YearMonth.of(2026, 2)), resolver.resolve("will be held in February", DEC_5));
        assertEquals(TimeValue.month(YearMonth.of(2025, 2)), resolver.resolve("was held in February", DEC_5));
    }

    @Test
    void unresolvedWhenItCannotKnow() {
        assertFalse(resolver.resolve("in January last year", null).isResolved());
        assertFalse(resolver.resolve("on Tuesday", null).isResolved());
        assertFalse(resolver.resolve("two days later", DEC_5).isResolved());
        assertFalse(resolver.resolve("for a decade", DEC_5).isResolved());
        assertFalse(resolver.resolve("nothing here", DEC_5).isResolved());
    }

    @Test
    void monthDayOfAYearlessDate() {
        assertEquals(Optional.of(MonthDay.of(12, 18)), resolver.monthDay("On December 18"));
        assertEquals(Optional.of(MonthDay.of(5, 5)), resolver.monthDay("on 5th May"));
        assertEquals(Optional.empty(), resolver.monthDay("December 18, 2025"));
        assertEquals(Optional.empty(), resolver.monthDay("December 18 last year"));
        assertEquals(Optional.empty(), resolver.monthDay("in December"));
    }

    @Test
    void impossibleDaysAreNoDates() {
        assertFalse(resolver.resolve("on February 30", DEC_5).isResolved());
        assertEquals(TimeValue.day(LocalDate.of(2024, 2, 29)), resolver.resolve("February 29, 2024", null));
    }

    private static List<String> lexicon(String... extra) {
        List<String> lines = new ArrayList<>(List.of("month\tJanuary\t1", "weekday\tMonday\t1",
                "preposition\ton\t-", "part\tearly\t1-10\t1-4\tadjective", "relative\tlast\t-1", "unit\tyear\tyear",
                "number\ttwo\t2", "direction\tlater\t+1", "future\twill\t-", "report\tsaid\t-",
                "setting\tpast-tolerance-days\t7"));
        lines.addAll(List.of(extra));
        return lines;
    }

    private static DateRules rules(List<String> lexicon, String... patterns) {
        return DateRules.of(RuleFile.parse("lex.tsv", lexicon, 3), RuleFile.parse("pat.tsv", List.of(patterns), 2));
    }

    @Test
    void smallRuleFilesWork() {
        DateRules r = rules(lexicon(), "date:month\t{PREP}\\s+{MONTH_NAME}");
        assertEquals(TimeValue.month(YearMonth.of(2025, 1)), new DateResolver(r).resolve("on January", DEC_5));
    }

    @Test
    void badRowsNameFileAndLine() {
        NkGraphException unknownPlaceholder = assertThrows(NkGraphException.class,
                () -> rules(lexicon(), "date:x\t{SEASON}"));
        assertTrue(unknownPlaceholder.getMessage().startsWith("pat.tsv:1:"), unknownPlaceholder.getMessage());
        NkGraphException unknownGroup = assertThrows(NkGraphException.class,
                () -> rules(lexicon(), "date:x\t{MONTH}", "date:y\t(?<season>spring)"));
        assertTrue(unknownGroup.getMessage().startsWith("pat.tsv:2:"), unknownGroup.getMessage());
        NkGraphException badMonth = assertThrows(NkGraphException.class,
                () -> rules(lexicon("month\tSmarch\t13"), "date:x\t{MONTH}"));
        assertTrue(badMonth.getMessage().startsWith("lex.tsv:12:"), badMonth.getMessage());
        NkGraphException badKind = assertThrows(NkGraphException.class,
                () -> rules(lexicon("season\tspring\t3"), "date:x\t{MONTH}"));
        assertTrue(badKind.getMessage().contains("unknown kind"), badKind.getMessage());
        NkGraphException badRule = assertThrows(NkGraphException.class, () -> rules(lexicon(), "x\t{MONTH}"));
        assertTrue(badRule.getMessage().startsWith("pat.tsv:1:"), badRule.getMessage());
    }

    @Test
    void bundledRulesLoad() {
        assertTrue(DateRules.bundled().lexicon().words("month").contains("Dec."));
    }
}
