package org.nkgraph.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises bylines and tells a byline that names people from a generic one (staff, a wire agency, a
 * publisher: the {@code generic-byline} entries of {@link HeaderPatterns}).
 *
 * <p>A byline is a short line of names and generic words: "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe
 * in Seoul", "Jane Doe, Staff Reporter", "Korea Herald staff", and, where the caller allows it, a name in capitals
 * ("JANE DOE"). A name has two to five capitalised words; anything else ("By the end of the year, ...") makes the
 * line body text.
 */
final class BylineParser {

    private static final Pattern BY = Pattern.compile("(?i)^by\\s+(?<rest>.+)$");
    private static final Pattern IN_PLACE = Pattern.compile(
            "^(?<names>.+?)\\s+in\\s+(?<place>\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,3})$");
    private static final Pattern EMAIL = Pattern.compile(
            "\\s*[\\[(<]?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+[\\])>]?\\s*$");
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*(?:[,;&/]|\\band\\b)\\s*");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'\u2019.-]*");
    private static final Set<String> PARTICLES = Set.of("al", "bin", "da", "de", "del", "der", "di", "dos", "du", "el",
            "la", "le", "van", "von", "y");
    /** Longer lines are body text even when they start with "By". */
    private static final int MAX_WORDS = 14;
    /** A generic byline without "By" is a short label, not a sentence that happens to say "staff". */
    private static final int MAX_GENERIC_WORDS = 8;

    private final HeaderPatterns patterns;

    BylineParser(HeaderPatterns patterns) {
        this.patterns = patterns;
    }

    /**
     * The byline a header line states, or empty when the line is not a byline.
     *
     * @param capitalsAllowed whether a bare name in capitals counts (true in a header after the headline)
     */
    Optional<Byline> parseLine(String line, boolean capitalsAllowed) {
        String s = line.strip();
        int words = s.split("\\s+").length;
        if (s.isEmpty() || words > MAX_WORDS || ReaderLib.endsLikeSentence(s)) {
            return Optional.empty();
        }
        Matcher by = BY.matcher(s);
        if (by.matches()) {
            Names names = names(by.group("rest"));
            boolean named = names != null && (names.generic || !names.people.isEmpty());
            return named ? Optional.of(names.byline(s)) : Optional.empty();
        }
        Names names = names(s);
        if (names == null) {
            return Optional.empty();
        }
        if (names.generic && words <= MAX_GENERIC_WORDS) {
            return Optional.of(names.byline(s));
        }
        boolean capitals = s.equals(s.toUpperCase(Locale.ROOT)) && names.people.size() == 1
                && names.place == null && words <= 4;
        return capitalsAllowed && capitals ? Optional.of(names.byline(s)) : Optional.empty();
    }

    /**
     * The author a metadata field (HTML meta author, a JSON Lines {@code author}) names: the field without a leading
     * "By", or null when it is blank or generic.
     */
    String authorOf(String value) {
        String s = ReaderLib.trimToNull(value);
        if (s == null) {
            return null;
        }
        Matcher by = BY.matcher(s);
        String rest = by.matches() ? by.group("rest").strip() : s;
        Names names = names(rest);
        if (names != null) {
            return names.author();
        }
        return patterns.isGenericByline(rest) ? null : rest;
    }

    /** The people, generic words and place of a byline's text, or null when a part is neither name nor generic. */
    private Names names(String text) {
        String s = EMAIL.matcher(text).replaceFirst("").strip();
        String place = null;
        Matcher in = IN_PLACE.matcher(s);
        if (in.matches()) {
            s = in.group("names");
            place = ReaderLib.placeName(in.group("place"));
        }
        Names names = new Names(place);
        for (String part : PART_SEPARATOR.split(s)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (patterns.isGenericByline(p)) {
                names.generic = true;
            } else if (isPersonName(p)) {
                names.people.add(p);
            } else {
                return null;
            }
        }
        return names;
    }

    private static boolean isPersonName(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 2 || words.length > 5 || !NAME_WORD.matcher(words[0]).matches()) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() && !PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** What a byline's text names. */
    private static final class Names {
        private final List<String> people = new ArrayList<>();
        private final String place;
        private boolean generic;

        Names(String place) {
            this.place = place;
        }

        /** The people as one name, joined the way English lists them ("A, B and C"), or null. */
        String author() {
            return ReaderLib.joinNames(people);
        }

        Byline byline(String text) {
            return new Byline(text, author(), place);
        }
    }
}
