package org.nkgraph.rdf;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.nkgraph.text.AnalyzedDocument;
import org.nkgraph.text.EntityKinds;
import org.nkgraph.text.EventMention;
import org.nkgraph.text.MeetingMention;
import org.nkgraph.text.NewEntity;
import org.nkgraph.text.Participation;
import org.nkgraph.text.PolicyMention;
import org.nkgraph.text.PositionMention;
import org.nkgraph.text.RelationMention;
import org.nkgraph.text.StatementMention;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/**
 * Writes the facts an article states: events, statements, positions, relations, meetings, policies, and the new
 * entities it names. Each fact gets an {@code nkg:Evidence} node with the sentence, offsets, rule and confidence.
 * Facts go in the article's graph; the identity of shared nodes (events, meetings, new entities: their class,
 * label and the articles that report them) goes in the resolved graph.
 */
final class FactMapper {

    private static final String LEADER = "leader";

    private final AnalyzedDocument doc;
    private final String id;
    private final Node article;
    private final QuadEmitter e;
    private final QuadEmitter resolved;
    private final SharedNodes shared;
    private final EntityKinds kinds;
    private final Set<Integer> sentences = new HashSet<>();
    private int evidenceCount;
    private int partCount;

    FactMapper(AnalyzedDocument doc, String id, Node article, QuadEmitter e, QuadEmitter resolved,
            SharedNodes shared, EntityKinds kinds) {
        this.kinds = kinds;
        this.doc = doc;
        this.id = id;
        this.article = article;
        this.e = e;
        this.resolved = resolved;
        this.shared = shared;
    }

    /** Writes every fact; returns the sentences that evidence points to. */
    Set<Integer> mapAll() {
        doc.newEntities().forEach(this::newEntity);
        doc.meetings().forEach(this::meeting);
        doc.policies().forEach(this::policy);
        doc.positions().forEach(this::position);
        doc.relations().forEach(this::relation);
        doc.statements().forEach(this::statement);
        for (EventMention ev : doc.events()) {
            event(ev);
        }
        return sentences;
    }

    private void newEntity(NewEntity n) {
        Node node = NodeFactory.createURI(n.iri());
        resolved.add(node, RDF.type, NKG.term(n.className()));
        label(node, n.label());
        for (String name : n.names()) {
            resolved.english(node, SKOS.altLabel, name);
        }
        if (n.partOf() != null) {
            // A facility is located in its place; a place is part of the one that contains it.
            resolved.iri(node, kinds.isA(doc, n.iri(), NKG.Facility) ? NKG.locatedIn : NKG.partOf, n.partOf());
        }
        resolved.add(node, NKG.reportedIn, article);
    }

    /** The first article to name a node gives its label; later spellings become alternative labels. */
    private void label(Node node, String label) {
        if (shared.isLabelled(node.getURI())) {
            resolved.english(node, SKOS.altLabel, label);
        } else {
            resolved.english(node, SKOS.prefLabel, label);
            resolved.english(node, RDFS.label, label);
        }
    }

    private void meeting(MeetingMention m) {
        Node node = NodeFactory.createURI(m.iri());
        resolved.add(node, RDF.type, NKG.term(m.className()));
        label(node, m.label());
        resolved.add(node, NKG.reportedIn, article);
        if (m.ordinal() != null) {
            e.count(node, NKG.ordinal, m.ordinal());
        }
        if (m.heldBy() != null) {
            e.iri(node, NKG.heldBy, m.heldBy());
        }
        e.time(node, NKG.date, m.time(), m.dateText());
        evidence(node, m.sentenceIndex(), m.start(), m.end(), m.rule(), m.confidence());
    }

