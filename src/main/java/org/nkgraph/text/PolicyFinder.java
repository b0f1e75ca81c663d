package org.nkgraph.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkgraph.vocab.NKGID;

/**
 * Finds what sentences say of policies: who introduced a policy, at which meeting and when, and its yearly target
 * and duration. The policy a sentence speaks of is a policy it names, a plan it names by kind ("a five-year
 * economic plan", identified by the meeting or year of its adoption) or words that stand for the policy last
 * named ("the initiative"). One instance reads one document at a time.
 */
final class PolicyFinder {

    private static final String PLAN_CLASS = "Policy";
    private static final int ANAPHOR_WINDOW = 3;
    private static final int MAX_OBJECT_GAP = 80;
    private static final int MAX_SUBJECT_GAP = 60;
    private static final int MAX_DATE_GAP = 100;
    private static final Pattern BREAK = Pattern.compile("[;:]");
    private static final Pattern PLAN_WORD = Pattern.compile("\\bplan$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEETING_PREPOSITION = Pattern.compile(
            "\\b(?:at|during|in|by|on)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSIVE_AGENT = Pattern.compile("^\\s+by\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    // A verb that takes a policy named before it ("the initiative Kim introduced during ...", "the plans
    // established by ...") has no object of its own: what follows it is a preposition, a time or the clause's end.
    private static final Pattern NO_OBJECT = Pattern.compile(
            "^(?:\\s*[,.;:)\"”]|\\s*$"
                    + "|\\s+(?:by|during|at|in|on|last|this|earlier|since|when|after|before|under|as|with)\\b)",
            Pattern.CASE_INSENSITIVE);

    private final PolicyNames names;
    private final PolicyCues cues;
    private final NumberWords numbers;

    PolicyFinder(PolicyNames names, PolicyCues cues, NumberWords numbers) {
        this.names = names;
        this.cues = cues;
        this.numbers = numbers;
    }

    void find(AnalyzedDocument doc, List<MeetingIdentity.Identified> meetings, ReferenceLookup lookup) {
        names.addMentions(doc);
        EntitySpans spans = EntitySpans.of(doc, lookup);
        List<PolicySpot> spots = new ArrayList<>();
        List<Introduction> intros = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            List<PolicySpot> here = spots(doc, sentence, spans, spots);
            spots.addAll(here);
            intros.addAll(introductions(doc, sentence, here, spans, meetings));
        }
        new PlanIdentity(names).identify(doc, spots, intros, meetings);
        resolveAnaphors(spots);
        new PolicyFacts(cues, numbers).emit(doc, spots, intros);
    }

    private List<PolicySpot> spots(AnalyzedDocument doc, Sentence sentence, EntitySpans spans,
            List<PolicySpot> earlier) {
        List<PolicySpot> out = new ArrayList<>();
        for (EntitySpan s : spans.in(sentence.index())) {
            if (s.is(EntityClass.POLICY)) {
                out.add(PolicySpot.named(s.start(), s.end(), sentence.index(), s.entity()));
            }
        }
        for (PolicyNames.PlanMatch p : names.plans(doc, sentence)) {
            String before = clauseBefore(doc, sentence, p.start());
            out.add(PolicySpot.plan(p, sentence.index(), cues.hedged(before)));
        }
        for (Pattern anaphor : cues.anaphor()) {
            Matcher m = anaphor.matcher(sentence.text());
            while (m.find()) {
                int start = sentence.start() + m.start();
                int end = sentence.start() + m.end();
                if (out.stream().noneMatch(o -> o.start < end && start < o.end)) {
                    out.add(anaphorOrPlan(doc, sentence, start, end, earlier));
                }
            }
        }
        for (Pattern pronoun : cues.pronoun()) {
            Matcher m = pronoun.matcher(sentence.text());
            if (m.find()) {
                int start = sentence.start() + m.start();
                int end = sentence.start() + m.end();
                if (out.stream().noneMatch(o -> o.start < end && start < o.end)) {
                    out.add(PolicySpot.anaphor(start, end, sentence.index(), 1));
                }
            }
        }
        out.sort(Comparator.comparingInt(o -> o.start));
        return out;
    }

    /**
     * "The plan" right after a plan named by its kind ("North Korea's five-year plans ...") is a plan of that kind,
     * identified like one by its adoption; any other such words stand for the policy last named.
     */
    private PolicySpot anaphorOrPlan(AnalyzedDocument doc, Sentence sentence, int start, int end,
            List<PolicySpot> earlier) {
        PolicySpot last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        String text = doc.text().substring(start, end);
        if (last != null && last.kind == PolicySpot.Kind.PLAN && PLAN_WORD.matcher(text).find()
                && sentence.index() - last.sentence <= ANAPHOR_WINDOW) {
            PolicyNames.PlanMatch kind = new PolicyNames.PlanMatch(last.plan.plan(), start, end, text,
                    last.plan.years());
            return PolicySpot.plan(kind, sentence.index(), cues.hedged(clauseBefore(doc, sentence, start)));
        }
        return PolicySpot.anaphor(start, end, sentence.index(), ANAPHOR_WINDOW);
    }

    /** The sentence's words from the last comma, semicolon or sentence start up to an offset. */
    static String clauseBefore(AnalyzedDocument doc, Sentence sentence, int offset) {
        String before = doc.text().substring(sentence.start(), offset);
        int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
        return before.substring(cut + 1);
    }

