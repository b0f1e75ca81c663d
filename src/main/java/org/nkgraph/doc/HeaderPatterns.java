package org.nkgraph.doc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.nkgraph.sys.NkGraphException;

/**
 * The header patterns of news text, read from {@code header-patterns.tsv} (a resource next to this class): date
 * labels, date formats, zone abbreviations, the glued date marker, the wire dateline and the words of generic
 * bylines. The file documents each kind of entry.
 *
 * <p>{@link #standard()} loads the resource once; a malformed entry fails with a {@link NkGraphException} naming
 * the file and line, so a broken pattern file stops the program at start-up rather than skewing dates later.
 *
 * <pre>
 * HeaderPatterns patterns = HeaderPatterns.standard();
 * Optional&lt;PublicationDate&gt; d = new HeaderDateParser(patterns).parse("Dec. 5, 2025");
 * </pre>
 */
public final class HeaderPatterns {

    /** The resource name, relative to this class. */
    public static final String RESOURCE = "header-patterns.tsv";

    private static HeaderPatterns standard;

    private final Pattern dateLabel;
    private final List<DateTimeFormatter> dateFormats;
    private final Map<String, ZoneOffset> zones;
    private final Pattern dateMarker;
    private final Pattern dateline;
    private final Pattern genericByline;

    private HeaderPatterns(Builder b) {
        this.dateLabel = Pattern.compile("(?i)^(?:(?<published>" + longestFirst(b.publishedLabels) + ")|(?<updated>"
                + longestFirst(b.updatedLabels) + "))\\b\\s*(?<colon>:)?\\s*(?<rest>.*)$");
        this.dateFormats = List.copyOf(b.dateFormats);
        this.zones = Map.copyOf(b.zones);
        this.dateMarker = b.dateMarker;
        this.dateline = b.dateline;
        this.genericByline = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:" + String.join("|", b.genericBylines)
                + ")(?![\\p{L}\\p{N}])");
    }

    /** The patterns of the bundled resource, loaded on first use. */
    public static synchronized HeaderPatterns standard() {
        if (standard == null) {
            try (InputStream in = HeaderPatterns.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new NkGraphException(RESOURCE + ": resource missing from the class path");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                standard = parse(RESOURCE, text);
            } catch (IOException e) {
                throw new NkGraphException(RESOURCE + ": cannot read: " + e.getMessage(), e);
            }
        }
        return standard;
    }

    /**
     * Parses pattern-file text.
     *
     * @param name the file's name, for messages
     * @throws NkGraphException naming the file and line of the first malformed entry, or the kind that is missing
     */
    public static HeaderPatterns parse(String name, String text) {
        Builder b = new Builder();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                b.add(lines[i].split("\t+"));
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new NkGraphException(name + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        String missing = b.missingKind();
        if (missing != null) {
            throw new NkGraphException(name + ": no " + missing + " entry");
        }
        return new HeaderPatterns(b);
    }

    /**
     * Matches a line that starts with a date label; groups {@code published} or {@code updated} (the label),
     * {@code colon} and {@code rest}.
     */
    Pattern dateLabel() {
        return dateLabel;
    }

    List<DateTimeFormatter> dateFormats() {
        return dateFormats;
    }

    /** The offset of a zone abbreviation, or null when the abbreviation is unknown. */
    ZoneOffset zoneOffset(String abbreviation) {
        return zones.get(abbreviation);
    }

    /** The glued date marker; group {@code date}. */
    Pattern dateMarker() {
        return dateMarker;
    }

    /** A wire dateline at the start of the body; groups {@code place} and maybe {@code agency}. */
    Pattern dateline() {
        return dateline;
    }

    /** The agency a matched dateline names, or null when it names none or the pattern has no agency group. */
    String datelineAgency(Matcher matched) {
        return dateline.pattern().contains("(?<agency>") ? ReaderLib.trimToNull(matched.group("agency")) : null;
    }

    /** True when the text contains a word of a generic byline (staff, a wire agency, a publisher). */
    boolean isGenericByline(String text) {
        return genericByline.matcher(text).find();
    }

    private static String longestFirst(List<String> alternatives) {
        List<String> sorted = new ArrayList<>(alternatives);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", sorted);
    }

    /** Collects entries; each {@code add} checks one entry and throws IllegalArgumentException when it is bad. */
    private static final class Builder {
        private final List<String> publishedLabels = new ArrayList<>();
        private final List<String> updatedLabels = new ArrayList<>();
        private final List<DateTimeFormatter> dateFormats = new ArrayList<>();
        private final Map<String, ZoneOffset> zones = new LinkedHashMap<>();
        private final List<String> genericBylines = new ArrayList<>();
        private Pattern dateMarker;
        private Pattern dateline;

        void add(String[] fields) {
            String kind = fields[0].strip();
            switch (kind) {
                case "published-label" -> publishedLabels.add(regex(kind, fields));
                case "updated-label" -> updatedLabels.add(regex(kind, fields));
                case "generic-byline" -> genericBylines.add(regex(kind, fields));
                case "date-format" -> dateFormats.add(formatter(value(kind, fields, 2)[1]));
                case "zone" -> {
                    String[] v = value(kind, fields, 3);
                    zones.put(v[1], ZoneOffset.of(v[2]));
                }
                case "date-marker" -> dateMarker = withGroups(regex(kind, fields), "date");
                case "dateline" -> dateline = withGroups(regex(kind, fields), "place");
                default -> throw new IllegalArgumentException("unknown kind '" + kind + "'");
            }
        }

        String missingKind() {
            if (publishedLabels.isEmpty()) {
                return "published-label";
            } else if (updatedLabels.isEmpty()) {
                return "updated-label";
            } else if (dateFormats.isEmpty()) {
                return "date-format";
            } else if (genericBylines.isEmpty()) {
                return "generic-byline";
            } else if (dateMarker == null) {
                return "date-marker";
            } else if (dateline == null) {
                return "dateline";
            }
            return null;
        }

        private static String[] value(String kind, String[] fields, int expected) {
            if (fields.length != expected) {
                throw new IllegalArgumentException(kind + " needs " + (expected - 1) + " tab-separated value(s), found "
                        + (fields.length - 1));
            }
            return fields;
        }

        private static String regex(String kind, String[] fields) {
            String regex = value(kind, fields, 2)[1];
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("bad regex for " + kind + ": " + e.getDescription() + " near index "
                        + e.getIndex() + " in " + regex, e);
            }
            return regex;
        }

        private static Pattern withGroups(String regex, String group) {
            if (!regex.contains("(?<" + group + ">")) {
                throw new IllegalArgumentException("regex needs a group named '" + group + "': " + regex);
            }
            return Pattern.compile(regex);
        }

        private static DateTimeFormatter formatter(String pattern) {
            return new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT);
        }
    }
}