    private void policy(PolicyMention p) {
        Node node = NodeFactory.createURI(p.policy());
        if (p.introducedAt() != null) {
            e.iri(node, NKG.introducedAt, p.introducedAt());
        }
        if (p.introducedBy() != null) {
            e.iri(node, NKG.introducedBy, p.introducedBy());
        }
        if (p.introduced() != null && p.introduced().exact() != null) {
            e.typed(node, NKG.introducedDate, p.introduced().exact(), QuadEmitter.datatypeOf(p.introduced().exact()));
        }
        if (p.annualTarget() != null) {
            e.integer(node, NKG.annualTarget, p.annualTarget());
        }
        e.optional(node, NKG.targetUnit, p.targetUnit());
        if (p.durationYears() != null) {
            e.integer(node, NKG.durationYears, p.durationYears());
        }
        evidence(node, p.sentenceIndex(), p.start(), p.end(), p.rule(), p.confidence());
    }

    private void position(PositionMention p) {
        Node node = NKGID.articlePart(id, "pos", partCount++).asNode();
        e.add(node, RDF.type, NKG.Position);
        e.iri(node, NKG.holder, p.holder());
        e.iri(p.holder(), NKG.holds, node);
        e.string(node, NKG.positionTitle, p.title());
        if (p.organization() != null) {
            e.iri(node, NKG.organization, p.organization());
        }
        e.add(node, NKG.reportedIn, article);
        evidence(node, p.sentenceIndex(), p.start(), p.end(), p.rule(), p.confidence());
    }

    private void relation(RelationMention r) {
        e.iri(r.subject(), NKG.propertyNamed(r.property()), r.object());
        evidence(NodeFactory.createURI(r.subject()), r.sentenceIndex(), r.start(), r.end(), r.rule(),
                r.confidence());
    }

    private void statement(StatementMention s) {
        Node node = NKGID.articlePart(id, "q", partCount++).asNode();
        e.add(node, RDF.type, s.kind() == StatementMention.Kind.QUOTE ? NKG.Quote : NKG.Claim);
        e.string(node, NKG.text, s.text());
        if (s.speaker() != null) {
            e.iri(node, NKG.speaker, s.speaker());
        }
        e.optional(node, NKG.speakerText, s.speakerText());
        e.add(node, NKG.reportedIn, article);
        evidence(node, s.sentenceIndex(), s.start(), s.end(), s.rule(), s.confidence());
    }

    private void event(EventMention ev) {
        boolean leader = ev.participants().stream().anyMatch(p -> LEADER.equals(p.capacity()));
        Optional<String> known = shared.findEvent(ev, id, leader);
        Node node = NodeFactory.createURI(known.orElseGet(() -> NKGID.event(id + "-" + partCount++).getURI()));
        if (known.isEmpty()) {
            // The first report gives the event its class; later ones may call a visit an inspection.
            resolved.add(node, RDF.type, NKG.term(ev.eventClass()));
        }
        resolved.add(node, NKG.reportedIn, article);
        for (String place : ev.places()) {
            e.iri(node, NKG.place, place);
        }
        if (ev.facility() != null) {
            e.iri(node, NKG.site, ev.facility());
        }
        e.time(node, NKG.date, ev.time(), ev.dateText());
        List<Participation> participants = ev.participants();
        for (Participation p : participants) {
            e.iri(node, NKG.participant, p.entity());
            Node part = NKGID.articlePart(id, "p", partCount++).asNode();
            e.add(node, NKG.hasParticipation, part);
            e.add(part, RDF.type, NKG.Participation);
            e.iri(part, NKG.agent, p.entity());
            e.string(part, NKG.capacity, p.capacity());
        }
        for (EventMention.Evidence ev2 : ev.evidence()) {
            evidence(node, ev2.sentenceIndex(), ev2.start(), ev2.end(), ev2.rule(), ev2.confidence());
        }
    }

    private void evidence(Node fact, int sentence, int start, int end, String rule, double confidence) {
        Node node = NKGID.evidence(id, evidenceCount++).asNode();
        e.add(node, RDF.type, NKG.Evidence);
        e.add(node, NKG.evidenceFor, fact);
        e.add(node, NKG.inArticle, article);
        e.add(node, NKG.inSentence, NKGID.sentence(id, sentence));
        e.count(node, NKG.start, start);
        e.count(node, NKG.end, end);
        e.string(node, NKG.rule, rule);
        e.decimal(node, NKG.confidence, confidence);
        sentences.add(sentence);
    }
}
