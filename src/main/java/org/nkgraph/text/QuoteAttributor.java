package org.nkgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides which quoted words are someone's statement and whose. A quote is attributed by a pattern after it
 * ("...," said Kim), a speech verb whose clause holds it (Kim called it a "step"), or a pattern before it
 * (According to Kim, "..."); of several, a person wins over an organization, an organization over a generic
 * speaker. A quote that the text continues after its attribution (“A,” said X, “B”) is one statement, its parts
 * joined with " ... ". A quote that opens a sentence after an attributed quote, or a paragraph after an unclosed
 * one, continues it. Quoted names and titles, quotes after naming words ("known as") and short unattributed quotes
 * are scare quotes, no one's statement; a long unattributed quote is given to the last person named in its
 * paragraph, with low confidence.
 */
final class QuoteAttributor {

    private static final String JOIN = " ... ";
    private static final String CALL = "call";
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)");
    private static final int SPLIT_GAP = 200;
    private static final int NAMING_WINDOW = 80;
    private static final double COVERED = 0.8;
    private static final double CONTINUED = 0.8;
    private static final double NEAREST = 0.4;
    private static final double UNRESOLVED = 0.5;

    private enum Source { AFTER, EMBEDDED, BEFORE, SPLIT, CONTINUED, NEAREST }

    private record Candidate(Source source, Speaker speaker, String rule, double base) {}

    /** A quote statement being built: its parts (more than one for a split quote) and attribution. */
    private static final class Found {
        final List<QuotedSpan> parts = new ArrayList<>();
        final Candidate by;

        Found(QuotedSpan first, Candidate by) {
            parts.add(first);
            this.by = by;
        }

        QuotedSpan last() {
            return parts.get(parts.size() - 1);
        }
    }

    private final StatementRules rules;
    private final AttributionFinder attributions;

    QuoteAttributor(StatementRules rules, AttributionFinder attributions) {
        this.rules = rules;
        this.attributions = attributions;
    }

    /** The quote statements of a document, given the attributions after quotes and the reported clauses. */
    List<StatementMention> quotes(StatementContext ctx, Map<QuotedSpan, AttributionFinder.Attribution> after,
            List<ReportedSpeechFinder.Clause> clauses) {
        List<Found> found = new ArrayList<>();
        Found previous = null;
        for (QuotedSpan q : ctx.quotes()) {
            if (naming(ctx, q) && !calledBy(q, clauses)) {
                continue;
            }
            Candidate best = attributed(ctx, q, after.get(q), clauses);
            boolean nameLike = nameLike(ctx, q);
            Found next = null;
            if (best != null && !(nameLike && best.source() == Source.EMBEDDED)) {
                next = new Found(q, best);
            } else if (best == null && !q.single() && !nameLike) {
                if (previous != null && splits(ctx, previous, q)) {
                    previous.parts.add(q);
                    continue;
                }
                next = unattributed(ctx, q, previous);
            }
            if (next != null) {
                found.add(next);
                previous = next;
            }
        }
        return found.stream().map(f -> statement(ctx, f)).toList();
    }

    private Candidate attributed(StatementContext ctx, QuotedSpan q, AttributionFinder.Attribution afterQuote,
            List<ReportedSpeechFinder.Clause> clauses) {
        List<Candidate> candidates = new ArrayList<>();
        if (afterQuote != null) {
            candidates.add(new Candidate(Source.AFTER, afterQuote.speaker(), afterQuote.rule(), afterQuote.base()));
        }
        for (ReportedSpeechFinder.Clause c : clauses) {
            if (c.start() <= q.open() && q.open() < Math.max(c.end(), c.start() + 1)) {
                candidates.add(new Candidate(Source.EMBEDDED, c.speaker(), "quote:embedded:" + c.verb().lemma(),
                        c.verb().confidence()));
            }
        }
        Sentence s = sentenceOf(ctx, q);
        AttributionFinder.Attribution before = s == null ? null : attributions.beforeQuote(ctx, q, s);
        if (before != null) {
            candidates.add(new Candidate(Source.BEFORE, before.speaker(), before.rule(), before.base()));
        }
        Candidate best = null;
        for (Candidate c : candidates) {
            if (best == null || rank(ctx, c.speaker()) > rank(ctx, best.speaker())) {
                best = c;
            }
        }
        return best;
    }

    /** Person over organization over generic speaker over a name nothing resolved. */
    private static int rank(StatementContext ctx, Speaker s) {
        if (s.entity() != null) {
            return ctx.isPerson(s.entity()) ? 3 : 2;
        }
        return s.generic() != null ? 1 : 0;
    }

    /** “A,” said X, “B”: B goes on in the same sentence right after A's attribution. */
    private static boolean splits(StatementContext ctx, Found previous, QuotedSpan q) {
        QuotedSpan p = previous.last();
        if (previous.by.source() != Source.AFTER && previous.by.source() != Source.SPLIT || !p.closed()) {
            return false;
        }
        if (q.open() - p.after() > SPLIT_GAP || ctx.paragraphStart(p.open()) != ctx.paragraphStart(q.open())) {
            return false;
        }
        String between = ctx.text().substring(p.after(), q.open());
        return !SENTENCE_END.matcher(between).find() && between.strip().endsWith(",");
    }

    /** A quote with no attribution of its own: the continuation of the last one, or a long quote in a paragraph. */
    private Found unattributed(StatementContext ctx, QuotedSpan q, Found previous) {
        if (previous != null && previous.by.speaker().found() && continues(ctx, previous, q)) {
            Candidate by = previous.by;
            return new Found(q, new Candidate(Source.CONTINUED, by.speaker(), "quote:continued",
                    by.base() * CONTINUED));
        }
        if (ClauseLib.words(q.text(ctx.text())) < rules.minUnattributedWords()) {
            return null;
        }
        String who = ctx.lastPersonBetween(ctx.paragraphStart(q.open()), q.open());
        if (who == null) {
            return null;
        }
        Speaker s = new Speaker(who, null, Speaker.How.NEAREST_PERSON, NEAREST);
        return new Found(q, new Candidate(Source.NEAREST, s, "quote:nearest-person", 1.0));
    }

    private static boolean continues(StatementContext ctx, Found previous, QuotedSpan q) {
        QuotedSpan p = previous.last();
        int paragraph = ctx.paragraphStart(q.open());
        if (!p.closed()) {
            // A quote left open at the end of a paragraph goes on where the next one opens with a quotation mark.
            return q.open() == paragraph && ctx.paragraphStart(p.open()) == ctx.paragraphStart(paragraph - 1);
        }
        Sentence s = sentenceOf(ctx, q);
        boolean opensSentence = s != null && ctx.text().substring(s.start(), q.open()).isBlank();
        // Someone else named in between may be the new speaker; the speaker's own attribution is no one else.
        String between = ctx.lastPersonBetween(p.after(), q.open());
        return opensSentence && ctx.paragraphStart(p.open()) == paragraph
                && (between == null || between.equals(previous.by.speaker().entity()));
    }

    /**
     * "Kim called the project “a matter of life”": a speaker's "call" whose clause holds the quote is speech, though
     * the words before the quote ("the project") would make it a name.
     */
    private static boolean calledBy(QuotedSpan q, List<ReportedSpeechFinder.Clause> clauses) {
        return clauses.stream().anyMatch(c -> c.verb().lemma().equals(CALL) && c.speaker().found()
                && c.start() <= q.open() && q.open() < c.end());
    }

    private boolean naming(StatementContext ctx, QuotedSpan q) {
        int from = Math.max(ctx.paragraphStart(q.open()), q.open() - NAMING_WINDOW);
        for (Pattern p : rules.namingContexts()) {
            if (p.matcher(ctx.text()).region(from, q.open()).find()) {
                return true;
            }
        }
        return false;
    }

    private boolean nameLike(StatementContext ctx, QuotedSpan q) {
        if (ClauseLib.titleLike(q.text(ctx.text()), rules)) {
            return true;
        }
        int length = q.end() - q.start();
        return ctx.doc().mentions().stream().anyMatch(m -> m.start() < q.end() && q.start() < m.end()
                && Math.min(m.end(), q.end()) - Math.max(m.start(), q.start()) >= COVERED * length);
    }

    private static Sentence sentenceOf(StatementContext ctx, QuotedSpan q) {
        for (Sentence s : ctx.doc().sentences()) {
            if (s.start() <= q.start() && q.start() < s.end()) {
                return s;
            }
        }
        return null;
    }

    private static StatementMention statement(StatementContext ctx, Found f) {
        String text = ctx.text();
        QuotedSpan first = f.parts.get(0);
        StringBuilder words = new StringBuilder(first.text(text));
        for (QuotedSpan part : f.parts.subList(1, f.parts.size())) {
            words.append(JOIN).append(part.text(text));
        }
        Speaker s = f.by.speaker();
        String base = f.parts.size() > 1 ? "quote:split" : f.by.rule();
        double confidence = f.by.base() * (s.found() ? s.confidence() : UNRESOLVED);
        Sentence sentence = sentenceOf(ctx, first);
        return new StatementMention(StatementMention.Kind.QUOTE, words.toString(), s.entity(), s.words(),
                sentence == null ? -1 : sentence.index(), first.start(), f.last().end(),
                StatementExtractor.rule("quote", base, s), confidence);
    }
}
