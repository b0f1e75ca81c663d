package org.nkgraph.text;

import java.util.List;

/**
 * An event as an article reports it, possibly in several sentences.
 *
 * @param eventClass    the local name of the event's class in the ontology ("Inspection", "Inauguration")
 * @param evidence      the trigger words that report it, one per sentence that does, in order
 * @param participants  who took part and in which capacity
 * @param places        the IRIs of the finest places named for it, one per place in a list
 * @param facility      the IRI of the facility it took place at, when the text names one, or null
 * @param time          when, resolved as far as the text allows
 * @param dateText      the date expression as written, or null
 */
public record EventMention(
        String eventClass,
        List<Evidence> evidence,
        List<Participation> participants,
        List<String> places,
        String facility,
        TimeValue time,
        String dateText) {

    public EventMention {
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("an event needs the words that report it");
        }
        evidence = List.copyOf(evidence);
        participants = List.copyOf(participants);
        places = List.copyOf(places);
    }

    /** Where a sentence reports the event: the trigger's offsets, the rule that matched, its confidence. */
    public record Evidence(int sentenceIndex, int start, int end, String trigger, String rule, double confidence) {}
}
