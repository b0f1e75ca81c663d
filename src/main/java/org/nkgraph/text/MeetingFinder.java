package org.nkgraph.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkgraph.vocab.NKGID;

/**
 * Finds the meetings a document names, by the rules of {@code rules/meetings.tsv}: their class, number,
 * organizer and the date expression of their clause. Which meeting each one is, is decided afterwards for the
 * whole document by {@link MeetingIdentity}.
 */
final class MeetingFinder {

    private static final int BEFORE_WINDOW = 40;
    private static final int MAX_DATE_GAP = 120;
    // A date before the meeting must qualify it ("the 2021 congress"), not another noun ("the December openings
    // were timed so that the congress ...").
    private static final int MAX_DATE_GAP_BEFORE = 12;
    // A date after these words belongs to another clause: "the congress, and on Tuesday he ...".
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[;:]|,\\s*(?:and|but|while|whereas|although|though)\\b|\\band\\s+(?:then\\s+)?(?:he|she|they|it)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A meeting named in the text, before its identity is decided. */
    record Candidate(MeetingRules.Rule rule, Integer ordinal, Integer term, String organizer, String organizerKey,
            int sentence, int start, int end, TimeValue time, String dateText, boolean future, boolean past) {}

    private final MeetingRules rules;
    private final NumberWords numbers;
    private final ReferenceLookup lookup;
    private final Pattern numberedParty;
    /** The gate of each rule, in the order of the rules. */
    private final List<LiteralGate> gates;

    MeetingFinder(MeetingRules rules, NumberWords numbers, ReferenceLookup lookup) {
        this.rules = rules;
        this.numbers = numbers;
        this.lookup = lookup;
        this.gates = rules.rules().stream().map(r -> LiteralGate.of(r.pattern())).toList();
        this.numberedParty = Pattern.compile("(" + numbers.ordinalRegex() + ")\\s+(?:ruling\\s+)?party",
                Pattern.CASE_INSENSITIVE);
    }

    List<Candidate> find(AnalyzedDocument doc, EntitySpans spans) {
        List<Candidate> out = new ArrayList<>();
        LocalDate anchor = SentenceDates.anchor(doc);
        for (Sentence sentence : doc.sentences()) {
            MaskedSentence masked = new MaskedSentence(sentence, spans.in(sentence.index()), List.of());
            List<int[]> found = new ArrayList<>();
            LiteralGate.Text folded = LiteralGate.fold(masked.text());
            for (int r = 0; r < gates.size(); r++) {
                if (!gates.get(r).admits(folded)) {
                    continue;
                }
                MeetingRules.Rule rule = rules.rules().get(r);
                Matcher m = rule.pattern().matcher(masked.text());
                while (m.find()) {
                    int start = PatternLib.start(m, "name") >= 0 ? m.start("name") : m.start();
                    int end = PatternLib.start(m, "name") >= 0 ? m.end("name") : m.end();
                    if (found.stream().anyMatch(f -> f[0] < end && start < f[1])) {
                        continue;
                    }
                    Optional<Candidate> c = candidate(doc, masked, m, rule, start, end);
                    if (c.isPresent()) {
                        found.add(new int[] {start, end});
                        out.add(c.get());
                    }
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return dated(doc, out, anchor);
    }

    private Optional<Candidate> candidate(AnalyzedDocument doc, MaskedSentence masked, Matcher m,
            MeetingRules.Rule rule, int start, int end) {
        Integer ordinal = number(PatternLib.group(m, "ordinal"));
        Optional<EntitySpan> before = masked.entity(m, "orgbefore");
        Matcher party = before.map(b -> numberedParty.matcher(b.text())).orElse(null);
        if (party != null && party.matches()) {
            // "the Ninth Party Congress": the name finder read the number and "Party" as a party's name.
            ordinal = number(party.group(1));
            before = Optional.empty();
        }
        Optional<EntitySpan> orgBefore = before;
        Optional<EntitySpan> named = masked.entity(m, "org").or(() -> orgBefore);
        String organizer = rule.organizer();
        String key = rule.organizerKey();
        if (named.isPresent()) {
            String iri = named.get().entity();
            // "A plenary meeting of the party" is one of its central committee, the default organizer.
            boolean standsForDefault = iri.equals(rule.organizer())
                    || lookup.parentOrganization(rule.organizer(), doc).map(iri::equals).orElse(false);
            if (!standsForDefault) {
                boolean fits = lookup.classOf(iri, doc).map(c -> lookup.isSubClass(c, rule.organizerClass()))
                        .orElse(false);
                key = lookup.label(iri, doc).map(NKGID::slug).orElse(null);
                if (!fits || key == null) {
                    return Optional.empty();
                }
                organizer = iri;
            }
        }
        Integer term = number(PatternLib.group(m, "term"));
        return Optional.of(new Candidate(rule, ordinal, term, organizer, key, masked.sentence().index(),
                masked.doc(start), masked.doc(end), TimeValue.unresolved(), null, false, false));
    }

    private Integer number(String written) {
        return written == null ? null : numbers.parse(written);
    }

    /** Gives each meeting the date expression of its clause, and its tense. */
    private List<Candidate> dated(AnalyzedDocument doc, List<Candidate> candidates, LocalDate anchor) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Sentence sentence = doc.sentences().get(c.sentence());
            List<Candidate> others = candidates.stream().filter(o -> o != c && o.sentence() == c.sentence()).toList();
            SentenceDates.Phrase date = dateOf(doc, sentence, c, others);
            int windowStart = Math.max(sentence.start(), c.start() - BEFORE_WINDOW);
            String before = doc.text().substring(windowStart, c.start());
            String after = date != null && date.start() >= c.end() ? doc.text().substring(c.end(), date.end()) : "";
            boolean future = rules.future(before) || rules.future(after);
            boolean past = !future && rules.past(before);
            TimeValue time = date == null ? TimeValue.unresolved() : date.value(anchor, future);
            out.add(new Candidate(c.rule(), c.ordinal(), c.term(), c.organizer(), c.organizerKey(), c.sentence(),
                    c.start(), c.end(), time, date == null ? null : date.text(), future, past));
        }
        return out;
    }

    /** The nearest date after the meeting in its clause, else one just before it; none across another meeting. */
    private static SentenceDates.Phrase dateOf(AnalyzedDocument doc, Sentence sentence, Candidate c,
            List<Candidate> others) {
        List<SentenceDates.Phrase> dates = SentenceDates.in(doc, sentence);
        for (SentenceDates.Phrase d : dates) {
            if (d.start() >= c.end() && d.start() - c.end() <= MAX_DATE_GAP
                    && others.stream().noneMatch(o -> o.start() >= c.end() && o.start() < d.start())
                    && !CLAUSE_BREAK.matcher(doc.text().substring(c.end(), d.start())).find()) {
                return d;
            }
        }
        for (int i = dates.size() - 1; i >= 0; i--) {
            SentenceDates.Phrase d = dates.get(i);
            if (d.end() <= c.start() && c.start() - d.end() <= MAX_DATE_GAP_BEFORE
                    && others.stream().noneMatch(o -> o.start() >= d.end() && o.start() < c.start())
                    && !doc.text().substring(d.end(), c.start()).contains(",")) {
                return d;
            }
        }
        return null;
    }
}
