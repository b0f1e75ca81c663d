package org.nkgraph.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches the patterns of {@code rules/attributions.tsv}: attributions that stand after a quote ("...," said Kim),
 * before one (According to Kim, "..."), or around a reported clause (According to the agency, ... / ..., state
 * media said).
 */
final class AttributionFinder {

    /**
     * A matched attribution.
     *
     * @param rule    the pattern's rule id
     * @param base    the pattern's confidence
     * @param start   where the match starts in the document text
     * @param end     where it ends
     * @param speaker who it names
     */
    record Attribution(String rule, double base, int start, int end, Speaker speaker) {}

    private static final Pattern APPOSED = Pattern.compile(
            "\\s*(?<subject>[^,;:\"“”]+),\\s+(?:a|an|the|one)\\s+[^,;:\"“”]+", Pattern.CASE_INSENSITIVE);

    /** An attribution pattern with the gate that spares searching text that lacks its words. */
    private record Gated(StatementRules.AttributionPattern rule, LiteralGate gate) {}

    private final Map<StatementRules.Where, List<Gated>> patterns = new EnumMap<>(StatementRules.Where.class);
    private final SpeakerResolver resolver;

    AttributionFinder(StatementRules rules, SpeakerResolver resolver) {
        for (StatementRules.Where where : StatementRules.Where.values()) {
            patterns.put(where, rules.attributions(where).stream()
                    .map(p -> new Gated(p, LiteralGate.of(p.pattern()))).toList());
        }
        this.resolver = resolver;
    }

    /** The attribution right after a closed quote, in the rest of its paragraph, or null. */
    Attribution afterQuote(StatementContext ctx, QuotedSpan q) {
        if (!q.closed()) {
            return null;
        }
        return match(ctx, StatementRules.Where.QUOTE_AFTER, q.after(), ctx.paragraphEnd(q.after()));
    }

    /** The attribution that ends right before a quote's opening mark, in its sentence, or null. */
    Attribution beforeQuote(StatementContext ctx, QuotedSpan q, Sentence sentence) {
        if (q.open() <= sentence.start()) {
            return null;
        }
        return match(ctx, StatementRules.Where.QUOTE_BEFORE, sentence.start(), q.open());
    }

    /** An attribution that opens a sentence ("According to X, ..."), or null. */
    Attribution lead(StatementContext ctx, Sentence sentence) {
        return match(ctx, StatementRules.Where.CLAIM_LEAD, sentence.start(), sentence.end());
    }

    /** An attribution that closes a sentence ("..., X said."), or null. */
    Attribution tail(StatementContext ctx, Sentence sentence) {
        Attribution a = match(ctx, StatementRules.Where.CLAIM_TAIL, sentence.start(), sentence.end());
        return a == null || apposedSubject(ctx, sentence.start(), a.start()) ? null : a;
    }

    /**
     * "Choi, a researcher at the institute, said the leader ...": what stands before the comma is the verb's subject
     * and its apposition, not a claim, so the verb is no closing attribution.
     */
    private boolean apposedSubject(StatementContext ctx, int from, int comma) {
        Matcher m = APPOSED.matcher(ctx.text()).region(from, comma);
        return m.matches() && resolver.resolve(ctx, from, m.end("subject")).found();
    }

    /** The first pattern that matches in the region and names a speaker (or a name nothing resolved). */
    private Attribution match(StatementContext ctx, StatementRules.Where where, int from, int to) {
        LiteralGate.Text folded = LiteralGate.fold(ctx.text().substring(from, to));
        for (Gated gated : patterns.get(where)) {
            if (!gated.gate().admits(folded)) {
                continue;
            }
            StatementRules.AttributionPattern p = gated.rule();
            Matcher m = p.pattern().matcher(ctx.text()).region(from, to);
            if (!m.find()) {
                continue;
            }
            Speaker speaker = resolver.resolve(ctx, m.start("speaker"), m.end("speaker"));
            if (speaker.found() || speaker.how() == Speaker.How.UNRESOLVED_NAME) {
                return new Attribution(p.rule(), p.confidence(), m.start(), m.end(), speaker);
            }
        }
        return null;
    }
}
