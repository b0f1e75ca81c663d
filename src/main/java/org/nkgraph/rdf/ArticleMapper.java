package org.nkgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.PublicationDate;
import org.nkgraph.text.AnalyzedDocument;
import org.nkgraph.text.Mention;
import org.nkgraph.text.Sentence;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/**
 * Writes an analysed document as the quads of its own named graph: the article and its metadata, the sentences
 * that carry something, and every mention with its offsets, rule and confidence.
 *
 * <pre>
 * new ArticleMapper().map(analyzed, Instant.now(), streamRdf);
 * </pre>
 */
public final class ArticleMapper {

    /** Emits the article graph of {@code doc}; {@code loadedAt} is recorded as when the build read it. */
    public void map(AnalyzedDocument doc, Instant loadedAt, StreamRDF out) {
        Document d = doc.document();
        String id = d.id();
        Emitter e = new Emitter(NKGID.articleGraphNode(id), out);
        Node article = NKGID.article(id).asNode();
        e.add(article, RDF.type.asNode(), NKG.Article);
        mapMetadata(e, article, d, id, loadedAt);

        Set<Integer> sentencesUsed = new TreeSet<>();
        Set<String> entities = new LinkedHashSet<>();
        int n = 0;
        for (Mention m : doc.mentions()) {
            Node mention = NKGID.mention(id, n++).asNode();
            e.add(mention, RDF.type.asNode(), NKG.Mention);
            e.add(mention, NKG.inArticle, article);
            e.add(mention, NKG.inSentence, NKGID.sentence(id, m.sentenceIndex()).asNode());
            e.integer(mention, NKG.start, m.start());
            e.integer(mention, NKG.end, m.end());
            e.string(mention, NKG.text, m.text());
            e.add(mention, NKG.nameType, EntityClasses.ontologyClass(m.entityClass()));
            e.string(mention, NKG.rule, m.rule());
            e.decimal(mention, NKG.confidence, m.confidence());
            if (m.entity() != null) {
                e.add(mention, NKG.denotes, NodeFactory.createURI(m.entity()));
                entities.add(m.entity());
            }
            sentencesUsed.add(m.sentenceIndex());
        }
        for (String entity : entities) {
            e.add(article, NKG.mentions, NodeFactory.createURI(entity));
        }
        for (int index : sentencesUsed) {
            Sentence s = doc.sentences().get(index);
            Node sentence = NKGID.sentence(id, index).asNode();
            e.add(sentence, RDF.type.asNode(), NKG.Sentence);
            e.add(sentence, NKG.inArticle, article);
            e.integer(sentence, NKG.index, s.index());
            e.integer(sentence, NKG.start, s.start());
            e.integer(sentence, NKG.end, s.end());
            e.string(sentence, NKG.text, s.text());
        }
    }

    private static void mapMetadata(Emitter e, Node article, Document d, String id, Instant loadedAt) {
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
            e.typed(article, NKG.url, d.url(), XSDDatatype.XSDanyURI);
        }
        date(e, article, d.published(), NKG.publicationDate, NKG.publicationDateTime);
        date(e, article, d.updated(), NKG.modifiedDate, NKG.modifiedDateTime);
    }

    private static void date(Emitter e, Node article, PublicationDate date, Resource dateProp, Resource timeProp) {
        if (date == null) {
            return;
        }
        e.typed(article, dateProp, date.date().toString(), XSDDatatype.XSDdate);
        date.dateTimeLexical().ifPresent(t -> e.typed(article, timeProp, t, XSDDatatype.XSDdateTime));
    }

    /** Builds quads in one graph; keeps the mapping code free of node plumbing. */
    private record Emitter(Node graph, StreamRDF out) {
        void add(Node s, Resource p, Resource o) {
            add(s, p, o.asNode());
        }

        void add(Node s, Node p, Resource o) {
            out.quad(Quad.create(graph, s, p, o.asNode()));
        }

        void add(Node s, Resource p, Node o) {
            out.quad(Quad.create(graph, s, p.asNode(), o));
        }

        void string(Node s, Resource p, String value) {
            add(s, p, NodeFactory.createLiteralString(value));
        }

        void optional(Node s, Resource p, String value) {
            if (value != null && !value.isBlank()) {
                string(s, p, value);
            }
        }

        void integer(Node s, Resource p, long value) {
            add(s, p, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDnonNegativeInteger));
        }

        void decimal(Node s, Resource p, double value) {
            String lexical = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString();
            add(s, p, NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal));
        }

        void typed(Node s, Resource p, String lexical, XSDDatatype type) {
            add(s, p, NodeFactory.createLiteralDT(lexical, type));
        }
    }
}
