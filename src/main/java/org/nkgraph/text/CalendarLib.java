package org.nkgraph.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** Calendar arithmetic for date resolution: periods, yearless dates, weekdays near an anchor, vague parts. */
final class CalendarLib {

    private CalendarLib() {}

    /** A stretch of days and how precisely the text named it (a day, week, month or year). */
    record Period(LocalDate start, LocalDate end, ChronoUnit precision) {

        static Period day(LocalDate d) {
            return new Period(d, d, ChronoUnit.DAYS);
        }

        static Period week(LocalDate anyDay) {
            LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new Period(monday, monday.plusDays(6), ChronoUnit.WEEKS);
        }

        static Period month(YearMonth m) {
            return new Period(m.atDay(1), m.atEndOfMonth(), ChronoUnit.MONTHS);
        }

        static Period year(int y) {
            return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), ChronoUnit.YEARS);
        }

        /** The value as precise as the period: a week has no ISO form the graph uses, so only its bounds. */
        TimeValue value() {
            return switch (precision) {
                case DAYS -> TimeValue.day(start);
                case MONTHS -> TimeValue.month(YearMonth.from(start));
                case YEARS -> TimeValue.year(start.getYear());
                default -> TimeValue.between(start, end);
            };
        }
    }

    /** A period counted from the anchor: this (0), last (-1) or next (+1) week, month or year. */
    static Period relative(ChronoUnit unit, LocalDate anchor, int offset) {
        return switch (unit) {
            case WEEKS -> Period.week(anchor.plusWeeks(offset));
            case MONTHS -> Period.month(YearMonth.from(anchor).plusMonths(offset));
            case YEARS -> Period.year(anchor.getYear() + offset);
            default -> throw new IllegalArgumentException("no relative period of " + unit);
        };
    }

    /**
     * A month and day without a year: in the anchor's year, unless that is more than {@code tolerance} days after
     * the anchor (then the year before: news reports the past); in future wording the next one on or after it.
     */
    static LocalDate yearless(MonthDay md, LocalDate anchor, boolean future, int tolerance) {
        LocalDate d = md.atYear(anchor.getYear());
        if (future) {
            return d.isBefore(anchor) ? md.atYear(anchor.getYear() + 1) : d;
        }
        return d.isAfter(anchor.plusDays(tolerance)) ? md.atYear(anchor.getYear() - 1) : d;
    }

    /** A month without a year, by the same reading as {@link #yearless(MonthDay, LocalDate, boolean, int)}. */
    static YearMonth yearless(Month month, LocalDate anchor, boolean future, int tolerance) {
        YearMonth m = YearMonth.of(anchor.getYear(), month);
        if (future) {
            return m.atEndOfMonth().isBefore(anchor) ? m.plusYears(1) : m;
        }
        return m.atDay(1).isAfter(anchor.plusDays(tolerance)) ? m.minusYears(1) : m;
    }

    /** "last January" (-1): the last such month before the anchor's; "next January" (+1): the next one after. */
    static YearMonth relative(Month month, LocalDate anchor, int offset) {
        YearMonth current = YearMonth.from(anchor);
        YearMonth m = YearMonth.of(anchor.getYear(), month);
        if (offset < 0 && !m.isBefore(current)) {
            return m.minusYears(1);
        }
        if (offset > 0 && !m.isAfter(current)) {
            return m.plusYears(1);
        }
        return m;
    }

    /** The weekday nearest the anchor going back (or forward), the anchor itself included only if asked. */
    static LocalDate weekday(DayOfWeek day, LocalDate anchor, boolean forward, boolean inclusive) {
        if (forward) {
            return anchor.with(inclusive ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.next(day));
        }
        return anchor.with(inclusive ? TemporalAdjusters.previousOrSame(day) : TemporalAdjusters.previous(day));
    }

    /** The part of a period a vague word covers: days of a month, months of a year, or up to/from the anchor. */
    static TimeValue narrow(Period p, DateLexicon.Part part, LocalDate anchor) {
        boolean anchorInside = anchor != null && !anchor.isBefore(p.start()) && !anchor.isAfter(p.end());
        switch (part.kind()) {
            case TO_ANCHOR:
                return anchorInside ? TimeValue.between(p.start(), anchor) : p.value();
            case FROM_ANCHOR:
                return anchorInside ? TimeValue.between(anchor, p.end()) : p.value();
            default:
                break;
        }
        if (p.precision() == ChronoUnit.MONTHS) {
            YearMonth m = YearMonth.from(p.start());
            int last = Math.min(part.days()[1], m.lengthOfMonth());
            return TimeValue.between(m.atDay(part.days()[0]), m.atDay(last));
        }
        if (p.precision() == ChronoUnit.YEARS) {
            int y = p.start().getYear();
            return TimeValue.between(YearMonth.of(y, part.months()[0]).atDay(1),
                    YearMonth.of(y, part.months()[1]).atEndOfMonth());
        }
        return p.value();
    }

    /**
     * A value shifted by whole units: days and weeks from an exact day, months from a value within one month,
     * years from one within one year. Anything vaguer gives an unresolved value: no guess.
     */
    static TimeValue shift(TimeValue from, int amount, ChronoUnit unit) {
        if (!from.isResolved() || from.earliest() == null) {
            return TimeValue.unresolved();
        }
        LocalDate a = from.earliest();
        LocalDate b = from.latest();
        return switch (unit) {
            case DAYS, WEEKS -> a.equals(b) ? TimeValue.day(a.plus(amount, unit)) : TimeValue.unresolved();
            case MONTHS -> YearMonth.from(a).equals(YearMonth.from(b))
                    ? TimeValue.month(YearMonth.from(a).plusMonths(amount)) : TimeValue.unresolved();
            case YEARS -> a.getYear() == b.getYear() ? TimeValue.year(a.getYear() + amount) : TimeValue.unresolved();
            default -> TimeValue.unresolved();
        };
    }
}
