package org.nkgraph.text;

import java.util.List;
import java.util.Set;
import org.nkgraph.reference.ReferenceData;

/**
 * Finds the political meetings an article names (party congresses, plenary meetings, assembly sessions) and what
 * it says of policies: who introduced them, at which meeting and when, their yearly targets and duration.
 * Requires {@link Layer#MENTIONS}, {@link Layer#COREFERENCE} (who "Kim" and "he" are) and {@link Layer#DATES};
 * adds {@link MeetingMention}s and {@link PolicyMention}s ({@link Layer#POLICIES}), mentions of other names of
 * reference policies, and a new entity and mention for each identified plan named by its kind ("a five-year
 * plan").
 *
 * <p>A meeting's IRI is minted from what identifies it ({@code NKGID.event("wpk-congress-8")}); its organizer
 * defaults to the reference organization the rule names (the Workers' Party of Korea for a party congress).
 * Dates are read against the article's publication date; without one only expressions that name their year
 * resolve. Patterns are data: {@code rules/meetings.tsv}, {@code meeting-calendar.tsv}, {@code meeting-cues.tsv},
 * {@code policy-names.tsv}, {@code generic-plans.tsv}, {@code policy-cues.tsv}, {@code number-words.tsv}.
 *
 * <pre>
 * AnalysisPipeline p = AnalysisPipeline.of(splitter, tokenizer, gazetteer, names, coreference, dates,
 *         new MeetingPolicyExtractor(ReferenceData.bundled()));
 * AnalyzedDocument a = p.analyze(document);
 * a.meetings(); a.policies();
 * </pre>
 */
public final class MeetingPolicyExtractor implements AnalysisStage {

    private final ReferenceLookup lookup;
    private final MeetingFinder meetings;
    private final MeetingIdentity identity;
    private final PolicyFinder policies;

    public MeetingPolicyExtractor(ReferenceData reference) {
        this.lookup = new ReferenceLookup(reference);
        NumberWords numbers = NumberWords.bundled();
        MeetingRules rules = MeetingRules.bundled(numbers, lookup);
        this.meetings = new MeetingFinder(rules, numbers, lookup);
        this.identity = new MeetingIdentity(rules, lookup);
        this.policies = new PolicyFinder(PolicyNames.bundled(numbers, lookup), PolicyCues.bundled(numbers), numbers);
    }

    @Override
    public String name() {
        return "meetings and policies";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS, Layer.COREFERENCE, Layer.DATES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.POLICIES);
    }

    @Override
    public void process(AnalyzedDocument doc) {
        List<MeetingIdentity.Identified> found = identity.identify(doc,
                meetings.find(doc, EntitySpans.of(doc, lookup)));
        found.forEach(m -> doc.addMeeting(m.mention()));
        policies.find(doc, found, lookup);
    }
}
