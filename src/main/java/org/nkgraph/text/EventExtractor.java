package org.nkgraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.nkgraph.reference.ClassHierarchy;
import org.nkgraph.reference.Gazetteer;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.vocab.NKG;

/**
 * Finds events by their trigger words (see {@link EventRules}) and gives each its participants, places, facility
 * and date from the part of the sentence the trigger governs. Mentions of one event within an article are merged:
 * a trigger with no place and no date of its own ("During the ceremony, Kim cut the ribbon") adds to the event
 * before it, and a trigger naming exactly the places of an earlier compatible event is that event again.
 */
public final class EventExtractor implements AnalysisStage {

    private static final int BLOCK_WINDOW_BEFORE = 60;
    /** Characters between two triggers that make them one ("factory inauguration ceremonies took place"). */
    private static final int ADJACENT = 2;
    /** How many sentences back a trigger with no place or date of its own may find the event it continues. */
    private static final int CONTINUATION_REACH = 3;
    private static final int BLOCK_WINDOW_AFTER = 40;
    private static final String LEADER = "leader";
    private static final String OPENING = NKG.Inauguration.getLocalName();
    private static final String PARTICIPANT = "participant";

    private static final String FAMILY_TERMS = "/org/nkgraph/text/rules/family-terms.tsv";
    private static final Pattern KIN = Pattern.compile("\\b(?:his|her)\\s+((?:younger |older |elder )?\\w+)",
            Pattern.CASE_INSENSITIVE);

    private final EventRules rules;
    /** The gate of each trigger, in the order of the triggers. */
    private final List<LiteralGate> triggerGates;
    /** The gate of each participation cue, in the order of the cues. */
    private final List<LiteralGate> cueGates;
    private final Set<String> leaders;
    private final Gazetteer gazetteer;
    private final ClassHierarchy classes;
    private final Model reference;
    /** Kinship words and the property from the relative to the one they are related to ("daughter": daughterOf). */
    private final Map<String, String> kinship = new LinkedHashMap<>();

    /**
     * @param rules     the trigger and context rules
     * @param reference the leaders, the place hierarchy (to keep the finest of the places a sentence names) and
     *                  the family ties the reference data knows
     */
    public EventExtractor(EventRules rules, ReferenceData reference) {
        this.rules = rules;
        this.triggerGates = rules.triggers().stream().map(t -> LiteralGate.of(t.pattern())).toList();
        this.cueGates = rules.participants().stream().map(c -> LiteralGate.of(c.pattern())).toList();
        this.leaders = reference.leaders();
        this.gazetteer = reference.gazetteer();
        this.classes = reference.classes();
        this.reference = reference.reference();
        for (RuleFile.Row row : RuleFile.load(FAMILY_TERMS, 3).rows()) {
            kinship.put(row.get(0).toLowerCase(java.util.Locale.ROOT), row.get(2));
        }
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS, Layer.COREFERENCE, Layer.DATES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public void process(AnalyzedDocument doc) {
        List<Draft> events = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Hit> hits = triggersIn(s, doc.folded(s));
            if (hits.isEmpty()) {
                addParticipants(doc, s, events);
                continue;
            }
            List<Draft> drafts = new ArrayList<>();
            for (int i = 0; i < hits.size(); i++) {
                int scopeStart = i == 0 ? s.start() : hits.get(i).start;
                int scopeEnd = i + 1 < hits.size() ? hits.get(i + 1).start : s.end();
                Draft d = draft(doc, s, hits.get(i), scopeStart, scopeEnd);
                Draft before = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
                // "attended a ceremony on Tuesday marking the completion of factories in X": one event.
                if (before != null && before.sameKind(d, classes) && (before.places.isEmpty() || d.places.isEmpty())) {
                    if (before.places.isEmpty()) {
                        d.absorb(before, gazetteer);
                        drafts.set(drafts.size() - 1, d);
                    } else {
                        before.absorb(d, gazetteer);
                    }
                } else {
                    drafts.add(d);
                }
            }
            drafts.forEach(d -> merge(d, events));
            addParticipants(doc, s, events);
        }
        events.stream().map(Draft::toMention).forEach(doc::addEvent);
    }

