package org.nkgraph.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the statement finders share about one document: its text, quotes, paragraphs and the people it names. */
final class StatementContext {

    private final AnalyzedDocument doc;
    private final String text;
    private final List<QuotedSpan> quotes;
    private final Set<String> persons = new HashSet<>();
    /** Per surname (lower case), the persons bearing it in the order the text first names them. */
    private final Map<String, List<String>> bearers = new HashMap<>();
    /** Quotes attributed by a pattern after them to a person. */
    private final List<QuoteSpeaker> quoteSpeakers = new ArrayList<>();

    /** A quote's attribution, ending at {@code end}, that names the person {@code speaker}. */
    private record QuoteSpeaker(int end, String speaker) {}

    StatementContext(AnalyzedDocument doc, List<QuotedSpan> quotes) {
        this.doc = doc;
        this.text = doc.text();
        this.quotes = List.copyOf(quotes);
        for (Mention m : doc.mentions()) {
            if (m.entityClass() == EntityClass.PERSON && m.entity() != null) {
                persons.add(m.entity());
                String surname = surname(text.substring(m.start(), m.end()));
                List<String> list = bearers.computeIfAbsent(surname, k -> new ArrayList<>());
                if (!list.contains(m.entity())) {
                    list.add(m.entity());
                }
            }
        }
    }

    private static String surname(String name) {
        String first = name.strip().split("[\\s-]+")[0];
        return first.toLowerCase(Locale.ROOT);
    }

    /**
     * The entity a reference stands for. A bare surname that several people in the text bear is the first of them
     * named: news gives the main person's surname alone and a relative or companion of the same name in full.
     */
    String entityOf(Reference r) {
        if (r.rule() != null && r.rule().startsWith("coref:surname") && isPerson(r.entity())) {
            List<String> list = bearers.get(surname(r.text()));
            if (list != null && list.size() > 1) {
                return list.get(0);
            }
        }
        return r.entity();
    }

    /** Notes that a pattern after a quote, ending at {@code end}, gives it to the person {@code speaker}. */
    void noteQuoteSpeaker(int end, String speaker) {
        if (isPerson(speaker)) {
            quoteSpeakers.add(new QuoteSpeaker(end, speaker));
        }
    }

    /**
     * The person a quote just before {@code offset} was attributed to ("“...,” Kim said. He said ..."): the last
     * such quote in this or the previous paragraph with no person named in full between it and the offset.
     */
    String quoteSpeakerBefore(int offset) {
        int paragraph = paragraphStart(offset);
        int back = paragraph;
        while (back > 0 && Character.isWhitespace(text.charAt(back - 1))) {
            back--;
        }
        int from = paragraphStart(back);
        int at = -1;
        String who = null;
        for (QuoteSpeaker q : quoteSpeakers) {
            if (q.end() >= from && q.end() <= offset && q.end() > at) {
                at = q.end();
                who = q.speaker();
            }
        }
        if (who == null) {
            return null;
        }
        int since = at;
        boolean named = doc.mentions().stream().anyMatch(m -> m.start() >= since && m.end() <= offset
                && isPerson(m.entity()));
        return named ? null : who;
    }

    AnalyzedDocument doc() {
        return doc;
    }

    String text() {
        return text;
    }

    List<QuotedSpan> quotes() {
        return quotes;
    }

    boolean isPerson(String entity) {
        return entity != null && persons.contains(entity);
    }

    /** The offset where the paragraph (line) holding {@code offset} starts. */
    int paragraphStart(int offset) {
        return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }

    /** The offset where the paragraph (line) holding {@code offset} ends. */
    int paragraphEnd(int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
    }

    /** Whether the offset lies between double quotation marks. */
    boolean quoted(int offset) {
        return quotes.stream().anyMatch(q -> !q.single() && q.encloses(offset));
    }

    /** How many characters of {@code [start, end)} lie inside double quotation marks, marks included. */
    int quotedChars(int start, int end) {
        int n = 0;
        for (QuotedSpan q : quotes) {
            if (!q.single()) {
                n += Math.max(0, Math.min(end, q.after()) - Math.max(start, q.open()));
            }
        }
        return n;
    }

    /** The person named or referred to last in {@code [from, before)}, or null. */
    String lastPersonBetween(int from, int before) {
        int at = -1;
        String who = null;
        for (Mention m : doc.mentions()) {
            if (m.start() >= from && m.end() <= before && isPerson(m.entity()) && m.start() > at) {
                at = m.start();
                who = m.entity();
            }
        }
        for (Reference r : doc.references()) {
            if (r.start() >= from && r.end() <= before && isPerson(r.entity()) && r.start() > at) {
                at = r.start();
                who = entityOf(r);
            }
        }
        return who;
    }
}
