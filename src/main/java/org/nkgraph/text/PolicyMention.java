package org.nkgraph.text;

/**
 * What the text says of a policy: where, when and by whom it was introduced, and its targets. Any field the
 * sentence does not state is null.
 *
 * @param policy        the policy's IRI
 * @param introducedAt  the IRI of the meeting where it was introduced, or null
 * @param introducedBy  the IRI of who introduced it, or null
 * @param introduced    when it was introduced, or null
 * @param annualTarget  how many places (or units) a year it targets, or null
 * @param targetUnit    what the target counts ("cities and counties"), or null
 * @param durationYears over how many years, or null
 * @param sentenceIndex the sentence that states it
 * @param start         offset of the statement's first character
 * @param end           offset one past its last character
 * @param rule          the pattern that found it
 * @param confidence    how sure the pattern is, in [0, 1]
 */
public record PolicyMention(String policy, String introducedAt, String introducedBy, TimeValue introduced,
        Integer annualTarget, String targetUnit, Integer durationYears, int sentenceIndex, int start, int end,
        String rule, double confidence) {}
