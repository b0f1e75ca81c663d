package org.nkgraph.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.nkgraph.vocab.NKGID;

/**
 * Decides which meeting each named meeting of a document is, and mints its IRI from what identifies it: the
 * organizer, the kind and the number ({@code wpk-congress-8}, {@code wpk-cc-8-plenary-9}); without a number,
 * the year or month of its time ({@code wpk-cc-plenary-2025-12}), or the number the calendar gives that time.
 * A meeting the text neither numbers nor dates ("the party congress") is the one meeting of its kind the document
 * identifies elsewhere, in the same tense; when there is no single such meeting it is left out.
 */
final class MeetingIdentity {

    /** A meeting with its identity: the key its IRI is minted from. */
    record Identified(MeetingFinder.Candidate candidate, String key, Integer ordinal, String label,
            MeetingMention mention) {}

    private final MeetingRules rules;
    private final ReferenceLookup lookup;

    MeetingIdentity(MeetingRules rules, ReferenceLookup lookup) {
        this.rules = rules;
        this.lookup = lookup;
    }

    List<Identified> identify(AnalyzedDocument doc, List<MeetingFinder.Candidate> candidates) {
        Map<MeetingFinder.Candidate, Id> ids = new LinkedHashMap<>();
        LocalDate anchor = SentenceDates.anchor(doc);
        for (MeetingFinder.Candidate c : candidates) {
            Integer ordinal = c.ordinal() != null ? c.ordinal() : calendarOrdinal(c);
            if (ordinal != null) {
                ids.put(c, numbered(doc, c, ordinal, anchor));
            }
        }
        for (MeetingFinder.Candidate c : candidates) {
            if (!ids.containsKey(c) && c.time().isResolved()) {
                Id linked = single(ids, c, true);
                Id id = linked != null ? linked : dated(doc, c, anchor);
                if (id != null) {
                    ids.put(c, id);
                }
            }
        }
        for (MeetingFinder.Candidate c : candidates) {
            if (!ids.containsKey(c)) {
                Id linked = single(ids, c, false);
                if (linked != null) {
                    ids.put(c, linked);
                }
            }
        }
        List<Identified> out = new ArrayList<>();
        for (MeetingFinder.Candidate c : candidates) {
            Id id = ids.get(c);
            if (id != null) {
                out.add(new Identified(c, id.key, id.ordinal, id.label, mention(doc, c, id)));
            }
        }
        return out;
    }

    private record Id(String key, Integer ordinal, String label, TimeValue time, boolean future, boolean past) {}

    private Integer calendarOrdinal(MeetingFinder.Candidate c) {
        if (!c.time().isResolved()) {
            return null;
        }
        List<Integer> known = rules.ordinalsWithin(c.rule().className(), c.organizer(), c.time());
        return known.size() == 1 ? known.get(0) : null;
    }

    private Id numbered(AnalyzedDocument doc, MeetingFinder.Candidate c, int ordinal, LocalDate anchor) {
        String termPart = c.term() == null ? "" : c.term() + "-";
        String key = c.organizerKey() + "-" + termPart + c.rule().kindKey() + "-" + ordinal;
        String body = organizerLabel(doc, c);
        String label = ordinalWord(ordinal) + " " + c.rule().name() + " of the "
                + (c.term() == null ? "" : ordinalWord(c.term()) + " ") + body;
        return new Id(key, ordinal, label, c.time(), future(c, anchor), past(c, anchor));
    }

    /** Whether the meeting lies ahead: the text says so, or its time is after the publication date. */
    private static boolean future(MeetingFinder.Candidate c, LocalDate anchor) {
        return c.future() || (anchor != null && c.time().isResolved() && c.time().earliest().isAfter(anchor));
    }

    private static boolean past(MeetingFinder.Candidate c, LocalDate anchor) {
        return c.past() || (anchor != null && c.time().isResolved() && c.time().latest().isBefore(anchor));
    }

    private Id dated(AnalyzedDocument doc, MeetingFinder.Candidate c, LocalDate anchor) {
        LocalDate from = c.time().earliest();
        LocalDate to = c.time().latest();
        String period;
        String readable;
        if (c.rule().period() == MeetingRules.Period.MONTH && YearMonth.from(from).equals(YearMonth.from(to))) {
            YearMonth ym = YearMonth.from(from);
            period = ym.toString();
            readable = ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear();
        } else if (c.rule().period() == MeetingRules.Period.YEAR && from.getYear() == to.getYear()) {
            period = Integer.toString(from.getYear());
            readable = period;
        } else {
            return null;
        }
        String key = c.organizerKey() + "-" + c.rule().kindKey() + "-" + period;
        String label = c.rule().name() + " of the " + organizerLabel(doc, c) + ", " + readable;
        return new Id(key, null, label, c.time(), future(c, anchor), past(c, anchor));
    }

    /** The one identified meeting of the same kind and organizer that this one can be; null if none or several. */
    private static Id single(Map<MeetingFinder.Candidate, Id> ids, MeetingFinder.Candidate c, boolean byTime) {
        List<Id> fits = ids.entrySet().stream()
                .filter(e -> e.getKey().rule().className().equals(c.rule().className())
                        && e.getKey().organizer().equals(c.organizer()))
                .filter(e -> byTime ? e.getValue().time.isResolved() && e.getValue().time.compatibleWith(c.time())
                        : sameTense(e.getValue(), c))
                .map(Map.Entry::getValue)
                .filter(distinctKeys())
                .toList();
        return fits.size() == 1 ? fits.get(0) : null;
    }

    private static Predicate<Id> distinctKeys() {
        Set<String> seen = new HashSet<>();
        return id -> seen.add(id.key);
    }

    private static boolean sameTense(Id id, MeetingFinder.Candidate c) {
        return !(c.future() && id.past) && !(c.past() && id.future);
    }

    private String organizerLabel(AnalyzedDocument doc, MeetingFinder.Candidate c) {
        return lookup.label(c.organizer(), doc).orElse(c.organizerKey());
    }

    private static String ordinalWord(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static MeetingMention mention(AnalyzedDocument doc, MeetingFinder.Candidate c, Id id) {
        String iri = NKGID.event(id.key).getURI();
        return new MeetingMention(iri, c.rule().className(), id.label, id.ordinal, c.organizer(), c.time(),
                c.dateText(), c.sentence(), c.start(), c.end(), c.rule().id(), c.rule().confidence());
    }
}
