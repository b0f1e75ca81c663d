package org.nkgraph.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the statement finders share about one document: its text, quotes, paragraphs and the people it names. */
final class StatementContext {

    private final AnalyzedDocument doc;
    private final String text;
    private final List<QuotedSpan> quotes;
    private final Set<String> persons = new HashSet<>();

    StatementContext(AnalyzedDocument doc, List<QuotedSpan> quotes) {
        this.doc = doc;
        this.text = doc.text();
        this.quotes = List.copyOf(quotes);
        for (Mention m : doc.mentions()) {
            if (m.entityClass() == EntityClass.PERSON && m.entity() != null) {
                persons.add(m.entity());
            }
        }
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
                who = r.entity();
            }
        }
        return who;
    }
}
