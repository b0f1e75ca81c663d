package org.nkgraph.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A verb that reports speech, read from {@code rules/speech-verbs.tsv}.
 *
 * @param forms       its written forms, one pattern matched as whole words
 * @param lemma       its short name, used in rule ids
 * @param complements what may follow it for it to report speech
 * @param requires    a pattern the complement must contain, or null
 * @param confidence  how surely it reports speech
 */
public record SpeechVerb(Pattern forms, String lemma, Set<Complement> complements, Pattern requires,
        double confidence) {

    /** What may follow a speech verb. */
    public enum Complement {
        /** "that" and a clause. */
        THAT,
        /** Any clause or noun phrase. */
        ANY,
        /** An infinitive right after the verb. */
        TO,
        /** An object, then an infinitive. */
        OBJ_TO,
        /** An object, then "that" ("told officials that"). */
        OBJ_THAT,
        /** An object, then "as". */
        AS,
        /** The verb may follow a quote. */
        AFTER;

        /** The complement a rule file names ("obj-to"), or null when there is none of that name. */
        static Complement named(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    public SpeechVerb {
        complements = Set.copyOf(complements);
    }

    public boolean takes(Complement complement) {
        return complements.contains(complement);
    }
}
