package org.nkgraph.doc;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the header at the top of a plain-text news article: a headline, date lines ("Published: 08 Jan. 2025,
 * 17:48", "Updated Dec. 5, 2025", a bare "December 5, 2025"), bylines ("By Jane Doe in Seoul", "Staff Reporter", a
 * name in capitals), a date marker glued before the first sentence ("date 2025-12-05 ...") and a wire dateline
 * opening the body ("SEOUL, Dec. 5 (Yonhap) -- ").
 *
 * <p>The first line is a headline only when the next non-blank line is a header line, or when it is short, does
 * not end like a sentence and has text after it; a first line that reads as a sentence is body. Header lines are
 * taken while they follow one another (blank lines between are allowed); the body starts at the first line that
 * is not one. Header lines may hold several parts separated by {@code |} or {@code ·}.
 */
final class TextHeaderScanner {

    /** Headlines are short: longer first lines are body paragraphs. */
    private static final int MAX_HEADLINE_CHARS = 200;
    private static final int MAX_HEADLINE_WORDS = 30;
    /** A date line holds a label and a date; a longer line is a sentence that mentions a date. */
    private static final int MAX_DATE_LINE_CHARS = 80;
    /** No header line is longer (a byline of several names with roles at most); longer lines are body. */
    private static final int MAX_HEADER_LINE_CHARS = 300;

    /** Separates the parts of a header line: "By Jane Doe | Published: ..." */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\u00B7\u2022]\\s+");

    private final HeaderPatterns patterns;
    private final HeaderDateParser dates;
    private final BylineParser bylines;

    TextHeaderScanner(HeaderPatterns patterns) {
        this.patterns = patterns;
        this.dates = new HeaderDateParser(patterns);
        this.bylines = new BylineParser(patterns);
    }

    /** Scans normalised text (LF line ends, stripped). */
    TextHeader scan(String text) {
        HeaderLine header = HeaderLine.NONE;
        String title = null;
        int from = 0;
        String first = lineAt(text, 0);
        if (classify(first, false) == null) {
            int next = nextNonBlank(text, first.length());
            boolean nextIsHeader = next < text.length() && classify(lineAt(text, next), true) != null;
            if (next < text.length() && (nextIsHeader || looksLikeHeadline(first))) {
                title = ReaderLib.trimToNull(first);
                from = next;
            }
        }
        int bodyStart = text.length();
        for (int at = from; at < text.length(); at = nextNonBlank(text, at)) {
            String line = lineAt(text, at);
            HeaderLine found = classify(line, title != null || at > 0);
            if (found == null) {
                bodyStart = at;
                break;
            }
            header = header.merge(found);
            if (found.consumed() < line.length()) {
                bodyStart = at + found.consumed();
                break;
            }
            at += line.length();
        }
        return withDateline(text, bodyStart, title, header);
    }

    /** Takes a wire dateline off the start of the body; its place and agency fill the dateline and byline. */
    private TextHeader withDateline(String text, int bodyStart, String title, HeaderLine header) {
        Byline byline = header.byline();
        String dateline = byline == null ? null : byline.dateline();
        int start = bodyStart;
        Matcher m = patterns.dateline().matcher(text).region(bodyStart, text.length());
        if (m.lookingAt()) {
            start = m.end();
            if (dateline == null) {
                dateline = ReaderLib.placeName(m.group("place"));
            }
            String agency = patterns.datelineAgency(m);
            if (byline == null && agency != null) {
                byline = new Byline(agency.strip(), null, null);
            }
        }
        return new TextHeader(title, header.published(), header.updated(), byline == null ? null : byline.text(),
                byline == null ? null : byline.author(), dateline, start);
    }

    /** The header content of a line, or null when the line is not a header line. */
    private HeaderLine classify(String line, boolean capitalsAllowed) {
        String s = line.strip();
        Matcher marker = patterns.dateMarker().matcher(s);
        if (marker.lookingAt()) {
            PublicationDate date = dates.parse(marker.group("date")).orElse(null);
            int leading = line.indexOf(s.charAt(0));
            return new HeaderLine(date, null, null, leading + marker.end());
        }
        if (s.length() > MAX_HEADER_LINE_CHARS) {
            return null;
        }
        // "Dec. 5, 2025 | 09:00 KST" is one date whose parts a separator splits
        HeaderLine whole = classifyDate(SEPARATOR.matcher(s).replaceAll(" "));
        if (whole != null && (whole.published() != null || whole.updated() != null)) {
            return whole;
        }
        HeaderLine merged = HeaderLine.NONE;
        for (String part : SEPARATOR.split(s)) {
            HeaderLine found = classifyDate(part);
            if (found == null) {
                Optional<Byline> byline = bylines.parseLine(part, capitalsAllowed);
                found = byline.map(b -> new HeaderLine(null, null, b, Integer.MAX_VALUE)).orElse(null);
            }
            if (found == null) {
                return null;
            }
            merged = merged.merge(found);
        }
        return merged;
    }

    private HeaderLine classifyDate(String part) {
        if (part.length() > MAX_DATE_LINE_CHARS) {
            return null;
        }
        Matcher label = patterns.dateLabel().matcher(part);
        if (label.matches()) {
            Optional<PublicationDate> date = dates.parse(label.group("rest"));
            if (date.isEmpty() && label.group("colon") == null) {
                return null;
            }
            PublicationDate d = date.orElse(null);
            boolean published = label.group("published") != null;
            return new HeaderLine(published ? d : null, published ? null : d, null, Integer.MAX_VALUE);
        }
        return dates.parse(part).map(d -> new HeaderLine(d, null, null, Integer.MAX_VALUE)).orElse(null);
    }

    private static boolean looksLikeHeadline(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_HEADLINE_CHARS || s.split("\\s+").length > MAX_HEADLINE_WORDS) {
            return false;
        }
        int firstLetter = s.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse('a');
        return !Character.isLowerCase(firstLetter) && !ReaderLib.endsLikeSentence(s);
    }

    private static String lineAt(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The start of the next non-blank line at or after {@code from}, or the text's length. */
    private static int nextNonBlank(String text, int from) {
        int at = from;
        while (at < text.length()) {
            String line = lineAt(text, at);
            if (!line.isBlank()) {
                return at;
            }
            at += line.length() + 1;
        }
        return text.length();
    }

    /**
     * The header content of one line.
     *
     * @param consumed how many characters of the line belong to the header (less than its length for a glued marker)
     */
    private record HeaderLine(PublicationDate published, PublicationDate updated, Byline byline, int consumed) {
        static final HeaderLine NONE = new HeaderLine(null, null, null, Integer.MAX_VALUE);

        /** This line's content, completed by the other's where this has none: the first statement wins. */
        HeaderLine merge(HeaderLine other) {
            return new HeaderLine(published != null ? published : other.published,
                    updated != null ? updated : other.updated, byline != null ? byline : other.byline,
                    Math.min(consumed, other.consumed));
        }
    }
}
