package org.nkgraph.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers, sentence by sentence, what is said of each policy (introduction, yearly target, duration) into one
 * {@link PolicyMention} per policy and sentence.
 */
final class PolicyFacts {

    private static final int ANNUAL_BEFORE = 60;
    private static final int ANNUAL_AFTER = 40;
    private static final double NAMED_CONFIDENCE = 0.8;
    private static final double ANAPHOR_CONFIDENCE = 0.7;

    /** What one sentence says of one policy, filled as it is found. */
    private static final class Facts {
        final String policy;
        int start;
        int end;
        String introducedAt;
        String introducedBy;
        TimeValue introduced;
        Integer annualTarget;
        String targetUnit;
        Integer durationYears;
        final List<String> rules = new ArrayList<>();
        boolean named;

        Facts(String policy, PolicySpot spot) {
            this.policy = policy;
            this.start = spot.start;
            this.end = spot.end;
        }

        boolean saysAnything() {
            return introducedAt != null || introducedBy != null || introduced != null || annualTarget != null
                    || durationYears != null;
        }

        void cover(int from, int to, String rule, PolicySpot spot) {
            start = Math.min(start, from);
            end = Math.max(end, to);
            if (!rules.contains(rule)) {
                rules.add(rule);
            }
            named |= spot.kind != PolicySpot.Kind.ANAPHOR;
        }
    }

    private final PolicyCues cues;
    private final NumberWords numbers;

    PolicyFacts(PolicyCues cues, NumberWords numbers) {
        this.cues = cues;
        this.numbers = numbers;
    }

    void emit(AnalyzedDocument doc, List<PolicySpot> spots, List<Introduction> intros) {
        for (Sentence sentence : doc.sentences()) {
            List<PolicySpot> here = spots.stream().filter(s -> s.sentence == sentence.index() && s.entity != null)
                    .toList();
            if (here.isEmpty()) {
                continue;
            }
            Map<String, Facts> facts = new LinkedHashMap<>();
            for (Introduction i : intros) {
                if (i.target().sentence == sentence.index() && i.target().entity != null) {
                    Facts f = facts(facts, i.target());
                    // Several verbs may take the same policy; what one of them says is not undone by another.
                    f.introducedBy = i.agent() != null ? i.agent() : f.introducedBy;
                    f.introducedAt = i.meeting() != null ? i.meeting().mention().iri() : f.introducedAt;
                    f.introduced = i.time() != null ? i.time() : f.introduced;
                    f.cover(i.verbStart(), i.verbEnd(), "introduced", i.target());
                }
            }
            targets(doc, sentence, here, facts);
            durations(sentence, here, facts);
            for (PolicySpot s : here) {
                if (s.kind == PolicySpot.Kind.PLAN) {
                    Facts f = facts(facts, s);
                    f.durationYears = s.plan.years();
                    f.cover(s.start, s.end, "plan-length", s);
                }
            }
            facts.values().stream().filter(Facts::saysAnything).forEach(f -> doc.addPolicy(new PolicyMention(
                    f.policy, f.introducedAt, f.introducedBy, f.introduced, f.annualTarget, f.targetUnit,
                    f.durationYears, sentence.index(), f.start, f.end, "policy:" + String.join("+", f.rules),
                    f.named ? NAMED_CONFIDENCE : ANAPHOR_CONFIDENCE)));
        }
    }

    private static Facts facts(Map<String, Facts> facts, PolicySpot spot) {
        return facts.computeIfAbsent(spot.entity, p -> new Facts(p, spot));
    }

    /** "In 20 cities and counties each year": a number of places with a yearly cue near it. */
    private void targets(AnalyzedDocument doc, Sentence sentence, List<PolicySpot> here, Map<String, Facts> facts) {
        LiteralGate.Text folded = doc.folded(sentence);
        for (Pattern p : cues.target()) {
            if (!cues.mayMatch(p, folded)) {
                continue;
            }
            Matcher m = p.matcher(sentence.text());
            while (m.find()) {
                int from = Math.max(0, m.start() - ANNUAL_BEFORE);
                int to = Math.min(sentence.text().length(), m.end() + ANNUAL_AFTER);
                Integer n = numbers.parse(m.group("number"));
                if (n == null || !cues.annual(sentence.text().substring(from, to))) {
                    continue;
                }
                PolicySpot spot = nearest(here, sentence.start() + m.start(), false);
                if (spot != null) {
                    Facts f = facts(facts, spot);
                    f.annualTarget = n;
                    f.targetUnit = m.group("unit").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    f.cover(sentence.start() + m.start(), sentence.start() + m.end(), "annual-target", spot);
                }
            }
        }
    }

    /** "For a decade", "over a 10-year period": the length of the policy named before it. */
    private void durations(Sentence sentence, List<PolicySpot> here, Map<String, Facts> facts) {
        for (PolicyCues.Duration d : cues.durations()) {
            Matcher m = d.pattern().matcher(sentence.text());
            while (m.find()) {
                Integer years = d.years() != null ? d.years() : numbers.parse(m.group("years"));
                PolicySpot spot = nearest(here, sentence.start() + m.start(), true);
                if (years != null && spot != null) {
                    Facts f = facts(facts, spot);
                    f.durationYears = years;
                    f.cover(sentence.start() + m.start(), sentence.start() + m.end(), "duration", spot);
                }
            }
        }
    }

    /** The policy named last before an offset, else the first after it; plans named by kind only if allowed. */
    private static PolicySpot nearest(List<PolicySpot> here, int offset, boolean skipPlans) {
        PolicySpot before = null;
        PolicySpot after = null;
        for (PolicySpot s : here) {
            if (skipPlans && s.kind == PolicySpot.Kind.PLAN) {
                continue;
            }
            if (s.end <= offset) {
                before = s;
            } else if (after == null && s.start >= offset) {
                after = s;
            }
        }
        return before != null ? before : after;
    }
}
