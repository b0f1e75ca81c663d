package org.nkgraph.text;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The meeting rules ({@code rules/meetings.tsv}), the calendar of numbered meetings
 * ({@code rules/meeting-calendar.tsv}) and the tense cues ({@code rules/meeting-cues.tsv}), with every class and
 * organizer checked against the ontology and the reference data at start-up.
 */
final class MeetingRules {

    static final String FILE = "/org/nkgraph/text/rules/meetings.tsv";
    static final String CALENDAR_FILE = "/org/nkgraph/text/rules/meeting-calendar.tsv";
    static final String CUES_FILE = "/org/nkgraph/text/rules/meeting-cues.tsv";

    // A meeting of a series falls within this many years of the one before it (five-year party congresses, with
    // some delay), so a time after the last known one and within this is the next one.
    private static final int SUCCESSOR_YEARS = 6;

    /** What identifies a meeting that has no number. */
    enum Period { YEAR, MONTH }

    /** One meeting rule; {@code organizer} is the default organizer's IRI. */
    record Rule(String id, Pattern pattern, String className, String organizer, String organizerClass,
            String organizerKey, String kindKey, String name, Period period, double confidence) {}

    /** A numbered meeting of the calendar. */
    record Known(String className, String organizer, int ordinal, YearMonth month) {}

    private final List<Rule> rules = new ArrayList<>();
    private final List<Known> calendar = new ArrayList<>();
    private final Pattern future;
    private final Pattern past;

    MeetingRules(RuleFile file, RuleFile calendarFile, RuleFile cues, NumberWords numbers, ReferenceLookup lookup) {
        Map<String, String> placeholders = new HashMap<>(MaskedSentence.PLACEHOLDERS);
        placeholders.put("ORDINAL", numbers.ordinalRegex());
        for (RuleFile.Row row : file.rows()) {
            String className = ontologyClass(row, 2, lookup);
            String organizerClass = ontologyClass(row, 4, lookup);
            String organizer = organizer(row, 3, organizerClass, lookup);
            String[] key = row.get(5).split("/");
            if (key.length != 2 || key[0].isEmpty() || key[1].isEmpty()) {
                throw row.error("key must be organizer/kind, not '" + row.get(5) + "'");
            }
            Period period;
            try {
                period = Period.valueOf(row.get(7).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("period must be year or month, not '" + row.get(7) + "'");
            }
            rules.add(new Rule(row.get(0), PatternLib.compile(row, 1, placeholders), className, organizer,
                    organizerClass, key[0], key[1], row.get(6), period, PatternLib.confidence(row, 8)));
        }
        for (RuleFile.Row row : calendarFile.rows()) {
            try {
                calendar.add(new Known(ontologyClass(row, 0, lookup), organizer(row, 1, "Organization", lookup),
                        (int) row.number(2), YearMonth.parse(row.get(3))));
            } catch (DateTimeParseException e) {
                throw row.error("month must be YYYY-MM, not '" + row.get(3) + "'");
            }
        }
        this.future = cue(cues, "future");
        this.past = cue(cues, "past");
    }

    static MeetingRules bundled(NumberWords numbers, ReferenceLookup lookup) {
        return new MeetingRules(RuleFile.load(FILE, 9), RuleFile.load(CALENDAR_FILE, 4), RuleFile.load(CUES_FILE, 2),
                numbers, lookup);
    }

    private static String ontologyClass(RuleFile.Row row, int column, ReferenceLookup lookup) {
        String name = row.get(column);
        if (lookup.ontologyClass(name).isEmpty()) {
            throw row.error("'" + name + "' is not a class of the ontology");
        }
        return name;
    }

    private static String organizer(RuleFile.Row row, int column, String className, ReferenceLookup lookup) {
        return lookup.entityNamed(row.get(column), className).orElseThrow(() -> row.error(
                "no single reference organization of class " + className + " is named '" + row.get(column) + "'"));
    }

    private static Pattern cue(RuleFile cues, String tense) {
        List<String> patterns = new ArrayList<>();
        for (RuleFile.Row row : cues.rows()) {
            if (!row.get(0).equals("future") && !row.get(0).equals("past")) {
                throw row.error("tense must be future or past, not '" + row.get(0) + "'");
            }
            if (row.get(0).equals(tense)) {
                patterns.add("(?:" + row.pattern(1).pattern() + ")");
            }
        }
        return Pattern.compile(patterns.isEmpty() ? "(?!)" : String.join("|", patterns), Pattern.CASE_INSENSITIVE);
    }

    List<Rule> rules() {
        return rules;
    }

    /** The numbers of the calendar's meetings of this class and organizer that opened within the time. */
    List<Integer> ordinalsWithin(String className, String organizer, TimeValue time) {
        List<Known> series = calendar.stream()
                .filter(k -> k.className().equals(className) && k.organizer().equals(organizer))
                .toList();
        List<Integer> within = series.stream()
                .filter(k -> !k.month().atDay(1).isAfter(time.latest()) && !k.month().atEndOfMonth().isBefore(
                        time.earliest()))
                .map(Known::ordinal)
                .toList();
        return within.isEmpty() ? successor(series, time) : within;
    }

    /**
     * The number of the meeting after the calendar's last one of a series, for a time after it but within one
     * usual interval (the party holds a congress every five years): no other meeting of the series can lie
     * between them. Nothing for any other time.
     */
    private static List<Integer> successor(List<Known> series, TimeValue time) {
        return series.stream()
                .max((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
                .filter(last -> time.earliest().isAfter(last.month().atEndOfMonth())
                        && time.latest().isBefore(last.month().atDay(1).plusYears(SUCCESSOR_YEARS)))
                .map(last -> List.of(last.ordinal() + 1))
                .orElse(List.of());
    }

    boolean future(CharSequence text) {
        return future.matcher(text).find();
    }

    boolean past(CharSequence text) {
        return past.matcher(text).find();
    }
}
