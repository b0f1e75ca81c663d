package org.nkgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The event rules, read from {@code rules/event-triggers.tsv} and {@code rules/event-context.tsv} (see those files
 * for what each rule means and how to add one).
 *
 * @param triggers     words that signal an event, with its class
 * @param blocks       contexts in which a trigger reports no event that happened
 * @param participants cues after which the people named took part in the last event
 * @param reportDates  what follows a date that is a report's date, not an event's
 * @param notWhen      what precedes a date that is not the event's: a deadline, a starting point
 * @param notVenues    what precedes a place that is not where the event happened
 */
public record EventRules(List<Trigger> triggers, List<Pattern> blocks, List<Cue> participants,
        List<Pattern> reportDates, List<Pattern> notWhen, List<Pattern> notVenues) {

    static final String TRIGGERS = "/org/nkgraph/text/rules/event-triggers.tsv";
    static final String CONTEXT = "/org/nkgraph/text/rules/event-context.tsv";

    /** A trigger: the pattern, the event class it signals, its confidence. */
    public record Trigger(Pattern pattern, String eventClass, double confidence, String rule) {}

    /** A participation cue, the capacity it gives, and on which side of it the participants are named. */
    public record Cue(Pattern pattern, String capacity, Side side) {}

    /** Where the people a cue speaks of stand in its sentence. */
    public enum Side {
        AFTER,
        BEFORE,
        ANY
    }

    /** The bundled rules, checked against the event classes the ontology declares. */
    public static EventRules bundled(Set<String> eventClasses) {
        List<Trigger> triggers = new ArrayList<>();
        for (RuleFile.Row row : RuleFile.load(TRIGGERS, 3).rows()) {
            String cls = row.get(1);
            if (!eventClasses.contains(cls)) {
                throw row.error("unknown event class '" + cls + "'; the ontology has " + eventClasses);
            }
            double confidence = row.number(2);
            triggers.add(new Trigger(row.pattern(0), cls, confidence, "event:" + row.line()));
        }
        List<Pattern> blocks = new ArrayList<>();
        List<Cue> cues = new ArrayList<>();
        List<Pattern> reportDates = new ArrayList<>();
        List<Pattern> notWhen = new ArrayList<>();
        List<Pattern> notVenues = new ArrayList<>();
        for (RuleFile.Row row : RuleFile.load(CONTEXT, 2).rows()) {
            switch (row.get(0)) {
                case "block" -> blocks.add(row.pattern(1));
                case "participate" -> cues.add(new Cue(row.pattern(1), row.get(2), side(row)));
                case "report-date" -> reportDates.add(row.pattern(1));
                case "not-when" -> notWhen.add(row.pattern(1));
                case "not-a-venue" -> notVenues.add(row.pattern(1));
                default -> throw row.error("unknown kind '" + row.get(0)
                        + "'; use block, participate, report-date, not-when or not-a-venue");
            }
        }
        return new EventRules(List.copyOf(triggers), List.copyOf(blocks), List.copyOf(cues),
                List.copyOf(reportDates), List.copyOf(notWhen), List.copyOf(notVenues));
    }

    private static Side side(RuleFile.Row row) {
        try {
            return Side.valueOf(row.get(3).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("column 4 must be after, before or any, not '" + row.get(3) + "'");
        }
    }
}
