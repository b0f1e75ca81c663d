package org.nkgraph.text;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.nkgraph.sys.NkGraphException;

/**
 * The date words of {@code dates.tsv}: month and weekday names, vague parts, relative words, units, counts,
 * directions, and the cue words for future, same-day and report readings. See the file for what each kind means.
 */
final class DateLexicon {

    /** Which share of a period a vague part word covers. */
    enum PartKind { RANGE, TO_ANCHOR, FROM_ANCHOR }

    /**
     * A vague part ("early", "the end of").
     *
     * @param kind      a fixed range, or the share of the period before or after the publication date
     * @param days      first and last day within a month (31 = the last day) for a range
     * @param months    first and last month within a year for a range
     * @param adjective whether it is written straight before the period ("early December")
     */
    record Part(PartKind kind, int[] days, int[] months, boolean adjective) {}

    /** A shift word: its sign, and whether it may take a clause after it whose date it counts from. */
    record Direction(int sign, boolean complement) {}

    private final Map<String, Integer> months = new HashMap<>();
    private final List<String> monthNames = new ArrayList<>();
    private final List<String> monthSpellings = new ArrayList<>();
    private final Map<String, Integer> weekdays = new LinkedHashMap<>();
    private final List<String> weekdaySpellings = new ArrayList<>();
    private final List<String> prepositions = new ArrayList<>();
    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final Map<String, Integer> relatives = new LinkedHashMap<>();
    private final Map<String, ChronoUnit> units = new LinkedHashMap<>();
    private final List<String> singularUnits = new ArrayList<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, Direction> directions = new LinkedHashMap<>();
    private final Map<String, Integer> deictics = new LinkedHashMap<>();
    private final Map<String, List<String>> cues = new HashMap<>();
    private final Map<String, Integer> settings = new HashMap<>();

    DateLexicon(RuleFile file) {
        for (RuleFile.Row row : file.rows()) {
            read(row);
        }
        for (String kind : List.of("month", "weekday", "preposition", "part", "relative", "unit", "number",
                "direction", "future", "report")) {
            if (kind.equals("month") ? months.isEmpty() : words(kind).isEmpty()) {
                throw new NkGraphException(file.name() + ": no '" + kind + "' words");
            }
        }
        if (!settings.containsKey("past-tolerance-days")) {
            throw new NkGraphException(file.name() + ": setting past-tolerance-days is missing");
        }
    }

    private void read(RuleFile.Row row) {
        String kind = row.get(0);
        List<String> spellings = List.of(row.get(1).split("\\s*\\|\\s*"));
        for (String word : spellings) {
            if (word.isEmpty()) {
                throw row.error("empty spelling in column 2");
            }
            String key = key(word);
            switch (kind) {
                case "month" -> addMonth(row, word);
                case "weekday" -> {
                    weekdays.put(key, intIn(row, 1, 7));
                    weekdaySpellings.add(word);
                }
                case "part" -> parts.put(key, part(row));
                case "relative" -> relatives.put(key, intIn(row, -1, 1));
                case "unit" -> addUnit(row, key);
                case "number" -> numbers.put(key, intIn(row, 1, 99));
                case "direction" -> directions.put(key, new Direction(intIn(row, -1, 1), complement(row)));
                case "deictic" -> deictics.put(key, intIn(row, -7, 7));
                case "setting" -> settings.put(word, intIn(row, 0, 366));
                case "preposition" -> prepositions.add(word);
                case "future", "same-day", "report" -> cues.computeIfAbsent(kind, k -> new ArrayList<>()).add(word);
                default -> throw row.error("unknown kind '" + kind + "'");
            }
        }
    }

    private void addMonth(RuleFile.Row row, String word) {
        months.put(key(word), intIn(row, 1, 12));
        monthSpellings.add(word);
        String extra = row.get(3);
        if (extra.isEmpty()) {
            monthNames.add(word);
        } else if (!extra.equals("abbreviation")) {
            throw row.error("column 4 of a month must be empty or 'abbreviation', not '" + extra + "'");
        }
    }

