package org.nkgraph.vocab;

import java.math.BigDecimal;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** A small built graph that holds one of everything the shapes check, written the way the builder should write it. */
final class ShapesFixture {

    static final String HASH = "0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f";
    // Invented text for the test; not taken from any article.
    static final String BODY = "The premier toured a new textile mill in Sinyang County on Tuesday. "
            + "Officials said the county would open two more workshops next year.";

    static final Resource ARTICLE = NKGID.article(HASH);
    static final Resource SENTENCE = NKGID.sentence(HASH, 0);
    static final Resource MENTION = NKGID.mention(HASH, 0);
    static final Resource EVIDENCE = NKGID.evidence(HASH, 0);
    static final Resource EVENT = NKGID.event(HASH + "-inspection-0");
    static final Resource STATEMENT = NKGID.entity("statement", HASH + "-0");
    static final Resource POSITION = NKGID.entity("position", "premier");
    static final Resource OFFICIAL = NKGID.person("pak-chol-min");
    static final Resource CABINET = NKGID.org("cabinet");
    static final Resource COUNTRY = NKGID.place("north-korea");
    static final Resource PROVINCE = NKGID.place("south-pyongan");
    static final Resource COUNTY = NKGID.place("south-pyongan/sinyang");
    static final Resource MILL = NKGID.entity("facility", "sinyang-textile-mill");
    static final Resource POLICY = NKGID.entity("policy", "regional-development");

    private ShapesFixture() {}

    /** A fresh model that conforms to the shapes once the ontology is added. */
    static Model wellFormed() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        addText(m);
        addPlaces(m);
        addFacts(m);
        return m;
    }

    private static void addText(Model m) {
        m.add(ARTICLE, RDF.type, NKG.Article)
                .add(ARTICLE, NKG.contentHash, HASH)
                .add(ARTICLE, NKG.sourceFile, "mill.txt")
                .add(ARTICLE, NKG.format, "txt")
                .add(ARTICLE, NKG.body, BODY)
                .add(ARTICLE, NKG.title, "Premier tours county mill")
                .add(ARTICLE, NKG.publicationDate, typed("2026-11-20", XSDDatatype.XSDdate))
                .add(ARTICLE, NKG.publicationDateTime, typed("2026-11-20T08:30:00+09:00", XSDDatatype.XSDdateTime));
        int sentenceEnd = BODY.indexOf('.') + 1;
        m.add(SENTENCE, RDF.type, NKG.Sentence)
                .add(SENTENCE, NKG.inArticle, ARTICLE)
                .add(SENTENCE, NKG.index, offset(0))
                .add(SENTENCE, NKG.start, offset(0))
                .add(SENTENCE, NKG.end, offset(sentenceEnd))
                .add(SENTENCE, NKG.text, BODY.substring(0, sentenceEnd));
        String name = "Sinyang County";
        int start = BODY.indexOf(name);
        m.add(MENTION, RDF.type, NKG.Mention)
                .add(MENTION, NKG.inArticle, ARTICLE)
                .add(MENTION, NKG.inSentence, SENTENCE)
                .add(MENTION, NKG.start, offset(start))
                .add(MENTION, NKG.end, offset(start + name.length()))
                .add(MENTION, NKG.text, name)
                .add(MENTION, NKG.rule, "gazetteer:places")
                .add(MENTION, NKG.confidence, m.createTypedLiteral(new BigDecimal("0.95")))
                .add(MENTION, NKG.denotes, COUNTY);
        m.add(EVIDENCE, RDF.type, NKG.Evidence)
                .add(EVIDENCE, NKG.evidenceFor, EVENT)
                .add(EVIDENCE, NKG.inArticle, ARTICLE)
                .add(EVIDENCE, NKG.inSentence, SENTENCE)
                .add(EVIDENCE, NKG.start, offset(0))
                .add(EVIDENCE, NKG.end, offset(sentenceEnd))
                .add(EVIDENCE, NKG.rule, "event:toured")
                .add(EVIDENCE, NKG.confidence, m.createTypedLiteral(new BigDecimal("0.8")));
    }

    private static void addPlaces(Model m) {
        place(m, COUNTRY, NKG.Country, "North Korea", null);
        place(m, PROVINCE, NKG.Province, "South Pyongan", COUNTRY);
        place(m, COUNTY, NKG.County, "Sinyang County", PROVINCE);
        place(m, MILL, NKG.Factory, "Sinyang Textile Mill", COUNTY);
        m.add(COUNTY, NKG.latitude, m.createTypedLiteral(new BigDecimal("39.61")))
                .add(COUNTY, NKG.longitude, m.createTypedLiteral(new BigDecimal("126.82")))
                .add(COUNTY, NKG.country, COUNTRY);
        m.add(MILL, NKG.locatedIn, COUNTY);
    }

    private static void addFacts(Model m) {
        m.add(OFFICIAL, RDF.type, NKG.Official).add(OFFICIAL, SKOS.prefLabel, "Pak Chol Min", "en");
        m.add(CABINET, RDF.type, NKG.GovernmentBody).add(CABINET, SKOS.prefLabel, "Cabinet", "en");
        m.add(EVENT, RDF.type, NKG.Inspection)
                .add(EVENT, NKG.reportedIn, ARTICLE)
                .add(EVENT, NKG.date, typed("2026-11-17", XSDDatatype.XSDdate))
                .add(EVENT, NKG.dateText, "on Tuesday")
                .add(EVENT, NKG.place, COUNTY)
                .add(EVENT, NKG.site, MILL)
                .add(EVENT, NKG.participant, OFFICIAL)
                .add(EVENT, NKG.policy, POLICY);
        m.add(POLICY, RDF.type, NKG.Policy)
                .add(POLICY, SKOS.prefLabel, "Regional development policy", "en")
                .add(POLICY, NKG.introducedDate, typed("2024-01", XSDDatatype.XSDgYearMonth));
        m.add(STATEMENT, RDF.type, NKG.Claim)
                .add(STATEMENT, NKG.speaker, CABINET)
                .add(STATEMENT, NKG.text, BODY.substring(BODY.indexOf("Officials")))
                .add(STATEMENT, NKG.reportedIn, ARTICLE);
        m.add(POSITION, RDF.type, NKG.Position)
                .add(POSITION, NKG.holder, OFFICIAL)
                .add(POSITION, NKG.organization, CABINET)
                .add(POSITION, NKG.positionTitle, "Premier")
                .add(OFFICIAL, NKG.holds, POSITION);
    }

    private static void place(Model m, Resource place, Resource type, String label, Resource parent) {
        m.add(place, RDF.type, type).add(place, SKOS.prefLabel, label, "en").add(place, RDFS.label, label, "en");
        if (parent != null) {
            m.add(place, NKG.partOf, parent);
        }
    }

    private static Literal offset(int n) {
        return typed(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Literal typed(String lexical, XSDDatatype type) {
        return ResourceFactory.createTypedLiteral(lexical, type);
    }
}
