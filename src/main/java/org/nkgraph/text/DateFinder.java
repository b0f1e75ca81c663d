package org.nkgraph.text;

import java.time.LocalDate;
import java.time.Year;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nkgraph.doc.PublicationDate;

/**
 * Finds the date expressions of every sentence and resolves them against the article's publication date, adding
 * one {@link DateMention} each. Requires {@link Layer#SENTENCES}; provides {@link Layer#DATES}.
 *
 * <p>The forms it knows are the patterns of {@code rules/date-patterns.tsv} over the words of
 * {@code rules/dates.tsv}. How they resolve:
 * <ul>
 * <li>a stated year is kept as stated; everything else needs the publication date and is unresolved without one
 *     (a month-day's month and day stay readable with {@link #monthDayOf(DateMention)});
 * <li>a month-day or month without a year is the last one (up to a few days after publication are allowed),
 *     or, in a sentence part with future words ("will", "scheduled"), the next one;
 * <li>a weekday is the last one before publication, or the next one in future wording; the publication day
 *     itself only when the sentence says "today" or when the day is a report date;
 * <li>a day written next to a verb of reporting ("state media said Wednesday") is a report date: its rule id
 *     ends in {@code :report}, and shifts never count from it;
 * <li>a shift ("a day earlier", "the next day", "three days after") counts from the nearest date before it in the
 *     text, or, for "after"/"before" followed by a clause, from a date later in the same sentence; when that date
 *     is unresolved or vaguer than the shift's unit (a day from "in January"), so is the shift.
 * </ul>
 *
 * <pre>
 * AnalysisPipeline p = AnalysisPipeline.of(new SentenceSplitter(models), new DateFinder(DateRules.bundled()));
 * List&lt;DateMention&gt; dates = p.analyze(document).dates();
 * </pre>
 */
public final class DateFinder implements AnalysisStage {

    private static final String REPORT = ":report";

    private final DateResolver resolver;

    public DateFinder(DateRules rules) {
        this.resolver = new DateResolver(rules);
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.DATES);
    }

    @Override
    public void process(AnalyzedDocument doc) {
        PublicationDate published = doc.document().published();
        Integer year = doc.assumedYear().map(Year::getValue).orElse(null);
        find(doc, published == null ? null : published.date(), year).forEach(doc::addDate);
    }

    /**
     * The date mentions of a document's sentences, resolved against {@code anchor} (null: none), without adding
     * them. A later pass that learns an article's date from elsewhere may call this with it.
     */
    public List<DateMention> find(AnalyzedDocument doc, LocalDate anchor) {
        return find(doc, anchor, null);
    }

    /**
     * The date mentions of a document whose publication date is unknown but whose year was inferred
     * ({@code assumedYear}; ignored when {@code anchor} is given).
     */
    public List<DateMention> find(AnalyzedDocument doc, LocalDate anchor, Integer assumedYear) {
        String text = doc.text();
        List<Sentence> sentences = doc.sentences();
        List<Found> found = new ArrayList<>();
        int claimed = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            // A date may run over a sentence break the splitter put after an abbreviation ("on 8 Jan. 2025"):
            // search on into the next sentence of the same line, keeping only what starts in this one.
            Sentence next = i + 1 < sentences.size() ? sentences.get(i + 1) : null;
            boolean sameLine = next != null && text.substring(s.end(), next.start()).indexOf('\n') < 0;
            String window = text.substring(s.start(), sameLine ? next.end() : s.end());
            for (DateExpression e : resolver.find(window)) {
                if (e.start() >= s.text().length() || s.start() + e.start() < claimed) {
                    continue;
                }
                claimed = s.start() + e.end();
                String own = window.substring(0, Math.max(s.text().length(), e.end()));
                resolve(s, own, e, anchor, assumedYear).ifPresent(found::add);
            }
        }
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.value == null) {
                found.set(i, f.withValue(resolver.shift(f.expression, reference(found, i))));
            }
        }
        return found.stream().map(Found::mention).toList();
    }

    /** One expression read in its sentence; a shift is left without a value for the second pass. */
    private Optional<Found> resolve(Sentence s, String sentenceText, DateExpression e, LocalDate anchor,
            Integer assumedYear) {
        String rest = sentenceText.substring(e.end());
        boolean clauseFollows = !rest.isBlank() && Character.isWhitespace(rest.charAt(0))
                && Character.isLetterOrDigit(rest.strip().charAt(0));
        if (resolver.isShift(e)) {
            return Optional.of(new Found(s, e, null, false, clauseFollows));
        }
        DateResolver.Context c = resolver.context(sentenceText, e, anchor, assumedYear);
        return resolver.resolve(e, c).map(v -> new Found(s, e, v, c.report(), clauseFollows));
    }

    /**
     * The value a shift counts from: for "after"/"before" with a clause after it, the first date later in the same
     * sentence if there is one ("three days after he opened it on May 3"); else the nearest date before it.
     * Report dates never count. Null when there is none.
     */
    private TimeValue reference(List<Found> found, int index) {
        Found shift = found.get(index);
        if (resolver.takesComplement(shift.expression) && shift.clauseFollows) {
            for (int j = index + 1; j < found.size() && found.get(j).sentence.index() == shift.sentence.index(); j++) {
                Found f = found.get(j);
                if (!f.report && f.value != null) {
                    return f.value;
                }
            }
        }
        for (int j = index - 1; j >= 0; j--) {
            if (!found.get(j).report) {
                return found.get(j).value;
            }
        }
        return null;
    }

    /**
     * The month and day of a mention written without a year ("On December 18"), for a pass that finds the year
     * elsewhere; empty when the mention states or counts its year, or names no day.
     */
    public static Optional<MonthDay> monthDayOf(DateMention mention) {
        return DateResolver.bundled().monthDay(mention.text());
    }

    private record Found(Sentence sentence, DateExpression expression, TimeValue value, boolean report,
            boolean clauseFollows) {

        Found withValue(TimeValue v) {
            return new Found(sentence, expression, v, report, clauseFollows);
        }

        DateMention mention() {
            String rule = expression.rule() + (report ? REPORT : "");
            return new DateMention(sentence.start() + expression.start(), sentence.start() + expression.end(),
                    expression.text(), value, sentence.index(), rule);
        }
    }
}
