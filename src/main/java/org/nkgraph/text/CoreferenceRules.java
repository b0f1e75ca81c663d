package org.nkgraph.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.rdf.model.Resource;
import org.nkgraph.sys.NkGraphException;
import org.nkgraph.text.EntityKinds.Gender;

/**
 * The rules of coreference, from {@code rules/coreference-descriptions.tsv} (descriptions such as "the North's
 * leader", "the ministry", "the city") and {@code rules/coreference-pronouns.tsv} (pronouns and settings).
 */
final class CoreferenceRules {

    private static final String DESCRIPTIONS = NamePatterns.RULES + "coreference-descriptions.tsv";
    private static final String PRONOUNS = NamePatterns.RULES + "coreference-pronouns.tsv";
    private static final int CASELESS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** What a description refers to. */
    enum Target {
        LEADER, PLACE, ORG
    }

    /**
     * One description rule.
     *
     * @param pattern    the description, matched at word boundaries
     * @param target     what kind of entity it refers to
     * @param classes    the classes the entity must have one of (places and organizations)
     * @param label      a pattern the entity's label must contain, or null
     * @param fallback   whether a reference entity stands in when the article names none
     * @param confidence the confidence of the reference
     */
    record Description(Pattern pattern, Target target, List<Resource> classes, Pattern label, boolean fallback,
            double confidence) {}

    /** Pronoun words, the gender they refer to, and whether a person known to be of it is preferred. */
    record Pronoun(Pattern pattern, Gender gender, double confidence, boolean preferKnown) {}

    final List<Description> descriptions;
    final List<Pronoun> pronouns;
    final int window;
    final Pattern surnameVerbs;
    final double surnameConfidence;
    final double surnameLeaderConfidence;

    private CoreferenceRules(List<Description> descriptions, List<Pronoun> pronouns, Map<String, String> settings) {
        this.descriptions = List.copyOf(descriptions);
        this.pronouns = List.copyOf(pronouns);
        this.window = (int) number(settings, "window");
        this.surnameVerbs = Pattern.compile("^\\s+(?:" + setting(settings, "surname.verbs") + ")\\b", CASELESS);
        this.surnameConfidence = number(settings, "confidence.surname");
        this.surnameLeaderConfidence = number(settings, "confidence.surname.leader");
    }

    static CoreferenceRules bundled(EntityKinds kinds) {
        List<Description> descriptions = new ArrayList<>();
        for (RuleFile.Row row : RuleFile.load(DESCRIPTIONS, 6).rows()) {
            descriptions.add(description(row, kinds));
        }
        List<Pronoun> pronouns = new ArrayList<>();
        Map<String, String> settings = new HashMap<>();
        for (RuleFile.Row row : RuleFile.load(PRONOUNS, 3).rows()) {
            switch (row.get(0)) {
                case "pronoun" -> pronouns.add(new Pronoun(wordPattern(row, row.get(1)), gender(row),
                        confidence(row, 3), yesNo(row, 4)));
                case "setting" -> settings.put(row.get(1), row.get(2));
                default -> throw row.error("kind must be pronoun or setting, not '" + row.get(0) + "'");
            }
        }
        return new CoreferenceRules(descriptions, pronouns, settings);
    }

    private static Description description(RuleFile.Row row, EntityKinds kinds) {
        Target target;
        try {
            target = Target.valueOf(row.get(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("target must be leader, place or org, not '" + row.get(1) + "'");
        }
        List<Resource> classes = new ArrayList<>();
        if (!row.get(2).equals("-")) {
            for (String name : row.get(2).split(",")) {
                classes.add(kinds.ontologyClass(name.strip())
                        .orElseThrow(() -> row.error("unknown ontology class '" + name.strip() + "'")));
            }
        }
        if (target != Target.LEADER && classes.isEmpty()) {
            throw row.error("a place or org description needs classes in column 3");
        }
        Pattern label = row.get(3).equals("-") ? null : compile(row, row.get(3));
        if (!row.get(4).equals("reference") && !row.get(4).equals("-")) {
            throw row.error("fallback must be reference or -, not '" + row.get(4) + "'");
        }
        return new Description(wordPattern(row, row.get(0)), target, classes, label, row.get(4).equals("reference"),
                confidence(row, 5));
    }

    private static Pattern wordPattern(RuleFile.Row row, String source) {
        return compile(row, "(?<![\\p{L}\\p{N}'’-])(?:" + source + ")(?![\\p{L}\\p{N}])");
    }

    private static Pattern compile(RuleFile.Row row, String source) {
        try {
            return Pattern.compile(source, CASELESS);
        } catch (PatternSyntaxException e) {
            throw row.error("bad pattern: " + e.getDescription());
        }
    }

    private static Gender gender(RuleFile.Row row) {
        try {
            return Gender.valueOf(row.get(2).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("gender must be female or male, not '" + row.get(2) + "'");
        }
    }

    private static double confidence(RuleFile.Row row, int column) {
        double v = row.number(column);
        if (v < 0 || v > 1) {
            throw row.error("confidence must be in [0, 1], not " + v);
        }
        return v;
    }

    private static boolean yesNo(RuleFile.Row row, int column) {
        if (!row.get(column).equals("yes") && !row.get(column).equals("no")) {
            throw row.error("column " + (column + 1) + " must be yes or no, not '" + row.get(column) + "'");
        }
        return row.get(column).equals("yes");
    }

    private static String setting(Map<String, String> settings, String key) {
        String v = settings.get(key);
        if (v == null || v.isBlank()) {
            throw new NkGraphException(PRONOUNS + ": setting '" + key + "' is missing");
        }
        return v;
    }

    private static double number(Map<String, String> settings, String key) {
        try {
            return Double.parseDouble(setting(settings, key));
        } catch (NumberFormatException e) {
            throw new NkGraphException(PRONOUNS + ": setting '" + key + "' is not a number", e);
        }
    }
}