    private void addUnit(RuleFile.Row row, String key) {
        units.put(key, unit(row));
        String extra = row.get(3);
        if (extra.isEmpty()) {
            singularUnits.add(key);
        } else if (!extra.equals("plural")) {
            throw row.error("column 4 of a unit must be empty or 'plural', not '" + extra + "'");
        }
    }

    private static int intIn(RuleFile.Row row, int min, int max) {
        int v = (int) row.number(2);
        if (v != row.number(2) || v < min || v > max) {
            throw row.error("column 3 must be a whole number in " + min + ".." + max + ", not '" + row.get(2) + "'");
        }
        return v;
    }

    private static ChronoUnit unit(RuleFile.Row row) {
        return switch (row.get(2)) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "year" -> ChronoUnit.YEARS;
            default -> throw row.error("unit must be day, week, month or year, not '" + row.get(2) + "'");
        };
    }

    private static boolean complement(RuleFile.Row row) {
        String extra = row.get(3);
        if (!extra.isEmpty() && !extra.equals("complement")) {
            throw row.error("column 4 of a direction must be empty or 'complement', not '" + extra + "'");
        }
        return !extra.isEmpty();
    }

    private static Part part(RuleFile.Row row) {
        String days = row.get(2);
        String form = row.get(4);
        if (!form.equals("adjective") && !form.equals("noun")) {
            throw row.error("column 5 of a part must be 'adjective' or 'noun', not '" + form + "'");
        }
        boolean adjective = form.equals("adjective");
        if (days.equals("start-anchor") || days.equals("anchor-end")) {
            if (!row.get(3).equals(days)) {
                throw row.error("a part relative to the publication date must say so in columns 3 and 4");
            }
            return new Part(days.startsWith("start") ? PartKind.TO_ANCHOR : PartKind.FROM_ANCHOR, null, null,
                    adjective);
        }
        return new Part(PartKind.RANGE, range(row, days, 31), range(row, row.get(3), 12), adjective);
    }

    private static int[] range(RuleFile.Row row, String text, int max) {
        String[] ends = text.split("-");
        try {
            int first = Integer.parseInt(ends[0].strip());
            int last = Integer.parseInt(ends[ends.length - 1].strip());
            if (ends.length == 2 && 1 <= first && first <= last && last <= max) {
                return new int[] {first, last};
            }
        } catch (NumberFormatException e) {
            // reported below with the row
        }
        throw row.error("'" + text + "' is not a range first-last within 1.." + max);
    }

    static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    Integer month(String word) {
        return months.get(key(word));
    }

    Integer weekday(String word) {
        return weekdays.get(key(word));
    }

    Part part(String word) {
        return parts.get(key(word));
    }

    Integer relative(String word) {
        return relatives.get(key(word));
    }

    ChronoUnit unit(String word) {
        return units.get(key(word));
    }

    Integer number(String word) {
        return word.chars().allMatch(Character::isDigit) ? Integer.valueOf(word) : numbers.get(key(word));
    }

    Direction direction(String word) {
        return directions.get(key(word));
    }

    Integer deictic(String word) {
        return deictics.get(key(word));
    }

    int pastToleranceDays() {
        return settings.get("past-tolerance-days");
    }

    /** The spellings of one kind, for building patterns. */
    List<String> words(String kind) {
        return switch (kind) {
            case "month" -> monthSpellings;
            case "month-name" -> monthNames;
            case "weekday" -> weekdaySpellings;
            case "preposition" -> prepositions;
            case "part" -> List.copyOf(parts.keySet());
            case "part-adjective" -> parts.entrySet().stream().filter(e -> e.getValue().adjective())
                    .map(Map.Entry::getKey).toList();
            case "relative" -> List.copyOf(relatives.keySet());
            case "unit" -> singularUnits;
            case "units" -> List.copyOf(units.keySet());
            case "number" -> List.copyOf(numbers.keySet());
            case "direction" -> List.copyOf(directions.keySet());
            case "deictic" -> List.copyOf(deictics.keySet());
            default -> cues.getOrDefault(kind, List.of());
        };
    }

    /** A pattern that finds any of the cue words of a kind as whole words. */
    Pattern cuePattern(String kind) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + DatePatterns.alternation(words(kind)) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
