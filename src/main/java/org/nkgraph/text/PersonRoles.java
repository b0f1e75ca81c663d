package org.nkgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkgraph.text.EntityKinds.Gender;

/**
 * What the words around a person's name say about the person, from {@code rules/person-roles.tsv}: the title before
 * it, the apposition after it, or a byline line. Gives the person's class, a gender when the text states one, and
 * whether a title stands right before the name (which licenses a non-Korean name).
 */
final class PersonRoles {

    private static final String FILE = NamePatterns.RULES + "person-roles.tsv";
    private static final String PERSON = "Person";
    // The words right before a name: a title is short ("Secretary of State", "Unification Minister").
    private static final int BEFORE_WORDS = 8;
    private static final Pattern APPOSITION_END = Pattern.compile("[,;.)(—–]");

    private enum Side {
        BEFORE, AFTER, LINE
    }

    private record Rule(Side side, Pattern pattern, LiteralGate gate, String className, Gender gender) {}

    /**
     * What the context says.
     *
     * @param className the person's ontology class (local name)
     * @param gender    the gender the text states, or UNKNOWN
     * @param titled    whether a title stands right before the name
     */
    record Role(String className, Gender gender, boolean titled) {}

    private final List<Rule> rules;

    private PersonRoles(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static PersonRoles bundled(EntityKinds kinds, NamePatterns patterns) {
        List<Rule> rules = new ArrayList<>();
        for (RuleFile.Row row : RuleFile.load(FILE, 4).rows()) {
            Side side;
            Gender gender;
            try {
                side = Side.valueOf(row.get(0).toUpperCase(Locale.ROOT));
                gender = row.get(3).equals("-") ? Gender.UNKNOWN : Gender.valueOf(row.get(3).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("side must be before, after or line and gender female, male or -");
            }
            if (kinds.ontologyClass(row.get(2)).isEmpty()) {
                throw row.error("unknown ontology class '" + row.get(2) + "'");
            }
            Pattern pattern = patterns.compileCaseless(row, 1);
            rules.add(new Rule(side, pattern, LiteralGate.of(pattern), row.get(2), gender));
        }
        return new PersonRoles(rules);
    }

    /** What the context of the name at {@code [start, end)} in sentence {@code s} of {@code text} says. */
    Role describe(String text, Sentence s, int start, int end) {
        String before = before(text, s, start);
        String after = apposition(text, s, end);
        String lineBefore = lineBefore(text, start);
        boolean lineEnds = restOfLine(text, end).isBlank();
        String className = PERSON;
        Gender gender = Gender.UNKNOWN;
        boolean titled = false;
        LiteralGate.Text beforeFolded = LiteralGate.fold(before);
        LiteralGate.Text afterFolded = after == null ? null : LiteralGate.fold(after);
        LiteralGate.Text lineFolded = lineEnds ? LiteralGate.fold(lineBefore) : null;
        for (Rule r : rules) {
            boolean hit = switch (r.side) {
                case BEFORE -> r.gate.admits(beforeFolded) && r.pattern.matcher(before).find();
                case AFTER -> after != null && r.gate.admits(afterFolded) && r.pattern.matcher(after).find();
                case LINE -> lineEnds && r.gate.admits(lineFolded) && r.pattern.matcher(lineBefore).find();
            };
            if (!hit) {
                continue;
            }
            titled |= r.side == Side.BEFORE;
            if (className.equals(PERSON) && !r.className.equals(PERSON)) {
                className = r.className;
            }
            if (gender == Gender.UNKNOWN) {
                gender = r.gender;
            }
        }
        return new Role(className, gender, titled);
    }

    /** True if a title stands right before the offset (a non-Korean name there is a person's). */
    boolean titledAt(String text, Sentence s, int start) {
        String before = before(text, s, start);
        LiteralGate.Text folded = LiteralGate.fold(before);
        return rules.stream().anyMatch(r -> r.side == Side.BEFORE && r.gate.admits(folded)
                && r.pattern.matcher(before).find());
    }

    private static String before(String text, Sentence s, int start) {
        String window = text.substring(s.start(), start).stripTrailing();
        String[] words = window.split("\\s+");
        int from = Math.max(0, words.length - BEFORE_WORDS);
        return String.join(" ", List.of(words).subList(from, words.length));
    }

    // The apposition after a name: ", president of the University of ..." up to the next comma or full stop.
    private static String apposition(String text, Sentence s, int end) {
        String rest = text.substring(end, s.end());
        if (!rest.startsWith(",") && !rest.startsWith(" (")) {
            return null;
        }
        String body = rest.substring(rest.indexOf(rest.startsWith(",") ? ',' : '(') + 1);
        Matcher m = APPOSITION_END.matcher(body);
        return m.find() ? body.substring(0, m.start()).strip() : body.strip();
    }

    private static String lineBefore(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        return text.substring(lineStart, start);
    }

    private static String restOfLine(String text, int end) {
        int lineEnd = text.indexOf('\n', end);
        return text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
    }
}
