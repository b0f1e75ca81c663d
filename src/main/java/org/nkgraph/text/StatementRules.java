package org.nkgraph.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.nkgraph.sys.NkGraphException;

/**
 * The rule files that {@link StatementExtractor} reads: speech verbs, the words around them, speaker words,
 * attribution patterns and scare-quote rules, all under {@code /org/nkgraph/text/rules/}. A malformed row fails
 * when the rules are loaded, naming file and line.
 *
 * <pre>
 * StatementExtractor stage = new StatementExtractor(StatementRules.bundled());
 * </pre>
 */
public final class StatementRules {

    private static final String DIR = "/org/nkgraph/text/rules/";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static volatile StatementRules bundled;

    private final List<SpeechVerb> verbs;
    private final Pattern beforeVerb;
    private final Pattern afterVerb;
    private final Pattern negation;
    private final Pattern notVerb;
    private final Pattern boundary;
    private final List<SpeakerWord> speakerWords;
    private final List<AttributionPattern> attributions;
    private final List<Pattern> namingContexts;
    private final Set<String> functionWords;
    private final int minUnattributedWords;

    /** A speaker word from {@code speakers.tsv}. */
    public record SpeakerWord(Pattern pattern, String key, SpeakerKind kind) {}

    /** The kinds of speaker word. */
    public enum SpeakerKind {
        GROUP, MEDIA, DOCUMENT, PUBLISHER, GROUP_PRONOUN, PERSON_PRONOUN, PERSON_DESCRIPTION
    }

    /** Where an attribution pattern is matched. */
    public enum Where {
        QUOTE_AFTER, QUOTE_BEFORE, CLAIM_LEAD, CLAIM_TAIL
    }

    /** An attribution pattern from {@code attributions.tsv}, placeholders filled in; group "speaker" names who. */
    public record AttributionPattern(Where where, Pattern pattern, String rule, double confidence) {}

    private StatementRules(RuleFile verbFile, RuleFile context, RuleFile speakers, RuleFile attributionFile,
            RuleFile scare) {
        this.verbs = readVerbs(verbFile);
        this.beforeVerb = wordsOf(context, "before-verb");
        this.afterVerb = wordsOf(context, "after-verb");
        this.negation = wordsOf(context, "negation");
        this.notVerb = wordsOf(context, "not-verb");
        this.boundary = wordsOf(context, "boundary");
        checkKinds(context, Set.of("before-verb", "after-verb", "negation", "not-verb", "boundary"));
        this.speakerWords = readSpeakers(speakers);
        this.attributions = readAttributions(attributionFile);
        this.namingContexts = new ArrayList<>();
        this.functionWords = new HashSet<>();
        int min = -1;
        for (RuleFile.Row row : scare.rows()) {
            switch (row.get(0)) {
                case "naming" -> namingContexts.add(row.pattern(1));
                case "function-word" -> functionWords.add(row.get(1).toLowerCase(Locale.ROOT));
                case "min-words" -> min = (int) row.number(1);
                default -> throw row.error("unknown kind '" + row.get(0) + "'");
            }
        }
        if (min < 1) {
            throw new NkGraphException(scare.name() + ": a min-words row (>= 1) is required");
        }
        this.minUnattributedWords = min;
    }

    /** The rules shipped with nkgraph, loaded once. */
    public static StatementRules bundled() {
        StatementRules r = bundled;
        if (r == null) {
            synchronized (StatementRules.class) {
                r = bundled;
                if (r == null) {
                    r = new StatementRules(RuleFile.load(DIR + "speech-verbs.tsv", 5),
                            RuleFile.load(DIR + "speech-context.tsv", 2), RuleFile.load(DIR + "speakers.tsv", 3),
                            RuleFile.load(DIR + "attributions.tsv", 4), RuleFile.load(DIR + "scare-quotes.tsv", 2));
                    bundled = r;
                }
            }
        }
        return r;
    }

    /** Rules from the given files' lines, for tests of the loader; messages name the bundled file names. */
    public static StatementRules parse(List<String> verbs, List<String> context, List<String> speakers,
            List<String> attributions, List<String> scare) {
        return new StatementRules(RuleFile.parse("speech-verbs.tsv", verbs, 5),
                RuleFile.parse("speech-context.tsv", context, 2), RuleFile.parse("speakers.tsv", speakers, 3),
                RuleFile.parse("attributions.tsv", attributions, 4), RuleFile.parse("scare-quotes.tsv", scare, 2));
    }

