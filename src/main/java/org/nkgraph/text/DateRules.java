package org.nkgraph.text;

import java.util.regex.Pattern;

/**
 * The rules of date finding: the date words of {@code rules/dates.tsv} and the expression patterns of
 * {@code rules/date-patterns.tsv} (both files document their columns). A malformed row fails here, naming its file
 * and line.
 *
 * <pre>
 * DateFinder finder = new DateFinder(DateRules.bundled());
 * </pre>
 */
public final class DateRules {

    private static final String LEXICON = "/org/nkgraph/text/rules/dates.tsv";
    private static final String PATTERNS = "/org/nkgraph/text/rules/date-patterns.tsv";

    private static volatile DateRules bundled;

    private final DateLexicon lexicon;
    private final DatePatterns patterns;
    private final Pattern future;
    private final Pattern sameDay;
    private final Pattern report;

    private DateRules(RuleFile lexiconFile, RuleFile patternFile) {
        this.lexicon = new DateLexicon(lexiconFile);
        this.patterns = new DatePatterns(patternFile, lexicon);
        this.future = lexicon.cuePattern("future");
        this.sameDay = lexicon.cuePattern("same-day");
        this.report = lexicon.cuePattern("report");
    }

    /** The rules that ship with nkgraph, read once. */
    public static DateRules bundled() {
        DateRules r = bundled;
        if (r == null) {
            synchronized (DateRules.class) {
                if (bundled == null) {
                    bundled = load(LEXICON, PATTERNS);
                }
                r = bundled;
            }
        }
        return r;
    }

    /** Rules from other classpath resources, in the formats of the bundled files. */
    public static DateRules load(String lexiconResource, String patternResource) {
        return of(RuleFile.load(lexiconResource, 3), RuleFile.load(patternResource, 2));
    }

    /** Rules from rule files already read (tests build them with {@link RuleFile#parse}). */
    static DateRules of(RuleFile lexicon, RuleFile patterns) {
        return new DateRules(lexicon, patterns);
    }

    DateLexicon lexicon() {
        return lexicon;
    }

    DatePatterns patterns() {
        return patterns;
    }

    /** Words that put a sentence part in the future ("will", "scheduled"). */
    Pattern future() {
        return future;
    }

    /** Words that let a weekday be the publication day ("today"). */
    Pattern sameDay() {
        return sameDay;
    }

    /** Verbs of reporting ("said", "reported"). */
    Pattern report() {
        return report;
    }
}