    private List<Introduction> introductions(AnalyzedDocument doc, Sentence sentence, List<PolicySpot> here,
            EntitySpans spans, List<MeetingIdentity.Identified> meetings) {
        List<Introduction> out = new ArrayList<>();
        LocalDate anchor = SentenceDates.anchor(doc);
        List<SentenceDates.Phrase> dates = SentenceDates.in(doc, sentence);
        LiteralGate.Text folded = doc.folded(sentence);
        for (Pattern verbPattern : cues.introduce()) {
            if (!cues.mayMatch(verbPattern, folded)) {
                continue;
            }
            Matcher m = verbPattern.matcher(sentence.text());
            while (m.find()) {
                int vs = sentence.start() + m.start();
                int ve = sentence.start() + m.end();
                PolicySpot target = target(doc, here, vs, ve);
                if (target == null) {
                    continue;
                }
                if (cues.hedged(clauseBefore(doc, sentence, vs))) {
                    target.expectedOnly = true;
                    continue;
                }
                MeetingIdentity.Identified meeting = meeting(doc, sentence, meetings, vs, ve);
                TimeValue time = meeting != null && meeting.mention().time().isResolved() ? meeting.mention().time()
                        : date(doc, dates, vs, ve, anchor);
                out.add(new Introduction(vs, ve, target, agent(doc, spans.in(sentence.index()), vs, ve, meetings),
                        meeting, time));
            }
        }
        return out;
    }

    /** The policy a verb introduces: the nearest after it in its clause, else the nearest before it. */
    private static PolicySpot target(AnalyzedDocument doc, List<PolicySpot> here, int vs, int ve) {
        for (PolicySpot s : here) {
            if (s.start >= ve && s.start - ve <= MAX_OBJECT_GAP && !BREAK.matcher(doc.text().substring(ve, s.start))
                    .find()) {
                return s;
            }
        }
        if (!NO_OBJECT.matcher(doc.text().substring(ve)).find()) {
            return null;
        }
        PolicySpot before = null;
        for (PolicySpot s : here) {
            if (s.end <= vs && !BREAK.matcher(doc.text().substring(s.end, vs)).find()) {
                before = s;
            }
        }
        return before;
    }

    /** Who introduced: "by X" after the verb, else the person or organization just before it. */
    private static String agent(AnalyzedDocument doc, List<EntitySpan> spans, int vs, int ve,
            List<MeetingIdentity.Identified> meetings) {
        Matcher passive = PASSIVE_AGENT.matcher(doc.text().substring(ve));
        if (passive.find()) {
            int at = ve + passive.end();
            return spans.stream().filter(s -> s.start() == at && s.isAgent()).map(EntitySpan::entity).findFirst()
                    .orElse(null);
        }
        EntitySpan nearest = null;
        for (EntitySpan s : spans) {
            if (s.end() <= vs) {
                nearest = s;
            }
        }
        if (nearest == null || !nearest.isAgent() || vs - nearest.end() > MAX_SUBJECT_GAP
                || doc.text().substring(nearest.end(), vs).matches("(?s).*[.;:].*")) {
            return null;
        }
        EntitySpan agent = nearest;
        boolean insideMeeting = meetings.stream().anyMatch(mt -> mt.mention().start() <= agent.start()
                && agent.end() <= mt.mention().end());
        return insideMeeting ? null : agent.entity();
    }

    /** The meeting of the sentence the introduction took place at: after "at"/"during", or the verb's subject. */
    private static MeetingIdentity.Identified meeting(AnalyzedDocument doc, Sentence sentence,
            List<MeetingIdentity.Identified> meetings, int vs, int ve) {
        MeetingIdentity.Identified best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (MeetingIdentity.Identified mt : meetings) {
            MeetingMention m = mt.mention();
            if (m.sentenceIndex() != sentence.index()) {
                continue;
            }
            boolean atIt = MEETING_PREPOSITION.matcher(doc.text().substring(sentence.start(), m.start())).find();
            boolean subject = m.end() <= vs && vs - m.end() <= MAX_SUBJECT_GAP
                    && !doc.text().substring(m.end(), vs).contains(",");
            int distance = m.end() <= vs ? vs - m.end() : Math.max(0, m.start() - ve);
            if ((atIt || subject) && distance < bestDistance) {
                best = mt;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The resolved date nearest the verb in its sentence, or null. */
    private static TimeValue date(AnalyzedDocument doc, List<SentenceDates.Phrase> dates, int vs, int ve,
            LocalDate anchor) {
        SentenceDates.Phrase best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (SentenceDates.Phrase d : dates) {
            int from = Math.min(d.end(), vs);
            int to = Math.max(d.start(), ve);
            int distance = d.end() <= vs ? vs - d.end() : d.start() - ve;
            if (distance >= 0 && distance <= MAX_DATE_GAP && distance < bestDistance
                    && !BREAK.matcher(doc.text().substring(Math.min(from, to), Math.max(from, to))).find()) {
                best = d;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return null;
        }
        TimeValue v = best.value(anchor, false);
        return v.isResolved() ? v : null;
    }

    /** Gives each "the initiative" the policy last named, within its window (three sentences, "It": one). */
    private static void resolveAnaphors(List<PolicySpot> spots) {
        PolicySpot last = null;
        for (PolicySpot s : spots) {
            if (s.kind == PolicySpot.Kind.ANAPHOR) {
                if (last != null && s.sentence - last.sentence <= s.window) {
                    s.entity = last.entity;
                }
            } else if (s.entity != null) {
                last = s;
            }
        }
    }

    /** A policy mention's IRI for a plan of this length keyed by the meeting or year of its adoption. */
    static String planIri(PolicyNames names, PolicyNames.PlanMatch match, String key) {
        String slug = names.numberWord(match.years()) + "-" + match.plan().slug() + "-" + key;
        return NKGID.entity(PLAN_CLASS.toLowerCase(Locale.ROOT), slug).getURI();
    }
}