    private static List<SpeechVerb> readVerbs(RuleFile file) {
        List<SpeechVerb> out = new ArrayList<>();
        for (RuleFile.Row row : file.rows()) {
            Pattern forms = compile(row, "\\b(?:" + row.get(0) + ")\\b");
            Set<SpeechVerb.Complement> complements = EnumSet.noneOf(SpeechVerb.Complement.class);
            for (String name : row.get(2).split(",")) {
                SpeechVerb.Complement c = SpeechVerb.Complement.named(name);
                if (c == null) {
                    throw row.error("unknown complement '" + name.strip() + "'");
                }
                complements.add(c);
            }
            Pattern requires = row.get(3).equals("-") ? null : row.pattern(3);
            double confidence = confidence(row, 4);
            out.add(new SpeechVerb(forms, row.get(1), complements, requires, confidence));
        }
        return List.copyOf(out);
    }

    private static List<SpeakerWord> readSpeakers(RuleFile file) {
        List<SpeakerWord> out = new ArrayList<>();
        for (RuleFile.Row row : file.rows()) {
            SpeakerKind kind;
            try {
                kind = SpeakerKind.valueOf(row.get(2).toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown speaker kind '" + row.get(2) + "'");
            }
            out.add(new SpeakerWord(compile(row, "\\b(?:" + row.get(0) + ")\\b"), row.get(1), kind));
        }
        return List.copyOf(out);
    }

    private List<AttributionPattern> readAttributions(RuleFile file) {
        String verbForms = verbs.stream().filter(v -> v.takes(SpeechVerb.Complement.AFTER))
                .map(v -> v.forms().pattern()).reduce((a, b) -> a + "|" + b).orElse("(?!)");
        List<AttributionPattern> out = new ArrayList<>();
        for (RuleFile.Row row : file.rows()) {
            Where where;
            try {
                where = Where.valueOf(row.get(0).toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown place '" + row.get(0) + "'");
            }
            if (!row.get(1).contains("{speaker}")) {
                throw row.error("the pattern has no {speaker}");
            }
            String regex = row.get(1)
                    .replace("{speaker}", "(?<speaker>[^,;:\"“”.!?]{1,80}?)")
                    .replace("{verb}", "(?:" + verbForms + ")")
                    .replace("{adverbs}", "(?:(?:" + beforeVerb.pattern() + ")\\s+)*")
                    .replace("{time}", "(?:" + afterVerb.pattern() + ")");
            out.add(new AttributionPattern(where, compile(row, regex), row.get(2), confidence(row, 3)));
        }
        return List.copyOf(out);
    }

    private static Pattern wordsOf(RuleFile file, String kind) {
        List<String> alternatives = file.rows().stream().filter(r -> r.get(0).equals(kind))
                .map(r -> {
                    compile(r, r.get(1));
                    return "(?:" + r.get(1) + ")";
                }).toList();
        if (alternatives.isEmpty()) {
            throw new NkGraphException(file.name() + ": no '" + kind + "' rows");
        }
        return Pattern.compile("(?:" + String.join("|", alternatives) + ")", FLAGS);
    }

    private static void checkKinds(RuleFile file, Set<String> kinds) {
        for (RuleFile.Row row : file.rows()) {
            if (!kinds.contains(row.get(0))) {
                throw row.error("unknown kind '" + row.get(0) + "'");
            }
        }
    }

    private static Pattern compile(RuleFile.Row row, String regex) {
        try {
            return Pattern.compile(regex, FLAGS);
        } catch (PatternSyntaxException e) {
            throw row.error("bad pattern: " + e.getDescription());
        }
    }

    private static double confidence(RuleFile.Row row, int column) {
        double c = row.number(column);
        if (c < 0 || c > 1) {
            throw row.error("confidence out of [0,1]: " + c);
        }
        return c;
    }

    public List<SpeechVerb> verbs() {
        return verbs;
    }

    /** One word that may stand between a speaker and its verb. */
    public Pattern beforeVerb() {
        return beforeVerb;
    }

    /** One phrase that may stand between a verb and its "that" or clause. */
    public Pattern afterVerb() {
        return afterVerb;
    }

    public Pattern negation() {
        return negation;
    }

    /** A word that, right before a verb form, makes it no speech verb. */
    public Pattern notVerb() {
        return notVerb;
    }

    /** A word that ends the stretch of text in which a verb's speaker is looked for. */
    public Pattern boundary() {
        return boundary;
    }

    public List<SpeakerWord> speakerWords() {
        return speakerWords;
    }

    public List<AttributionPattern> attributions(Where where) {
        return attributions.stream().filter(a -> a.where() == where).toList();
    }

    /** Patterns matched at the end of the text before a quotation mark that make the quote a name. */
    public List<Pattern> namingContexts() {
        return List.copyOf(namingContexts);
    }

    public boolean isFunctionWord(String word) {
        return functionWords.contains(word.toLowerCase(Locale.ROOT));
    }

    public int minUnattributedWords() {
        return minUnattributedWords;
    }
}
