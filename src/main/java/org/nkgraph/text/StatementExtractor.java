package org.nkgraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what people and organizations said or claimed: direct quotes ({@link StatementMention.Kind#QUOTE}) and
 * reported speech ({@link StatementMention.Kind#CLAIM}), each with its speaker, stored as a claim by that speaker,
 * never as a fact.
 *
 * <p>Requires {@link Layer#SENTENCES}, {@link Layer#MENTIONS} and {@link Layer#COREFERENCE} (so "he", "Kim" or
 * "the North's leader" resolve through {@link AnalyzedDocument#references()}); provides {@link Layer#STATEMENTS}.
 *
 * <p>What it finds:
 * <ul>
 * <li>quotes: the words between quotation marks, without the marks; a quote split by its attribution
 *     (“A,” said X, “B”) is one statement whose text joins the parts with " ... " and whose offsets run from the
 *     first part's first character to the last part's last (the attribution lies between them);</li>
 * <li>claims: the clause a speech verb reports ("Officials claim that <i>forty sites ...</i>"), from after the
 *     verb (or its "that") to the end of the clause, without the sentence's full stop; and the sentence around
 *     an "according to X" or a closing "..., X said.";</li>
 * <li>speakers: a person or organization the attribution names, else a reference the coreference stage resolved,
 *     else, for "he", "she" or "the spokesperson" that nothing resolved, the last person named earlier in the
 *     paragraph (rule suffix ":nearest-person", lower confidence). A generic speaker ("analysts", "state media",
 *     "the report") names no entity: the speaker is null and the rule id says who, e.g.
 *     "claim:generic:analysts". A quote whose attribution names someone no mention covers keeps a null speaker
 *     (rule suffix ":unresolved"); a claim whose subject is no speaker is not kept.</li>
 * </ul>
 * The verbs, the words around them, speaker words, attribution patterns and scare-quote rules are the files of
 * {@link StatementRules}.
 *
 * <pre>
 * AnalysisPipeline p = AnalysisPipeline.of(splitter, tokenizer, gazetteer, names, coreference,
 *         new StatementExtractor(StatementRules.bundled()));
 * for (StatementMention s : p.analyze(document).statements()) { ... }
 * </pre>
 */
public final class StatementExtractor implements AnalysisStage {

    private final QuoteScanner scanner = new QuoteScanner();
    private final AttributionFinder attributions;
    private final ReportedSpeechFinder speech;
    private final QuoteAttributor quotes;

    public StatementExtractor(StatementRules rules) {
        SpeakerResolver resolver = new SpeakerResolver(rules);
        this.attributions = new AttributionFinder(rules, resolver);
        this.speech = new ReportedSpeechFinder(rules, resolver);
        this.quotes = new QuoteAttributor(rules, attributions);
    }

    @Override
    public String name() {
        return "statements";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.MENTIONS, Layer.COREFERENCE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.STATEMENTS);
    }

    @Override
    public void process(AnalyzedDocument doc) {
        StatementContext ctx = new StatementContext(doc, scanner.scan(doc.text()));
        Map<QuotedSpan, AttributionFinder.Attribution> after = new IdentityHashMap<>();
        List<int[]> skip = new ArrayList<>();
        for (QuotedSpan q : ctx.quotes()) {
            AttributionFinder.Attribution a = attributions.afterQuote(ctx, q);
            if (a != null) {
                after.put(q, a);
                ctx.noteQuoteSpeaker(a.end(), a.speaker().entity());
                skip.add(new int[] {a.start(), a.end()});
            }
        }
        List<StatementMention> found = new ArrayList<>();
        List<ReportedSpeechFinder.Clause> allClauses = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            allClauses.addAll(claims(ctx, s, skip, found));
        }
        found.addAll(quotes.quotes(ctx, after, allClauses));
        distinct(found).forEach(doc::addStatement);
    }

    /** Adds the sentence's claims to {@code out}; returns its reported clauses, which may hold quotes. */
    private List<ReportedSpeechFinder.Clause> claims(StatementContext ctx, Sentence s, List<int[]> skip,
            List<StatementMention> out) {
        AttributionFinder.Attribution lead = attributions.lead(ctx, s);
        AttributionFinder.Attribution tail = attributions.tail(ctx, s);
        List<int[]> ranges = new ArrayList<>(skip);
        int limit = s.end();
        if (tail != null) {
            ranges.add(new int[] {tail.start(), tail.end()});
            limit = tail.start();
        }
        if (lead != null) {
            ranges.add(new int[] {lead.start(), lead.end()});
            add(ctx, s, lead, lead.end(), limit, out);
        }
        if (tail != null && !quoteMarkAround(ctx.text(), tail.start())) {
            add(ctx, s, tail, lead != null ? lead.end() : s.start(), tail.start(), out);
        }
        List<ReportedSpeechFinder.Clause> clauses = speech.find(ctx, s, limit, ranges);
        for (ReportedSpeechFinder.Clause c : clauses) {
            if (!mostlyQuoted(ctx, c.start(), c.end())) {
                String rule = rule("claim", "claim:" + c.verb().lemma(), c.speaker());
                out.add(new StatementMention(StatementMention.Kind.CLAIM, ctx.text().substring(c.start(), c.end()),
                        c.speaker().entity(), c.speaker().words(), s.index(), c.start(), c.end(), rule,
                        c.verb().confidence() * c.speaker().confidence()));
            }
        }
        return clauses;
    }

    private static void add(StatementContext ctx, Sentence s, AttributionFinder.Attribution a, int from, int to,
            List<StatementMention> out) {
        String text = ctx.text();
        int start = from;
        while (start < to && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = ClauseLib.trimEnd(text, start, to);
        if (end <= start || !a.speaker().found() || "\"“‘".indexOf(text.charAt(start)) >= 0
                || mostlyQuoted(ctx, start, end) || ClauseLib.words(text.substring(start, end)) < 2) {
            return;
        }
        out.add(new StatementMention(StatementMention.Kind.CLAIM, text.substring(start, end), a.speaker().entity(),
                a.speaker().words(), s.index(), start, end, rule("claim", a.rule(), a.speaker()), a.base() * a.speaker().confidence()));
    }

    /** A closing attribution right after a quotation mark attributes the quote, not a claim. */
    private static boolean quoteMarkAround(String text, int comma) {
        boolean before = comma > 0 && "\"”’".indexOf(text.charAt(comma - 1)) >= 0;
        boolean after = comma + 1 < text.length() && "\"”’".indexOf(text.charAt(comma + 1)) >= 0;
        return before || after;
    }

    /** Mostly a quote: the quote stands for it. */
    private static boolean mostlyQuoted(StatementContext ctx, int start, int end) {
        return 2 * ctx.quotedChars(start, end) >= end - start;
    }

    /** One statement per kind and span: the surest. */
    private static List<StatementMention> distinct(List<StatementMention> found) {
        Map<String, StatementMention> best = new LinkedHashMap<>();
        for (StatementMention m : found) {
            best.merge(m.kind() + ":" + m.start() + ":" + m.end(), m,
                    (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        List<StatementMention> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingInt(StatementMention::start).thenComparing(StatementMention::kind));
        return out;
    }

    /**
     * The rule id of a statement: for a generic speaker "{kind}:generic:{word}" (the word says who), else the
     * pattern's rule with ":nearest-person" or ":unresolved" added when the speaker is a guess or unknown.
     */
    static String rule(String kind, String base, Speaker speaker) {
        if (speaker.generic() != null) {
            return kind + ":generic:" + speaker.generic();
        }
        return switch (speaker.how()) {
            case NEAREST_PERSON -> base.endsWith(":nearest-person") ? base : base + ":nearest-person";
            case UNRESOLVED_NAME -> base + ":unresolved";
            default -> base;
        };
    }
}
