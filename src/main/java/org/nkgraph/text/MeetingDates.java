package org.nkgraph.text;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few date expressions that place a meeting or a policy in time ("in 2021", "in January last year",
 * "mid-December", "early next year", "in February"), found in a sentence and resolved against an anchor date
 * (the publication date). A stand-in for the date stage's resolver, kept in this one class so that it can be
 * swapped for it: {@link #resolve(String, LocalDate, boolean)} has its shape. Without an anchor, only an
 * expression that names its year resolves; nothing is guessed.
 */
final class MeetingDates {

    /** A date expression in a text; offsets are the text's. */
    record Phrase(int start, int end, String text) {}

    private static final String MONTH = "(?<month>january|february|march|april|may|june|july|august|september"
            + "|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?"
            + "|oct\\.?|nov\\.?|dec\\.?)";
    private static final String PART = "(?:(?<part>early|mid|late|the\\s+end\\s+of|end\\s+of)[-\\s]+)?";
    private static final String RELATIVE = "(?<relative>last|next|this|the\\s+previous|the\\s+following)\\s+year";
    private static final Pattern EXPRESSION = Pattern.compile("(?<![\\p{L}\\p{N}])(?:in\\s+|by\\s+|since\\s+)?(?:"
            + PART + MONTH + "\\s+(?:(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?(?:(?<year>\\d{4})|" + RELATIVE + ")"
            + "|(?<relmonth>last|next|this)\\s+" + MONTH.replace("month", "month2")
            + "|" + PART.replace("part", "part2") + MONTH.replace("month", "month3") + "(?![\\p{L}])"
            + "(?:\\s+(?<day3>\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}]))?"
            + "|" + PART.replace("part", "part4") + "(?:" + RELATIVE.replace("relative", "relative4")
            + "|(?<year4>(?:19|20)\\d{2})(?![\\p{N}]))"
            + ")", Pattern.CASE_INSENSITIVE);

    private MeetingDates() {}

    /** The date expressions in a text, in order. */
    static List<Phrase> find(String text) {
        List<Phrase> out = new ArrayList<>();
        Matcher m = EXPRESSION.matcher(text);
        while (m.find()) {
            // Month names are capitalised: "may" and "march" in running text are verbs.
            String month = m.group("month") != null ? m.group("month")
                    : m.group("month2") != null ? m.group("month2") : m.group("month3");
            if (month == null || Character.isUpperCase(month.charAt(0))) {
                out.add(new Phrase(m.start(), m.end(), m.group()));
            }
        }
        return out;
    }

    /**
     * What an expression means, read against the anchor. A month without a year ("in February") is the next such
     * month when {@code future} (the sentence speaks of what will be), else the last one up to the anchor.
     */
    static TimeValue resolve(String expression, LocalDate anchor, boolean future) {
        Matcher m = EXPRESSION.matcher(expression.strip());
        if (!m.matches()) {
            return TimeValue.unresolved();
        }
        if (m.group("month") != null) {
            Integer year = m.group("year") != null ? Integer.valueOf(m.group("year"))
                    : relativeYear(m.group("relative"), anchor);
            return year == null ? TimeValue.unresolved() : month(YearMonth.of(year, month(m.group("month"))),
                    m.group("part"), m.group("day"));
        }
        if (m.group("month2") != null) {
            return relativeMonth(month(m.group("month2")), m.group("relmonth"), anchor);
        }
        if (m.group("month3") != null) {
            return bareMonth(month(m.group("month3")), m.group("part2"), m.group("day3"), anchor, future);
        }
        Integer year = m.group("year4") != null ? Integer.valueOf(m.group("year4"))
                : relativeYear(m.group("relative4"), anchor);
        return year == null ? TimeValue.unresolved() : year(year, m.group("part4"));
    }

    /** "last January": the last such month before the anchor's; "next January" the first after it. */
    private static TimeValue relativeMonth(Month month, String relative, LocalDate anchor) {
        if (anchor == null) {
            return TimeValue.unresolved();
        }
        String rel = relative.toLowerCase(Locale.ROOT);
        int year = anchor.getYear();
        if (rel.equals("last") && month.getValue() >= anchor.getMonthValue()) {
            year--;
        } else if (rel.equals("next") && month.getValue() <= anchor.getMonthValue()) {
            year++;
        }
        return TimeValue.month(YearMonth.of(year, month));
    }

    /** A month without a year: the next such month when speaking of what will be, else the last one. */
    private static TimeValue bareMonth(Month month, String part, String day, LocalDate anchor, boolean future) {
        if (anchor == null) {
            return TimeValue.unresolved();
        }
        int year = anchor.getYear();
        if (future && month.getValue() < anchor.getMonthValue()) {
            year++;
        } else if (!future && month.getValue() > anchor.getMonthValue()) {
            year--;
        }
        return month(YearMonth.of(year, month), part, day);
    }

    private static Integer relativeYear(String relative, LocalDate anchor) {
        if (relative == null || anchor == null) {
            return null;
        }
        String r = relative.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (r) {
            case "last", "the previous" -> anchor.getYear() - 1;
            case "next", "the following" -> anchor.getYear() + 1;
            default -> anchor.getYear();
        };
    }

    private static Month month(String written) {
        String w = written.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3))) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + written);
    }

    /** A month, or its early (1-10), middle (11-20) or late (21-end) part, or one day of it. */
    private static TimeValue month(YearMonth ym, String part, String day) {
        if (day != null) {
            int d = Integer.parseInt(day);
            return d >= 1 && d <= ym.lengthOfMonth() ? TimeValue.day(ym.atDay(d)) : TimeValue.unresolved();
        }
        if (part == null) {
            return TimeValue.month(ym);
        }
        return switch (part.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "early" -> TimeValue.between(ym.atDay(1), ym.atDay(10));
            case "mid" -> TimeValue.between(ym.atDay(11), ym.atDay(20));
            default -> TimeValue.between(ym.atDay(21), ym.atEndOfMonth());
        };
    }

    /** A year, or its early (January-April), middle (May-August) or late (September-December) part. */
    private static TimeValue year(int y, String part) {
        if (part == null) {
            return TimeValue.year(y);
        }
        return switch (part.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "early" -> TimeValue.between(LocalDate.of(y, 1, 1), LocalDate.of(y, 4, 30));
            case "mid" -> TimeValue.between(LocalDate.of(y, 5, 1), LocalDate.of(y, 8, 31));
            default -> TimeValue.between(LocalDate.of(y, 9, 1), LocalDate.of(y, 12, 31));
        };
    }
}
