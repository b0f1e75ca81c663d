package org.nkgraph.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What a date expression means on the calendar: an exact day, month or year where the text allows it, and
 * earliest/latest bounds where it is vague ("mid-December", "early next year"). An expression with no anchor
 * (a weekday in an article with no publication date) is {@link #unresolved()}: never a guess.
 *
 * @param exact    the value as precise as the text allows, in ISO form ({@code 2025-12-03}, {@code 2024-01},
 *                 {@code 2021}), or null when only bounds are known or nothing is
 * @param earliest the first day it can mean, or null
 * @param latest   the last day it can mean, or null
 */
public record TimeValue(String exact, LocalDate earliest, LocalDate latest) {

    private static final TimeValue UNRESOLVED = new TimeValue(null, null, null);

    public TimeValue {
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            throw new IllegalArgumentException("latest " + latest + " before earliest " + earliest);
        }
    }

    public static TimeValue unresolved() {
        return UNRESOLVED;
    }

    public static TimeValue day(LocalDate d) {
        return new TimeValue(d.toString(), d, d);
    }

    public static TimeValue month(YearMonth m) {
        return new TimeValue(m.toString(), m.atDay(1), m.atEndOfMonth());
    }

    public static TimeValue year(int y) {
        return new TimeValue(Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    /** A vague span: only its bounds are known. */
    public static TimeValue between(LocalDate earliest, LocalDate latest) {
        return new TimeValue(null, Objects.requireNonNull(earliest), Objects.requireNonNull(latest));
    }

    /**
     * The month ({@code 2026-06}) or year ({@code 2026}) that holds both bounds, as far as the bounds agree; null
     * when unresolved or when they fall in different years. "Early June" is at least known to be in June.
     */
    public String commonPeriod() {
        if (earliest == null || latest == null || earliest.getYear() != latest.getYear()) {
            return exact;
        }
        if (earliest.getMonth() == latest.getMonth()) {
            return YearMonth.from(earliest).toString();
        }
        return Integer.toString(earliest.getYear());
    }

    public boolean isResolved() {
        return earliest != null || exact != null;
    }

    /** Whether the two can mean the same day: their bounds overlap (an unresolved value fits anything). */
    public boolean compatibleWith(TimeValue other) {
        if (!isResolved() || !other.isResolved()) {
            return true;
        }
        return !latest.isBefore(other.earliest) && !other.latest.isBefore(earliest);
    }
}
