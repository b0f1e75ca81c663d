package org.nkgraph.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides who the words of a subject or attribution stand for. In order: a person or organization that a mention
 * or a coreference reference in the phrase's head names (the head is the phrase up to its first preposition, so
 * "officials in Seoul" is officials and "North Korean leader Kim Jong Un" is Kim Jong Un); a generic speaker word
 * ("analysts", "state media", "the report"); "they" standing for the last group named in the paragraph; "he",
 * "she" or a one-person description ("the spokesperson") that nothing resolved, standing for the last person named
 * in the paragraph, with lower confidence; failing all these, an organization the phrase names after its head
 * ("a spokesman of the ministry"). "The report" is the organization that the paragraph says published one.
 */
final class SpeakerResolver {

    private static final Pattern HEAD_END = Pattern.compile(
            "\\b(?:of|in|at|from|with|for|on|to|by|who|which|that|whose|during|after|before|since)\\b|[,(;:]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final int MAX_HEAD_WORDS = 6;
    private static final int SUBJECT_WORDS = 3;
    private static final double PRONOUN_GROUP = 0.8;
    private static final double NEAREST_PERSON = 0.5;
    private static final double ORGANIZATION_OF_PERSON = 0.7;
    private static final double UNIT_BODY = 0.8;
    private static final int MAX_UNIT_WORDS = 2;
    private static final Pattern UNIT_OF = Pattern.compile("\\s+of\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

    private final StatementRules rules;
    private final Set<String> unitWords = new HashSet<>();

    SpeakerResolver(StatementRules rules) {
        this.rules = rules;
        RuleFile.load(OrgStructureFinder.UNIT_WORDS_FILE, 1).rows()
                .forEach(r -> unitWords.add(r.get(0).toLowerCase(Locale.ROOT)));
    }

    /** The speaker that the phrase {@code [start, end)} stands for. */
    Speaker resolve(StatementContext ctx, int start, int end) {
        String text = ctx.text();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return Speaker.NONE;
        }
        Matcher h = HEAD_END.matcher(text).region(start, end);
        int headEnd = h.find() ? h.start() : end;
        if (headEnd == start || WORD.matcher(text.substring(start, headEnd)).results().count() > MAX_HEAD_WORDS) {
            return Speaker.NONE;
        }
        Speaker named = entityIn(ctx, start, headEnd, end, false);
        if (named.found()) {
            Speaker body = bodyOfUnit(ctx, named, headEnd, end);
            return body.found() ? body : named;
        }
        Speaker described = fromWords(ctx, start, headEnd, true);
        return described.how() == Speaker.How.NONE ? organizationIn(ctx, headEnd, end) : described;
    }

    /**
     * "The Standing Committee of the Assembly announced": a bare unit name ("Standing Committee", "Presidium") that
     * the text found as a new entity of its own names no particular body; the body it is the unit of, named right
     * after it, speaks.
     */
    private Speaker bodyOfUnit(StatementContext ctx, Speaker named, int headEnd, int end) {
        String text = ctx.text();
        for (Mention m : ctx.doc().mentions()) {
            if (m.entityClass() != EntityClass.ORGANIZATION || !named.entity().equals(m.entity()) || m.end() > headEnd
                    || !text.substring(m.end(), headEnd).isBlank() || !bareUnit(ctx, m)) {
                continue;
            }
            Matcher of = UNIT_OF.matcher(text).region(m.end(), end);
            if (!of.lookingAt()) {
                continue;
            }
            for (Mention body : ctx.doc().mentions()) {
                if (body.entityClass() == EntityClass.ORGANIZATION && body.entity() != null
                        && body.start() == of.end() && body.end() <= end) {
                    return new Speaker(body.entity(), null, Speaker.How.MENTION, UNIT_BODY);
                }
            }
        }
        return Speaker.NONE;
    }

    private boolean bareUnit(StatementContext ctx, Mention m) {
        String[] words = ctx.text().substring(m.start(), m.end()).strip().split("\\s+");
        boolean minted = ctx.doc().newEntities().stream().anyMatch(e -> e.iri().equals(m.entity()));
        return minted && words.length <= MAX_UNIT_WORDS
                && unitWords.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** "The spokesman of the ministry": no person resolved, so the organization the phrase names speaks. */
    private static Speaker organizationIn(StatementContext ctx, int from, int end) {
        for (Mention m : ctx.doc().mentions()) {
            if (m.entityClass() == EntityClass.ORGANIZATION && m.entity() != null && m.start() >= from
                    && m.end() <= end && !possessive(ctx.text(), m.end())) {
                return new Speaker(m.entity(), null, Speaker.How.MENTION, ORGANIZATION_OF_PERSON);
            }
        }
        return Speaker.NONE;
    }

    /**
     * The subject of a sentence whose later verb has no subject of its own ("Kim cut the ribbon and urged ..."):
     * the first person or organization named in {@code [start, end)}, else a group word among its first words.
     */
    Speaker subjectOf(StatementContext ctx, int start, int end) {
        Speaker named = entityIn(ctx, start, end, end, true);
        if (named.found()) {
            return named;
        }
        Matcher w = WORD.matcher(ctx.text()).region(start, end);
        int limit = end;
        for (int i = 0; i < SUBJECT_WORDS && w.find(); i++) {
            limit = w.end();
        }
        Speaker generic = fromWords(ctx, start, limit, false);
        return generic.how() == Speaker.How.GENERIC ? generic : Speaker.NONE;
    }

    private Speaker entityIn(StatementContext ctx, int start, int headEnd, int end, boolean first) {
        AnalyzedDocument doc = ctx.doc();
        Speaker best = Speaker.NONE;
        int at = -1;
        for (Mention m : doc.mentions()) {
            boolean agent = m.entityClass() == EntityClass.PERSON || m.entityClass() == EntityClass.ORGANIZATION;
            if (agent && m.entity() != null && inHead(ctx, m.start(), m.end(), start, headEnd, end)
                    && better(m.start(), at, first)) {
                at = m.start();
                best = new Speaker(m.entity(), null, Speaker.How.MENTION, 1.0);
            }
        }
        for (Reference r : doc.references()) {
            // A mention at the same place wins over a reference.
            boolean candidate = inHead(ctx, r.start(), r.end(), start, headEnd, end) && r.start() != at;
            if (candidate && better(r.start(), at, first)) {
                at = r.start();
                best = new Speaker(referred(ctx, r), null, Speaker.How.REFERENCE, r.confidence());
            }
        }
        return best;
    }

    /** "He said" right after a quote someone was named for ("...," Kim said.) is that speaker going on. */
    private static String referred(StatementContext ctx, Reference r) {
        if (r.rule() != null && r.rule().startsWith("coref:pronoun") && r.text().matches("(?i)he|she")) {
            String speaker = ctx.quoteSpeakerBefore(r.start());
            if (speaker != null) {
                return speaker;
            }
        }
        return ctx.entityOf(r);
    }

    private static boolean better(int candidate, int current, boolean first) {
        return current < 0 || (first ? candidate < current : candidate > current);
    }

    private static boolean inHead(StatementContext ctx, int s, int e, int start, int headEnd, int end) {
        return s >= start && s < headEnd && e <= end && !possessive(ctx.text(), e);
    }

    private static boolean possessive(String text, int end) {
        return text.startsWith("'", end) || text.startsWith("’", end);
    }

    private Speaker fromWords(StatementContext ctx, int start, int headEnd, boolean allowName) {
        String head = ctx.text().substring(start, headEnd);
        for (StatementRules.SpeakerWord word : rules.speakerWords()) {
            if (word.kind() == StatementRules.SpeakerKind.PUBLISHER || !word.pattern().matcher(head).find()) {
                continue;
            }
            Speaker generic = new Speaker(null, word.key(), Speaker.How.GENERIC, 1.0);
            return switch (word.kind()) {
                case GROUP, MEDIA, PUBLISHER -> generic;
                case DOCUMENT -> publisherBefore(ctx, start, generic);
                case GROUP_PRONOUN -> lastGroupBefore(ctx, start);
                case PERSON_PRONOUN, PERSON_DESCRIPTION -> nearestPerson(ctx, start);
            };
        }
        return allowName && unresolvedName(ctx, start, headEnd)
                ? new Speaker(null, null, Speaker.How.UNRESOLVED_NAME, 0) : Speaker.NONE;
    }

    /** "The report": the organization that, earlier in the paragraph, published a report, else the document. */
    private Speaker publisherBefore(StatementContext ctx, int offset, Speaker otherwise) {
        int from = ctx.paragraphStart(offset);
        int at = -1;
        for (StatementRules.SpeakerWord word : rules.speakerWords()) {
            if (word.kind() == StatementRules.SpeakerKind.PUBLISHER) {
                Matcher m = word.pattern().matcher(ctx.text()).region(from, offset);
                while (m.find()) {
                    at = Math.max(at, m.start());
                }
            }
        }
        if (at < 0) {
            return otherwise;
        }
        int sentenceStart = ctx.doc().sentenceAt(at).start();
        for (Mention m : ctx.doc().mentions()) {
            if (m.entityClass() == EntityClass.ORGANIZATION && m.entity() != null && m.start() >= sentenceStart
                    && m.end() <= at && !possessive(ctx.text(), m.end())) {
                return new Speaker(m.entity(), null, Speaker.How.MENTION, ORGANIZATION_OF_PERSON);
            }
        }
        return otherwise;
    }

    /** "They": the last group or media named earlier in the paragraph. */
    private Speaker lastGroupBefore(StatementContext ctx, int offset) {
        int from = ctx.paragraphStart(offset);
        String before = ctx.text().substring(from, offset);
        int at = -1;
        String key = null;
        for (StatementRules.SpeakerWord word : rules.speakerWords()) {
            if (word.kind() != StatementRules.SpeakerKind.GROUP && word.kind() != StatementRules.SpeakerKind.MEDIA) {
                continue;
            }
            Matcher m = word.pattern().matcher(before);
            while (m.find()) {
                if (m.start() > at) {
                    at = m.start();
                    key = word.key();
                }
            }
        }
        return key == null ? Speaker.NONE : new Speaker(null, key, Speaker.How.GENERIC, PRONOUN_GROUP);
    }

    private static Speaker nearestPerson(StatementContext ctx, int offset) {
        String who = ctx.lastPersonBetween(ctx.paragraphStart(offset), offset);
        return who == null ? Speaker.NONE : new Speaker(who, null, Speaker.How.NEAREST_PERSON, NEAREST_PERSON);
    }

    /** A name ends its phrase: a capitalised last word that no mention covers is a name nothing found. */
    private static boolean unresolvedName(StatementContext ctx, int start, int headEnd) {
        Matcher w = WORD.matcher(ctx.text()).region(start, headEnd);
        int lastStart = -1;
        while (w.find()) {
            lastStart = w.start();
        }
        if (lastStart < 0 || !Character.isUpperCase(ctx.text().charAt(lastStart))) {
            return false;
        }
        int s = lastStart;
        return ctx.doc().mentions().stream().noneMatch(m -> m.start() <= s && s < m.end());
    }
}
