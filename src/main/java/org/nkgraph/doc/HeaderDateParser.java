package org.nkgraph.doc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a date as news headers and metadata state it: ISO forms ({@code 2025-12-05T14:30:00+09:00}), RFC 1123
 * ({@code Fri, 05 Dec 2025 09:00:00 GMT}) and the English shapes listed as {@code date-format} entries of
 * {@link HeaderPatterns}, with an optional time and zone ({@code 2025-12-05 14:30 KST},
 * {@code December 5, 2025 at 2:30 p.m. ET}).
 *
 * <p>A known zone abbreviation gives the offset; an unknown one keeps the time without an offset. Text that is
 * not a complete date (no year, an ambiguous {@code 05/12/2025}, an impossible day) gives no date at all: nothing
 * is guessed. Instances are immutable and thread-safe.
 *
 * <pre>
 * HeaderDateParser dates = new HeaderDateParser(HeaderPatterns.standard());
 * dates.parse("08 Jan. 2025, 17:48"); // 2025-01-08, 17:48, no offset, raw "08 Jan. 2025, 17:48"
 * </pre>
 */
public final class HeaderDateParser {

    /** A time, optionally with a.m./p.m., then a zone: an abbreviation, a numeric offset or GMT+9. */
    private static final Pattern TIME_AND_ZONE = Pattern.compile(
            "^(?<main>.*\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*(?i:[ap]\\.?m\\.?))?)\\s*\\(?"
                    + "(?<zone>[+-]\\d{2}:?\\d{2}|(?:GMT|UTC)\\s*[+-]\\d{1,2}(?::?\\d{2})?|\\p{Lu}{1,5})\\)?$");
    /** A zone after a date without a time: dropped, since an offset means nothing without a time. */
    private static final Pattern DATE_AND_ZONE = Pattern.compile("^(?<main>.*\\d)\\s+\\(?(?<zone>\\p{Lu}{2,5})\\)?$");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\.?,?\\s+");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)(?:[a-z]*)\\.?(?=\\s|,|\\d|$)");
    private static final Pattern AM_PM = Pattern.compile("(?i)(?<=[\\d\\s])([ap])\\.?m\\.?(?=\\s|$)");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] MONTH_KEYS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    private final HeaderPatterns patterns;

    public HeaderDateParser(HeaderPatterns patterns) {
        this.patterns = patterns;
    }

    /**
     * The date the text states, with its time and offset when given; empty when the text is not a complete date.
     * The returned date's {@code raw} is the text as given, stripped.
     */
    public Optional<PublicationDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String raw = text.strip();
        Optional<PublicationDate> iso = parseIso(raw);
        if (iso.isPresent()) {
            return iso;
        }
        String main = raw;
        ZoneOffset offset = null;
        Matcher tz = TIME_AND_ZONE.matcher(raw);
        Matcher dz = DATE_AND_ZONE.matcher(raw);
        if (tz.matches() && !isMeridiem(tz.group("zone"))) {
            main = tz.group("main");
            offset = offsetOf(tz.group("zone"));
        } else if (dz.matches() && !isMeridiem(dz.group("zone"))) {
            main = dz.group("main");
        }
        String cleaned = clean(main);
        for (DateTimeFormatter format : patterns.dateFormats()) {
            Optional<PublicationDate> date = tryFormat(format, cleaned, offset, raw);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<PublicationDate> parseIso(String raw) {
        try {
            OffsetDateTime odt = OffsetDateTime.parse(raw, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return Optional.of(new PublicationDate(odt.toLocalDate(), odt.toLocalTime(), odt.getOffset(), raw));
        } catch (DateTimeParseException e) {
            // not ISO with an offset; try the next shape
        }
        try {
            LocalDateTime ldt = LocalDateTime.parse(raw, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            return Optional.of(new PublicationDate(ldt.toLocalDate(), ldt.toLocalTime(), null, raw));
        } catch (DateTimeParseException e) {
            // not a local ISO date-time
        }
        try {
            OffsetDateTime odt = OffsetDateTime.parse(raw, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(new PublicationDate(odt.toLocalDate(), odt.toLocalTime(), odt.getOffset(), raw));
        } catch (DateTimeParseException e) {
            // RFC 1123 with a zone name other than GMT is handled by the formats
        }
        return Optional.empty();
    }

    private Optional<PublicationDate> tryFormat(DateTimeFormatter format, String text, ZoneOffset offset,
            String raw) {
        TemporalAccessor parsed;
        try {
            parsed = format.parse(text);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        LocalDate date = parsed.query(TemporalQueries.localDate());
        if (date == null) {
            return Optional.empty();
        }
        LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? parsed.query(TemporalQueries.localTime()) : null;
        return Optional.of(new PublicationDate(date, time, time == null ? null : offset, raw));
    }

    private static boolean isMeridiem(String zone) {
        return zone.equalsIgnoreCase("AM") || zone.equalsIgnoreCase("PM");
    }

    private ZoneOffset offsetOf(String zone) {
        ZoneOffset known = patterns.zoneOffset(zone);
        if (known != null || Character.isLetter(zone.charAt(zone.length() - 1))) {
            return known;
        }
        String numeric = zone.replaceFirst("^(?:GMT|UTC)\\s*", "");
        try {
            return ZoneOffset.of(numeric);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Reduces an English date to the canonical form the {@code date-format} patterns expect. */
    static String clean(String text) {
        String s = text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        s = WEEKDAY.matcher(s).replaceFirst("");
        s = s.replaceFirst("(?i)^on ", "");
        s = MONTH.matcher(s).replaceAll(m -> monthName(m.group(1)) + " ");
        s = ORDINAL.matcher(s).replaceAll("$1");
        s = AM_PM.matcher(s).replaceAll(m -> " " + m.group(1).toUpperCase(Locale.ROOT) + "M");
        s = s.replaceAll("(?i)\\s+at\\s+", " ").replace(",", " ");
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String monthName(String key) {
        String k = key.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < MONTH_KEYS.length; i++) {
            if (MONTH_KEYS[i].equals(k)) {
                return MONTH_NAMES[i];
            }
        }
        throw new IllegalStateException("month pattern matched no month: " + key);
    }
}
