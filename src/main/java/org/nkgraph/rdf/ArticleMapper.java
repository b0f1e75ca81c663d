package org.nkgraph.rdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.PublicationDate;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.text.AnalyzedDocument;
import org.nkgraph.text.EntityKinds;
import org.nkgraph.text.EntityClass;
import org.nkgraph.text.MeetingMention;
import org.nkgraph.text.Mention;
import org.nkgraph.text.Sentence;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/**
 * Writes an analysed document as RDF: the article and its metadata, every mention with its offsets, rule and
 * confidence, the facts it states (through {@link FactMapper}) and the sentences that carry any of these, in the
 * article's own named graph; and the nodes it shares with other articles in the resolved graph.
 *
 * <pre>
 * new ArticleMapper().map(analyzed, Instant.now(), streamRdf, SharedNodes.NONE);
 * </pre>
 */
public final class ArticleMapper {

    private final EntityKinds kinds = new EntityKinds(ReferenceData.bundled());

    /**
     * Emits the quads of {@code doc}.
     *
     * @param loadedAt recorded as when the build read the article
     * @param shared   what the store holds of shared nodes, so that this article's events join those other
     *                 articles reported, and a node another article named keeps its label
     */
    public void map(AnalyzedDocument doc, Instant loadedAt, StreamRDF out, SharedNodes shared) {
        Document d = doc.document();
        String id = d.id();
        QuadEmitter e = new QuadEmitter(NKGID.articleGraphNode(id), out);
        QuadEmitter resolved = new QuadEmitter(NKGID.GRAPH_RESOLVED, out);
        Node article = NKGID.article(id).asNode();
        e.add(article, RDF.type, NKG.Article);
        mapMetadata(e, article, d, id, loadedAt);

        Set<Integer> sentencesUsed = new TreeSet<>();
        Set<String> entities = new LinkedHashSet<>();
        int n = 0;
        for (Mention m : namesOf(doc)) {
            Node mention = NKGID.mention(id, n++).asNode();
            e.add(mention, RDF.type, NKG.Mention);
            e.add(mention, NKG.inArticle, article);
            e.add(mention, NKG.inSentence, NKGID.sentence(id, m.sentenceIndex()));
            e.count(mention, NKG.start, m.start());
            e.count(mention, NKG.end, m.end());
            e.string(mention, NKG.text, m.text());
            e.add(mention, NKG.nameType, EntityClasses.ontologyClass(m.entityClass()));
            e.string(mention, NKG.rule, m.rule());
            e.decimal(mention, NKG.confidence, m.confidence());
            if (m.entity() != null) {
                e.iri(mention, NKG.denotes, m.entity());
                entities.add(m.entity());
            }
            sentencesUsed.add(m.sentenceIndex());
        }
        // "The cabinet" or "the ministry" mentions an organization as surely as its name does.
        doc.references().forEach(r -> entities.add(r.entity()));
        for (String entity : entities) {
            e.iri(article, NKG.mentions, entity);
        }
        sentencesUsed.addAll(new FactMapper(doc, id, article, e, resolved, shared, kinds).mapAll());
        for (int index : sentencesUsed) {
            Sentence s = doc.sentences().get(index);
            Node sentence = NKGID.sentence(id, index).asNode();
            e.add(sentence, RDF.type, NKG.Sentence);
            e.add(sentence, NKG.inArticle, article);
            e.count(sentence, NKG.index, s.index());
            e.count(sentence, NKG.start, s.start());
            e.count(sentence, NKG.end, s.end());
            e.string(sentence, NKG.text, s.text());
        }
    }

    /**
     * The names to record: the mentions, and the names of meetings ("the Ninth Congress") that no mention covers;
     * the meeting stage finds those without making them mentions, which would hide them from later stages.
     */
    private static List<Mention> namesOf(AnalyzedDocument doc) {
        List<Mention> names = new ArrayList<>(doc.mentions());
        for (MeetingMention m : doc.meetings()) {
            Mention name = new Mention(m.start(), m.end(), doc.text().substring(m.start(), m.end()),
                    EntityClass.MEETING, m.iri(), m.sentenceIndex(), m.rule(), m.confidence());
            if (names.stream().noneMatch(name::overlaps)) {
                names.add(name);
            }
        }
        names.sort(Comparator.comparingInt(Mention::start));
        return names;
    }

    private static void mapMetadata(QuadEmitter e, Node article, Document d, String id, Instant loadedAt) {
        e.string(article, NKG.contentHash, id);
        e.string(article, NKG.sourceFile, d.source().fileName());
        e.string(article, NKG.sourcePath, d.source().path().toString());
        e.string(article, NKG.sourceKey, d.source().key());
        if (d.source().line() > 0) {
            e.integer(article, NKG.sourceLine, d.source().line());
        }
        e.string(article, NKG.format, d.source().format());
        e.string(article, NKG.body, d.text());
        e.typed(article, NKG.loadedAt, loadedAt.toString(), XSDDatatype.XSDdateTime);
        e.optional(article, NKG.title, d.title());
        e.optional(article, NKG.byline, d.byline());
        e.optional(article, NKG.authorName, d.author());
        e.optional(article, NKG.dateline, d.dateline());
        e.optional(article, NKG.publisherName, d.publisher());
        if (d.url() != null) {
            e.add(article, NKG.url, NodeFactory.createLiteralDT(d.url(), XSDDatatype.XSDanyURI));
        }
        date(e, article, d.published(), NKG.publicationDate, NKG.publicationDateTime);
        date(e, article, d.updated(), NKG.modifiedDate, NKG.modifiedDateTime);
    }

    private static void date(QuadEmitter e, Node article, PublicationDate date, Resource dateProp,
            Resource timeProp) {
        if (date == null) {
            return;
        }
        e.typed(article, dateProp, date.date().toString(), XSDDatatype.XSDdate);
        date.dateTimeLexical().ifPresent(t -> e.typed(article, timeProp, t, XSDDatatype.XSDdateTime));
    }
}
