package org.nkgraph.text;

import java.util.List;

/**
 * An event as one sentence of an article reports it.
 *
 * @param eventClass    the local name of the event's class in the ontology ("Inspection", "Inauguration")
 * @param sentenceIndex the sentence that reports it
 * @param start         offset of the trigger's first character
 * @param end           offset one past the trigger's last character
 * @param trigger       the words that signal the event ("toured", "cut the ribbon")
 * @param participants  who took part and in which capacity
 * @param places        the IRIs of the finest places named for it, one per place in a list
 * @param facility      what the text calls the site ("local industrial factory"), or null
 * @param facilityClass the local name of the facility's class ("Factory"), or null
 * @param time          when, resolved as far as the text allows
 * @param dateText      the date expression as written, or null
 * @param rule          the trigger rule that found it
 * @param confidence    how sure the rule is, in [0, 1]
 */
public record EventMention(
        String eventClass,
        int sentenceIndex,
        int start,
        int end,
        String trigger,
        List<Participation> participants,
        List<String> places,
        String facility,
        String facilityClass,
        TimeValue time,
        String dateText,
        String rule,
        double confidence) {

    public EventMention {
        participants = List.copyOf(participants);
        places = List.copyOf(places);
    }
}