    private List<Hit> triggersIn(Sentence s, LiteralGate.Text folded) {
        List<Hit> hits = new ArrayList<>();
        Set<String> classes = new LinkedHashSet<>();
        for (int i = 0; i < triggerGates.size(); i++) {
            if (!triggerGates.get(i).admits(folded)) {
                continue;
            }
            EventRules.Trigger t = rules.triggers().get(i);
            Matcher m = t.pattern().matcher(s.text());
            while (m.find()) {
                if (!blocked(s.text(), m.start(), m.end()) && classes.add(t.eventClass() + "@" + m.start())) {
                    hits.add(new Hit(s.start() + m.start(), s.start() + m.end(), m.group(), t));
                }
            }
        }
        hits.sort(Comparator.comparingInt(h -> h.start));
        // Overlapping triggers ("attended the inauguration ceremony" and "inauguration ceremony ... held") are one,
        // and so are adjacent ones of the same class ("factory inauguration" + "ceremonies took place").
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            Hit last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null) {
                kept.add(h);
            } else if (h.start < last.end) {
                continue;
            } else if (h.start - last.end <= ADJACENT && h.trigger.eventClass().equals(last.trigger.eventClass())) {
                kept.set(kept.size() - 1, new Hit(last.start, h.end, s.text().substring(last.start - s.start(),
                        h.end - s.start()), last.trigger));
            } else {
                kept.add(h);
            }
        }
        return kept;
    }

    private boolean blocked(String sentence, int start, int end) {
        String before = sentence.substring(Math.max(0, start - BLOCK_WINDOW_BEFORE), start);
        String after = sentence.substring(end, Math.min(sentence.length(), end + BLOCK_WINDOW_AFTER));
        for (Pattern p : rules.blocks()) {
            String src = p.pattern();
            boolean hit = src.endsWith("$") ? p.matcher(before).find()
                    : src.startsWith("^") ? p.matcher(after).find() : p.matcher(sentence).find();
            if (hit) {
                return true;
            }
        }
        return false;
    }

    private Draft draft(AnalyzedDocument doc, Sentence s, Hit hit, int scopeStart, int scopeEnd) {
        Draft d = new Draft(hit, s.index());
        subjectBefore(doc, s, hit.start).ifPresent(p -> d.participants.putIfAbsent(p, capacityOf(p)));
        d.places.addAll(placesIn(doc, s, scopeStart, scopeEnd));
        for (Mention m : doc.mentions()) {
            if (m.entityClass() == EntityClass.FACILITY && m.entity() != null && m.start() >= scopeStart
                    && m.end() <= scopeEnd) {
                d.facility = m.entity();
                break;
            }
        }
        eventDate(doc, s, scopeStart, scopeEnd, hit.start)
                .or(() -> onlyDate(doc, s)).ifPresent(date -> {
            d.time = date.value();
            d.dateText = date.text();
        });
        return d;
    }

    private String capacityOf(String entity) {
        return leaders.contains(entity) ? LEADER : PARTICIPANT;
    }

    /** The person the trigger's clause is about: the nearest person named or referred to before it. */
    private Optional<String> subjectBefore(AnalyzedDocument doc, Sentence s, int trigger) {
        String best = null;
        int bestEnd = -1;
        for (Mention m : doc.mentions()) {
            if (m.entityClass() == EntityClass.PERSON && m.entity() != null && m.start() >= s.start()
                    && m.end() <= trigger && m.end() > bestEnd) {
                best = m.entity();
                bestEnd = m.end();
            }
        }
        for (Reference r : doc.references()) {
            if (r.start() >= s.start() && r.end() <= trigger && r.end() > bestEnd && isPerson(doc, r.entity())) {
                best = r.entity();
                bestEnd = r.end();
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean isPerson(AnalyzedDocument doc, String entity) {
        return leaders.contains(entity) || doc.mentions().stream()
                .anyMatch(m -> entity.equals(m.entity()) && m.entityClass() == EntityClass.PERSON);
    }

    /** The finest places named in the scope, leaving out the containers of other places and non-venues. */
    private List<String> placesIn(AnalyzedDocument doc, Sentence s, int from, int to) {
        Set<String> places = new LinkedHashSet<>();
        for (Mention m : doc.mentions()) {
            if (m.entityClass() == EntityClass.PLACE && m.entity() != null && m.start() >= from && m.end() <= to
                    && !gazetteer.ancestorsOf(m.entity()).isEmpty() && !notAVenue(doc.text(), s, m)) {
                places.add(m.entity());
            }
        }
        return gazetteer.finest(places);
    }

    /** A place named as an actor or owner ("beyond Pyongyang", "Pyongyang's emphasis") is not a venue. */
    private boolean notAVenue(String text, Sentence s, Mention m) {
        String before = text.substring(Math.max(s.start(), m.start() - 30), m.start());
        String after = text.substring(m.end(), Math.min(s.end(), m.end() + 30));
        return rules.notVenues().stream()
                .anyMatch(p -> p.pattern().startsWith("^") ? p.matcher(after).find() : p.matcher(before).find());
    }

    /** The date of the event: an absolute date in the scope before a relative one, never a report date. */
    private Optional<DateMention> eventDate(AnalyzedDocument doc, Sentence s, int from, int to, int trigger) {
        DateMention best = null;
        for (DateMention d : doc.dates()) {
            if (d.start() < from || d.end() > to || notEventDate(doc.text(), s, d)) {
                continue;
            }
            if (best == null || rank(d) > rank(best)
                    || rank(d) == rank(best) && Math.abs(d.start() - trigger) < Math.abs(best.start() - trigger)) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The sentence's one event date, which holds for all its clauses ("On May 3, A opened and B held ..."). */
    private Optional<DateMention> onlyDate(AnalyzedDocument doc, Sentence s) {
        List<DateMention> dates = doc.dates().stream().filter(d -> d.start() >= s.start() && d.end() <= s.end()
                && !notEventDate(doc.text(), s, d)).toList();
        return dates.size() == 1 ? Optional.of(dates.get(0)) : Optional.empty();
    }

    private static int rank(DateMention d) {
        return d.rule().contains("relative") ? 0 : 1;
    }

    /**
     * A report's date ("said Wednesday", "the May 3 edition"), a deadline ("by October") or a starting point
     * ("since ... late last month") dates no event.
     */
    private boolean notEventDate(String text, Sentence s, DateMention d) {
        if (d.rule().endsWith(":report")) {
            return true;
        }
        String after = text.substring(d.end(), Math.min(s.end(), d.end() + 40));
        // The date's own first word counts too: the date stage keeps "by" in "by October".
        int space = d.text().indexOf(' ');
        String before = text.substring(Math.max(s.start(), d.start() - 60), d.start())
                + (space > 0 ? d.text().substring(0, space + 1) : "");
        return rules.reportDates().stream().anyMatch(p -> p.matcher(after).find())
                || rules.notWhen().stream().anyMatch(p -> p.matcher(before).find());
    }

    /** People named after a participation cue took part in the most recent event. */
    private void addParticipants(AnalyzedDocument doc, Sentence s, List<Draft> events) {
        if (events.isEmpty()) {
            return;
        }
        Draft last = events.stream().max(Comparator.comparingInt(Draft::lastSentence)).orElseThrow();
        LiteralGate.Text folded = doc.folded(s);
        for (int i = 0; i < cueGates.size(); i++) {
            if (!cueGates.get(i).admits(folded)) {
                continue;
            }
            EventRules.Cue cue = rules.participants().get(i);
            Matcher m = cue.pattern().matcher(s.text());
            if (!m.find()) {
                continue;
            }
            int cueStart = s.start() + m.start();
            int cueEnd = s.start() + m.end();
            for (Mention p : doc.mentions()) {
                boolean side = switch (cue.side()) {
                    case AFTER -> p.start() >= cueEnd;
                    case BEFORE -> p.end() <= cueStart;
                    case ANY -> true;
                };
                if (side && p.entityClass() == EntityClass.PERSON && p.entity() != null && p.start() >= s.start()
                        && p.end() <= s.end() && !leaders.contains(p.entity())) {
                    last.participants.putIfAbsent(p.entity(), cue.capacity());
                }
            }
            int kinFrom = cue.side() == EventRules.Side.AFTER ? m.end() : 0;
            relativesNamed(doc, s, kinFrom).forEach(r -> last.participants.putIfAbsent(r, cue.capacity()));
        }
    }

    /**
     * The people a sentence names by kinship after {@code from} ("accompanied by his daughter"): the one person
     * the article or the reference data gives that tie to the one "his" or "her" refers to.
     */
    private List<String> relativesNamed(AnalyzedDocument doc, Sentence s, int from) {
        List<String> found = new ArrayList<>();
        Matcher m = KIN.matcher(s.text());
        m.region(from, s.text().length());
        while (m.find()) {
            String property = kinship.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            int possessive = s.start() + m.start();
            Optional<String> anchor = doc.entityAt(possessive, possessive + 3);
            if (property != null && anchor.isPresent()) {
                relativeOf(doc, anchor.get(), property).ifPresent(found::add);
            }
        }
        return found;
    }

    private Optional<String> relativeOf(AnalyzedDocument doc, String anchor, String property) {
        Set<String> relatives = new LinkedHashSet<>();
        doc.relations().stream().filter(r -> r.property().equals(property) && r.object().equals(anchor))
                .forEach(r -> relatives.add(r.subject()));
        reference.listSubjectsWithProperty(NKG.propertyNamed(property), reference.getResource(anchor))
                .forEachRemaining(r -> relatives.add(r.getURI()));
        return relatives.size() == 1 ? Optional.of(relatives.iterator().next()) : Optional.empty();
    }

    /** Adds a drafted event to the list, or merges it into an earlier mention of the same event. */
    private void merge(Draft d, List<Draft> events) {
        if (d.places.isEmpty() && (d.time == null || !d.time.isResolved())) {
            // No place or date of its own: it continues a recent event of its kind ("During the ceremony, he cut
            // the ribbon"), or it is too vague to record ("scenes of Kim inspecting factories").
            events.stream().filter(e -> e.sameKind(d, classes)
                        && d.firstSentence() - e.lastSentence() <= CONTINUATION_REACH)
                    .max(Comparator.comparingInt(Draft::lastSentence)).ifPresent(e -> e.absorb(d, gazetteer));
            return;
        }
        for (Draft e : events) {
            if (e.sameKind(d, classes) && e.compatibleTime(d) && gazetteer.samePlaces(e.places, d.places)) {
                e.absorb(d, gazetteer);
                return;
            }
        }
        // A tour of the site at an opening is part of the opening, unless it is another site.
        for (Draft e : events) {
            if (e.eventClass.equals(OPENING) && !d.eventClass.equals(OPENING) && (d.time == null
                    || !d.time.isResolved()) && gazetteer.samePlaces(e.places, d.places)
                    && (d.facility == null || e.facility == null || d.facility.equals(e.facility))) {
                e.absorb(d, gazetteer);
                return;
            }
        }
        events.add(d);
    }

    private record Hit(int start, int end, String text, EventRules.Trigger trigger) {}

    /** An event being assembled from one or more trigger mentions. */
    private static final class Draft {
        final String eventClass;
        final List<EventMention.Evidence> evidence = new ArrayList<>();
        final Map<String, String> participants = new LinkedHashMap<>();
        final List<String> places = new ArrayList<>();
        String facility;
        TimeValue time;
        String dateText;

        Draft(Hit hit, int sentence) {
            this.eventClass = hit.trigger.eventClass();
            evidence.add(new EventMention.Evidence(sentence, hit.start, hit.end, hit.text, hit.trigger.rule(),
                    hit.trigger.confidence()));
        }

        int firstSentence() {
            return evidence.get(0).sentenceIndex();
        }

        int lastSentence() {
            return evidence.stream().mapToInt(EventMention.Evidence::sentenceIndex).max().orElseThrow();
        }

        boolean sameKind(Draft other, ClassHierarchy classes) {
            return classes.sameKind(NKG.NS + eventClass, NKG.NS + other.eventClass);
        }

        boolean compatibleTime(Draft other) {
            return time == null || other.time == null || time.compatibleWith(other.time);
        }

        /** Takes in another mention of this event: its evidence, people, and whatever it says more precisely. */
        void absorb(Draft other, Gazetteer gazetteer) {
            for (EventMention.Evidence e : other.evidence) {
                if (evidence.stream().noneMatch(x -> x.sentenceIndex() == e.sentenceIndex())) {
                    evidence.add(e);
                }
            }
            other.participants.forEach(participants::putIfAbsent);
            if (facility == null) {
                facility = other.facility;
            }
            if (other.time != null && other.time.isResolved() && (time == null || !time.isResolved()
                    || span(other.time) < span(time) && other.time.compatibleWith(time))) {
                time = other.time;
                dateText = other.dateText;
            }
            Set<String> all = new LinkedHashSet<>(places);
            all.addAll(other.places);
            places.clear();
            places.addAll(gazetteer.finest(all));
        }

        /** How many days a value may mean: a precise one is worth more than a vague one. */
        private static long span(TimeValue t) {
            return java.time.temporal.ChronoUnit.DAYS.between(t.earliest(), t.latest());
        }

        EventMention toMention() {
            List<Participation> ps = new ArrayList<>();
            participants.forEach((entity, capacity) -> ps.add(new Participation(entity, capacity)));
            // A site belongs to one place: openings in a list of counties were at as many sites.
            String site = places.size() <= 1 ? facility : null;
            return new EventMention(eventClass, evidence, ps, places, site,
                    time == null ? TimeValue.unresolved() : time, dateText);
        }
    }
}
