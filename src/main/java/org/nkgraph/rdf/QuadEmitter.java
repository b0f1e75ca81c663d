package org.nkgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.nkgraph.text.TimeValue;
import org.nkgraph.vocab.NKG;

/** Writes quads into one named graph; keeps the mapping code free of node plumbing. */
final class QuadEmitter {

    private final Node graph;
    private final StreamRDF out;

    QuadEmitter(Node graph, StreamRDF out) {
        this.graph = graph;
        this.out = out;
    }

    Node graph() {
        return graph;
    }

    void add(Node s, Resource p, Node o) {
        out.quad(Quad.create(graph, s, p.asNode(), o));
    }

    void add(Node s, Resource p, Resource o) {
        add(s, p, o.asNode());
    }

    void iri(Node s, Resource p, String iri) {
        add(s, p, NodeFactory.createURI(iri));
    }

    void iri(String s, Resource p, Node o) {
        add(NodeFactory.createURI(s), p, o);
    }

    void iri(String s, Resource p, String o) {
        add(NodeFactory.createURI(s), p, NodeFactory.createURI(o));
    }

    void string(Node s, Resource p, String value) {
        add(s, p, NodeFactory.createLiteralString(value));
    }

    void english(Node s, Resource p, String value) {
        add(s, p, NodeFactory.createLiteralLang(value, "en"));
    }

    void optional(Node s, Resource p, String value) {
        if (value != null && !value.isBlank()) {
            string(s, p, value);
        }
    }

    void count(Node s, Resource p, long value) {
        add(s, p, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDnonNegativeInteger));
    }

    void integer(Node s, Resource p, long value) {
        add(s, p, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
    }

    void decimal(Node s, Resource p, double value) {
        String lexical = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        add(s, p, NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal));
    }

    void typed(Node s, Resource p, String lexical, XSDDatatype type) {
        add(s, p, NodeFactory.createLiteralDT(lexical, type));
    }

    /**
     * A date as precise as known with {@code exactProp} (for "early June", the month), and bounds with start and
     * end dates.
     */
    void time(Node s, Resource exactProp, TimeValue t, String text) {
        String value = t == null ? null : t.exact() != null ? t.exact() : t.commonPeriod();
        if (value != null) {
            typed(s, exactProp, value, datatypeOf(value));
        }
        if (t != null && t.earliest() != null) {
            typed(s, NKG.startDate, t.earliest().toString(), XSDDatatype.XSDdate);
            typed(s, NKG.endDate, t.latest().toString(), XSDDatatype.XSDdate);
        }
        optional(s, NKG.dateText, text);
    }

    /** xsd:date, xsd:gYearMonth or xsd:gYear, by the value's precision. */
    static XSDDatatype datatypeOf(String isoValue) {
        return switch (isoValue.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
    }
}
