package org.nkgraph.doc;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A date stated in an article's header or metadata, with the time and zone when the source gives them.
 *
 * @param date   the calendar date as the source states it (never the date the build runs)
 * @param time   the local time, or null when the source gives none
 * @param offset the zone offset, or null when the source gives none (then the time is local and unzoned)
 * @param raw    the source's own text for the date, kept for provenance
 */
public record PublicationDate(LocalDate date, LocalTime time, ZoneOffset offset, String raw) {

    private static final DateTimeFormatter XSD_LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter XSD_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    public PublicationDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(raw, "raw");
    }

    public static PublicationDate ofDate(LocalDate date, String raw) {
        return new PublicationDate(date, null, null, raw);
    }

    /** The date and time when the source gives a time; with its offset when it gives a zone. */
    public Optional<String> dateTimeLexical() {
        if (time == null) {
            return Optional.empty();
        }
        // xsd:dateTime needs the seconds, which LocalDateTime.toString() leaves out when they are zero.
        LocalDateTime local = LocalDateTime.of(date, time);
        return Optional.of(offset == null ? local.format(XSD_LOCAL) : local.atOffset(offset).format(XSD_OFFSET));
    }
}
