package org.nkgraph.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a date expression against an anchor (the article's publication date) into a {@link TimeValue}. What an
 * expression needs and does not have stays {@link TimeValue#unresolved()}: with no anchor, everything but a stated
 * year ("in 2021", "December 18, 2025"); a shift ("two days later") with no date to count from. Never the clock.
 * Other extractors use it for a date phrase they captured:
 *
 * <pre>
 * DateResolver dates = DateResolver.bundled();
 * TimeValue v = dates.resolve("in January last year", LocalDate.of(2025, 1, 8));   // 2024-01
 * Optional&lt;MonthDay&gt; md = dates.monthDay("on December 18");                       // --12-18
 * </pre>
 */
public final class DateResolver {

    private static final Pattern SEGMENT_BREAK = Pattern.compile("[,;:()\\[\\]\"“”—–]");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\p{L}+)");
    private static final Pattern FIRST_WORDS_AFTER = Pattern.compile("(?:\\s+[\\p{L}']+){1,3}");

    private final DateRules rules;
    private final DateLexicon lex;

    public DateResolver(DateRules rules) {
        this.rules = rules;
        this.lex = rules.lexicon();
    }

    /** A resolver with the bundled rules. */
    public static DateResolver bundled() {
        return new DateResolver(DateRules.bundled());
    }

    /**
     * The value of the longest date expression in {@code expression}, read with the cue words it contains itself
     * ("will be held in February" is the next February). Unresolved if it holds none, or a shift.
     *
     * @param anchor the publication date, or null when unknown
     */
    public TimeValue resolve(String expression, LocalDate anchor) {
        return resolve(expression, anchor, false);
    }

    /**
     * The same, for a phrase whose context says it speaks of the future ("the congress will open in February"
     * gives the next February) when {@code future} is true, whatever cue words it holds itself.
     */
    public TimeValue resolve(String expression, LocalDate anchor, boolean future) {
        return longest(expression)
                .filter(e -> !isShift(e))
                .flatMap(e -> {
                    Context c = context(expression, e, anchor);
                    return resolve(e, future ? new Context(c.anchor(), c.year(), true, c.sameDay(), c.report()) : c);
                })
                .orElse(TimeValue.unresolved());
    }

    /**
     * The month and day of a date written without a year ("December 18", "on 5 May"), so that a later pass that
     * learns the year can complete it; empty when the text has a year, counts one from publication, or has no day.
     */
    public Optional<MonthDay> monthDay(String text) {
        return longest(text)
                .filter(e -> e.has("month") && e.has("day") && !e.has("year") && !e.has("rel"))
                .flatMap(e -> {
                    try {
                        return Optional.of(MonthDay.of(monthNumber(e.get("month")), Integer.parseInt(e.get("day"))));
                    } catch (DateTimeException ex) {
                        return Optional.empty();
                    }
                });
    }

    private Optional<DateExpression> longest(String text) {
        return rules.patterns().find(text).stream().max(Comparator.comparingInt(DateExpression::length));
    }

    /** What the words around an expression say about how to read it. */
    record Context(LocalDate anchor, Integer year, boolean future, boolean sameDay, boolean report) {}

    /** The reading of expression {@code e}, found in {@code text}: future and same-day cues, report verb. */
    Context context(String text, DateExpression e, LocalDate anchor) {
        return context(text, e, anchor, null);
    }

    /**
     * The reading of an expression in an article whose date is unknown but whose year was inferred: only what the
     * year alone decides can then be resolved.
     */
    Context context(String text, DateExpression e, LocalDate anchor, Integer assumedYear) {
        int from = e.start();
        while (from > 0 && !SEGMENT_BREAK.matcher(text.substring(from - 1, from)).matches()) {
            from--;
        }
        Matcher next = SEGMENT_BREAK.matcher(text).region(e.end(), text.length());
        int to = next.find() ? next.start() : text.length();
        Matcher words = FIRST_WORDS_AFTER.matcher(text).region(e.end(), to);
        int after = words.lookingAt() ? words.end() : e.end();
        // A cue before the date in its part of the sentence ("will be held in May"), or just after it ("the vote
        // on Friday will decide"); one further on belongs to another clause ("... on Monday unveiled a plan that
        // will ...").
        boolean future = rules.future().matcher(text.substring(from, e.start())).find()
                || rules.future().matcher(text.substring(e.end(), after)).find();
        boolean sameDay = rules.sameDay().matcher(text).find();
        boolean dayLike = e.has("weekday") || e.has("day") || e.has("deictic");
        return new Context(anchor, anchor == null ? assumedYear : Integer.valueOf(anchor.getYear()), future, sameDay,
                dayLike && reportVerbNextTo(text, e));
    }

    private boolean reportVerbNextTo(String text, DateExpression e) {
        Matcher before = WORD_BEFORE.matcher(text.substring(0, e.start()));
        Matcher after = WORD_AFTER.matcher(text.substring(e.end()));
        return before.find() && rules.report().matcher(before.group(1)).matches()
                || after.find() && rules.report().matcher(after.group(1)).matches();
    }

    /** Whether the expression counts from another date in the text ("a day earlier"). */
    boolean isShift(DateExpression e) {
        return e.has("dir");
    }

    /** Whether a shift word may take a clause after it whose date it counts from ("three days after ..."). */
    boolean takesComplement(DateExpression e) {
        return isShift(e) && lex.direction(e.get("dir")).complement();
    }

    /** The value of a shift counted from {@code reference} (null when there is none). */
    TimeValue shift(DateExpression e, TimeValue reference) {
        if (reference == null) {
            return TimeValue.unresolved();
        }
        int count = e.has("count") ? lex.number(e.get("count")) : 1;
        return CalendarLib.shift(reference, lex.direction(e.get("dir")).sign() * count, lex.unit(e.get("unit")));
    }

    /**
     * The value of an expression that is not a shift; empty when its words make no date ("next day" with no
     * "the", "February 30"): such a match is dropped.
     */
    Optional<TimeValue> resolve(DateExpression e, Context c) {
        if (isShift(e)) {
            throw new IllegalArgumentException("a shift needs a reference date: " + e.text());
        }
        if (!makesSense(e)) {
            return Optional.empty();
        }
        if (!e.has("year") && c.anchor() == null) {
            return Optional.of(c.year() == null ? TimeValue.unresolved() : byYear(e, c.year()));
        }
        if (e.has("deictic")) {
            return Optional.of(TimeValue.day(c.anchor().plusDays(lex.deictic(e.get("deictic")))));
        }
        if (e.has("ago")) {
            int count = e.has("count") ? lex.number(e.get("count")) : 1;
            return Optional.of(CalendarLib.shift(TimeValue.day(c.anchor()), -count, lex.unit(e.get("unit"))));
        }
        Optional<CalendarLib.Period> p = period(e, c);
        if (e.has("part")) {
            return p.map(period -> CalendarLib.narrow(period, lex.part(e.get("part")), c.anchor()));
        }
        return p.map(CalendarLib.Period::value);
    }

    /**
     * What an expression means when only the article's year is known: a month or a day of that year, or a year
     * counted from it. Weekdays and days counted from the article's own date stay unresolved.
     */
    private TimeValue byYear(DateExpression e, int year) {
        if (e.has("weekday") || e.has("deictic") || e.has("ago")) {
            return TimeValue.unresolved();
        }
        ChronoUnit unit = e.has("unit") ? lex.unit(e.get("unit")) : null;
        if (unit != null && unit != ChronoUnit.YEARS) {
            return TimeValue.unresolved();
        }
        int y = year + (unit == ChronoUnit.YEARS && e.has("rel") ? lex.relative(e.get("rel")) : 0);
        Optional<CalendarLib.Period> p = e.has("month") ? monthPeriod(e, y, 0, null)
                : unit == ChronoUnit.YEARS ? Optional.of(CalendarLib.Period.year(y)) : Optional.empty();
        if (p.isEmpty()) {
            return TimeValue.unresolved();
        }
        return e.has("part") ? CalendarLib.narrow(p.get(), lex.part(e.get("part")), null) : p.get().value();
    }

    private boolean makesSense(DateExpression e) {
        ChronoUnit unit = e.has("unit") ? lex.unit(e.get("unit")) : null;
        if (unit == null || e.has("ago")) {
            return true;
        }
        if (e.has("month")) {
            return unit == ChronoUnit.YEARS;
        }
        // "next day" without "the" is a shift we do not know how to count; "the end of the day" is no date.
        return unit != ChronoUnit.DAYS;
    }

    private Optional<CalendarLib.Period> period(DateExpression e, Context c) {
        Integer year = e.has("year") ? Integer.valueOf(e.get("year")) : null;
        int rel = e.has("rel") ? lex.relative(e.get("rel")) : 0;
        if (e.has("month")) {
            if (year == null && e.has("unit")) {
                year = c.anchor().getYear() + rel;
            }
            return monthPeriod(e, year, rel, c);
        }
        if (year != null) {
            return Optional.of(CalendarLib.Period.year(year));
        }
        if (e.has("weekday")) {
            DayOfWeek day = DayOfWeek.of(lex.weekday(e.get("weekday")));
            boolean forward = rel > 0 || rel == 0 && c.future() && !c.report();
            boolean inclusive = rel == 0 && (c.report() || c.sameDay());
            return Optional.of(CalendarLib.Period.day(CalendarLib.weekday(day, c.anchor(), forward, inclusive)));
        }
        if (e.has("unit")) {
            return Optional.of(CalendarLib.relative(lex.unit(e.get("unit")), c.anchor(), rel));
        }
        return Optional.empty();
    }

    private Optional<CalendarLib.Period> monthPeriod(DateExpression e, Integer year, int rel, Context c) {
        int month = monthNumber(e.get("month"));
        try {
            if (e.has("day")) {
                int day = Integer.parseInt(e.get("day"));
                LocalDate d = year != null ? LocalDate.of(year, month, day)
                        : CalendarLib.yearless(MonthDay.of(month, day), c.anchor(), c.future(),
                                lex.pastToleranceDays());
                return Optional.of(CalendarLib.Period.day(d));
            }
        } catch (DateTimeException invalidDay) {
            return Optional.empty();
        }
        if (year != null) {
            return Optional.of(CalendarLib.Period.month(YearMonth.of(year, month)));
        }
        YearMonth m = e.has("rel") ? CalendarLib.relative(Month.of(month), c.anchor(), rel)
                : CalendarLib.yearless(Month.of(month), c.anchor(), c.future(), lex.pastToleranceDays());
        return Optional.of(CalendarLib.Period.month(m));
    }

    private int monthNumber(String word) {
        return word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word) : lex.month(word);
    }

    /** The expressions in a text, in order (for the finder). */
    List<DateExpression> find(String text) {
        return rules.patterns().find(text);
    }
}
