package org.nkgraph.text;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nkgraph.doc.Document;

/** A document and what the analysis stages have found in it so far. */
public final class AnalyzedDocument {

    private final Document document;
    private final Set<Layer> layers = EnumSet.noneOf(Layer.class);
    private List<Sentence> sentences = List.of();
    private List<LiteralGate.Text> folded;
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, NewEntity> newEntities = new LinkedHashMap<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();
    private final List<EventMention> events = new ArrayList<>();
    private final List<StatementMention> statements = new ArrayList<>();
    private final List<RelationMention> relations = new ArrayList<>();
    private final List<PositionMention> positions = new ArrayList<>();
    private final List<MeetingMention> meetings = new ArrayList<>();
    private final List<PolicyMention> policies = new ArrayList<>();

    private final Year assumedYear;

    public AnalyzedDocument(Document document) {
        this(document, null);
    }

    /**
     * A document to analyse in a year inferred from other articles, for one that states no publication date.
     *
     * @param assumedYear the year to read dates without a year in, or null
     */
    public AnalyzedDocument(Document document, Year assumedYear) {
        this.document = Objects.requireNonNull(document, "document");
        this.assumedYear = assumedYear;
    }

    /** The year inferred for a document with no publication date, if any. */
    public Optional<Year> assumedYear() {
        return Optional.ofNullable(assumedYear);
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    void markDone(Set<Layer> provided) {
        layers.addAll(provided);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public void setSentences(List<Sentence> newSentences) {
        this.sentences = List.copyOf(newSentences);
        this.folded = null;
    }

    /** A sentence's text folded for the rule gates; folded once per document, since every stage gates its rules. */
    LiteralGate.Text folded(Sentence s) {
        if (folded == null) {
            folded = sentences.stream().map(x -> LiteralGate.fold(x.text())).toList();
        }
        return folded.get(s.index());
    }

    /** The mentions found, ordered by offset. */
    public List<Mention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    public void addMention(Mention mention) {
        mentions.add(mention);
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    }

    /** Removes a mention (a later stage found a better reading of the same words). */
    public void removeMention(Mention mention) {
        mentions.remove(mention);
    }

    /** The mention that covers this offset, if any. */
    public Optional<Mention> mentionAt(int offset) {
        return mentions.stream().filter(m -> m.start() <= offset && offset < m.end()).findFirst();
    }

    /** Entities the reference data does not know, found in this document, by IRI. */
    public Collection<NewEntity> newEntities() {
        return Collections.unmodifiableCollection(newEntities.values());
    }

    /** Records a new entity; a second record of the same IRI adds its names to the first. */
    public void addNewEntity(NewEntity entity) {
        newEntities.merge(entity.iri(), entity, (a, b) -> {
            Set<String> names = new LinkedHashSet<>(a.names());
            names.addAll(b.names());
            names.add(b.label());
            names.remove(a.label());
            return new NewEntity(a.iri(), a.className(), a.label(), names, a.partOf() != null ? a.partOf() : b.partOf());
        });
    }

    /** Pronouns, surnames and descriptions resolved to entities, ordered by offset. */
    public List<Reference> references() {
        return Collections.unmodifiableList(references);
    }

    public void addReference(Reference reference) {
        references.add(reference);
        references.sort(Comparator.comparingInt(Reference::start));
    }

    /**
     * The entity that the words at {@code [start, end)} stand for: a mention's entity or a resolved reference,
     * whichever covers the span.
     */
    public Optional<String> entityAt(int start, int end) {
        for (Mention m : mentions) {
            if (m.entity() != null && m.start() <= start && end <= m.end()) {
                return Optional.of(m.entity());
            }
        }
        for (Reference r : references) {
            if (r.start() <= start && end <= r.end()) {
                return Optional.of(r.entity());
            }
        }
        return Optional.empty();
    }

    public List<DateMention> dates() {
        return Collections.unmodifiableList(dates);
    }

    public void addDate(DateMention date) {
        dates.add(date);
        dates.sort(Comparator.comparingInt(DateMention::start));
    }

    public List<EventMention> events() {
        return Collections.unmodifiableList(events);
    }

    public void addEvent(EventMention event) {
        events.add(event);
    }

    public List<StatementMention> statements() {
        return Collections.unmodifiableList(statements);
    }

    public void addStatement(StatementMention statement) {
        statements.add(statement);
    }

    public List<RelationMention> relations() {
        return Collections.unmodifiableList(relations);
    }

    public void addRelation(RelationMention relation) {
        relations.add(relation);
    }

    public List<PositionMention> positions() {
        return Collections.unmodifiableList(positions);
    }

    public void addPosition(PositionMention position) {
        positions.add(position);
    }

    public List<MeetingMention> meetings() {
        return Collections.unmodifiableList(meetings);
    }

    public void addMeeting(MeetingMention meeting) {
        meetings.add(meeting);
    }

    public List<PolicyMention> policies() {
        return Collections.unmodifiableList(policies);
    }

    public void addPolicy(PolicyMention policy) {
        policies.add(policy);
    }

    /** The sentence that contains the offset; every offset inside the text has one. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no sentence at offset " + offset + " in " + document.source());
    }
}
