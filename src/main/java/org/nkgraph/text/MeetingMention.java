package org.nkgraph.text;

/**
 * A political meeting the text names: a party congress, a plenary meeting, an assembly session.
 *
 * @param iri           the meeting's IRI, minted from what identifies it (body, kind, ordinal, or month), so that
 *                      every article naming the same meeting reaches the same node
 * @param className     the local name of its class ("PartyCongress", "PlenaryMeeting", "AssemblySession")
 * @param label         a readable label ("8th Congress of the Workers' Party of Korea")
 * @param ordinal       its ordinal (8 for "the 8th Party Congress"), or null
 * @param heldBy        the IRI of the organization that holds it, or null
 * @param time          when it was or will be held, as far as the text says
 * @param dateText      the date expression as written, or null
 * @param sentenceIndex the sentence that names it
 * @param start         offset of the name's first character
 * @param end           offset one past its last character
 * @param rule          the pattern that found it
 * @param confidence    how sure the pattern is, in [0, 1]
 */
public record MeetingMention(String iri, String className, String label, Integer ordinal, String heldBy,
        TimeValue time, String dateText, int sentenceIndex, int start, int end, String rule, double confidence) {}
