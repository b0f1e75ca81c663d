package org.nkgraph.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The date expressions of a sentence, as the date stage found them ({@link AnalyzedDocument#dates()}), read again
 * when a meeting's context says they speak of the future. Offsets are the document's.
 */
final class SentenceDates {

    /** A date expression; {@code found} is the date stage's value, or null when it gave none. */
    record Phrase(int start, int end, String text, TimeValue found) {

        /** Its value: the date stage's when resolved, else read against the anchor. */
        TimeValue value(LocalDate anchor, boolean future) {
            if (found != null && found.isResolved() && !(future && yearless() && before(found, anchor))) {
                return found;
            }
            TimeValue own = DATES.resolve(text, anchor, future);
            return own.isResolved() || found == null ? own : found;
        }

        /** "In late September": the date stage read the year from the publication date, in the past. */
        private boolean yearless() {
            return !YEAR.matcher(text).find();
        }

        private static boolean before(TimeValue time, LocalDate anchor) {
            return anchor != null && time.latest().isBefore(anchor);
        }
    }

    private static final DateResolver DATES = DateResolver.bundled();
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");

    private SentenceDates() {}

    static List<Phrase> in(AnalyzedDocument doc, Sentence sentence) {
        List<Phrase> out = new ArrayList<>();
        for (DateMention d : doc.dates()) {
            if (d.sentenceIndex() == sentence.index()) {
                out.add(new Phrase(d.start(), d.end(), d.text(), d.value()));
            }
        }
        out.sort(Comparator.comparingInt(Phrase::start));
        return out;
    }

    /** The document's publication date, the anchor of relative expressions; null when it has none. */
    static LocalDate anchor(AnalyzedDocument doc) {
        return doc.document().published() == null ? null : doc.document().published().date();
    }
}
