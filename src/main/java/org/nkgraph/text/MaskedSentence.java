package org.nkgraph.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A sentence whose entity names (and other recognised words, such as titles) are overwritten, character for
 * character, by a private-use character for their kind. Rule patterns then say {@code {PERSON}, {TITLE} of the
 * {ORG}} and match any name of that kind, however many words it has, while every offset stays that of the
 * sentence. Pronouns are left as words: rules read "his" and "her".
 */
final class MaskedSentence {

    static final char PERSON = '\uE001';
    static final char ORGANIZATION = '\uE002';
    static final char PLACE = '\uE003';
    static final char FACILITY = '\uE004';
    static final char POLICY = '\uE005';
    static final char MEETING = '\uE006';
    static final char UNKNOWN = '\uE007';
    static final char TITLE = '\uE010';
    /** A title that may stand, capitalised, before a name ("Premier Pak"). */
    static final char HEAD_TITLE = '\uE011';

    /** The placeholders every rule pattern may use, and what they stand for. */
    static final Map<String, String> PLACEHOLDERS = Map.ofEntries(
            Map.entry("PERSON", PERSON + "+"),
            Map.entry("ORG", ORGANIZATION + "+"),
            Map.entry("PLACE", PLACE + "+"),
            Map.entry("FACILITY", FACILITY + "+"),
            Map.entry("POLICY", POLICY + "+"),
            Map.entry("AGENT", "[" + PERSON + ORGANIZATION + "]+"),
            Map.entry("ENTITY", "[" + PERSON + "-" + UNKNOWN + "]+"),
            Map.entry("TITLE", "[" + TITLE + HEAD_TITLE + "]+"),
            Map.entry("HEADTITLE", HEAD_TITLE + "+"),
            // One word of running text: letters, digits, hyphens and apostrophes, never a masked name.
            Map.entry("WORD", "[\\p{L}\\p{N}'’-]+"),
            // A word that can modify a title or a noun ("senior", "South", "veteran"): not a preposition,
            // conjunction, verb of saying or being, nor a participle ("accompanied by the premier of ...").
            // The leading look-ahead tests what the word's first character must be, so that the costly
            // look-aheads run only where a word can start; the matches are the same.
            Map.entry("MOD", "(?=[\\p{L}\\p{N}'’-])(?!(?:by|with|to|of|at|for|from|in|on|into|who|which|that|and|or|but|said|says|told"
                    + "|as|is|was|were|are|be|been|has|had|have|not)(?![\\p{L}\\p{N}'’-]))"
                    + "(?![\\p{L}'’-]+(?:ed|ing)(?![\\p{L}\\p{N}'’-]))[\\p{L}\\p{N}'’-]+"));

    /** Words to overwrite that are not entity names. */
    record Mask(int start, int end, char mark) {}

    private final Sentence sentence;
    private final List<EntitySpan> spans;
    private final String masked;

    MaskedSentence(Sentence sentence, List<EntitySpan> spans, List<Mask> extra) {
        this.sentence = sentence;
        this.spans = List.copyOf(spans);
        char[] chars = sentence.text().toCharArray();
        for (Mask m : extra) {
            fill(chars, m.start(), m.end(), m.mark());
        }
        for (EntitySpan s : spans) {
            if (!s.pronoun() && !insideAnother(s, spans)) {
                // "Kim Jong Un's": the possessive stays visible so that rules can read it.
                int end = s.text().matches("(?s).*['’]s") ? s.end() - 2 : s.end();
                fill(chars, s.start(), end, markOf(s.kind()));
            }
        }
        this.masked = new String(chars);
    }

    /** A name inside a longer one ("North Hamgyong" in "North Hamgyong Provincial Committee") is not masked. */
    private static boolean insideAnother(EntitySpan s, List<EntitySpan> spans) {
        return spans.stream().anyMatch(o -> o != s && !o.pronoun() && o.start() <= s.start() && s.end() <= o.end()
                && o.end() - o.start() > s.end() - s.start());
    }

    private void fill(char[] chars, int docStart, int docEnd, char mark) {
        for (int i = Math.max(docStart, sentence.start()); i < Math.min(docEnd, sentence.end()); i++) {
            chars[i - sentence.start()] = mark;
        }
    }

    static char markOf(EntityClass kind) {
        if (kind == null) {
            return UNKNOWN;
        }
        return switch (kind) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case PLACE -> PLACE;
            case FACILITY -> FACILITY;
            case POLICY -> POLICY;
            case MEETING -> MEETING;
        };
    }

    Sentence sentence() {
        return sentence;
    }

    String text() {
        return masked;
    }

    List<EntitySpan> spans() {
        return spans;
    }

    /** The document offset of a position in the sentence. */
    int doc(int local) {
        return sentence.start() + local;
    }

    /** The sentence's own words between two positions of the masked text. */
    String original(int localStart, int localEnd) {
        return sentence.text().substring(localStart, localEnd);
    }

    /** The entity whose name a matched group covers, if the group took part in the match. */
    Optional<EntitySpan> entity(Matcher m, String group) {
        int start = PatternLib.start(m, group);
        if (start < 0) {
            return Optional.empty();
        }
        int docStart = doc(start);
        return spans.stream().filter(s -> s.start() == docStart).findFirst();
    }

    /** The entity span that starts at a position of the masked text. */
    Optional<EntitySpan> entityAt(int local) {
        int docStart = doc(local);
        return spans.stream().filter(s -> s.start() <= docStart && docStart < s.end()).findFirst();
    }
}
