package org.nkgraph.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes a model of IRI subjects as Turtle in one fixed order, so the same triples always give the same
 * bytes and a regenerated file shows only real changes in a diff. Order: header comment, prefixes by name,
 * subjects by IRI, {@code a} first and then the given predicate order, then other predicates by their
 * written form; objects by their written form, one per line.
 *
 * <pre>
 * SortedTurtleWriter.write(model, List.of("Generated file."), List.of(SKOS.prefLabel), writer);
 * </pre>
 */
public final class SortedTurtleWriter {
    private static final String INDENT = "    ";
    /** IRIs before literals; literals by text, then language tag, then datatype. */
    private static final Comparator<Node> OBJECT_ORDER = Comparator.comparing((Node o) -> o.isLiteral())
            .thenComparing(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.toString())
            .thenComparing(o -> o.isLiteral() ? o.getLiteralLanguage() : "")
            .thenComparing(o -> o.isLiteral() ? o.getLiteralDatatypeURI() : "");

    private SortedTurtleWriter() {}

    /**
     * Writes the model.
     *
     * @param model          triples and prefixes; every subject must be an IRI
     * @param header         comment lines, written after "# "
     * @param predicateOrder predicates to write first (after rdf:type), in this order
     * @param out            receives the Turtle; not closed
     */
    public static void write(Model model, List<String> header, List<Property> predicateOrder, Writer out) {
        PrefixMap prefixes = PrefixMapFactory.create(new TreeMap<>(model.getNsPrefixMap()));
        StringBuilder text = new StringBuilder();
        for (String line : header) {
            text.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        if (!header.isEmpty()) {
            text.append('\n');
        }
        new TreeMap<>(prefixes.getMapping()).forEach((prefix, iri) ->
                text.append("@prefix ").append(prefix).append(": <").append(iri).append("> .\n"));
        Map<String, List<Triple>> bySubject = new TreeMap<>();
        model.getGraph().find().forEach(t -> {
            if (!t.getSubject().isURI()) {
                throw new IllegalArgumentException("only IRI subjects can be written, not " + t.getSubject());
            }
            bySubject.computeIfAbsent(t.getSubject().getURI(), s -> new ArrayList<>()).add(t);
        });
        Comparator<Node> predicateRank = predicateComparator(predicateOrder, prefixes);
        bySubject.values().forEach(triples -> appendSubject(text, triples, predicateRank, prefixes));
        try {
            out.write(text.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendSubject(StringBuilder text, List<Triple> triples, Comparator<Node> predicateRank,
            PrefixMap prefixes) {
        Map<Node, List<Node>> objects = new TreeMap<>(predicateRank);
        for (Triple t : triples) {
            objects.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
        }
        text.append('\n').append(NodeFmtLib.str(triples.get(0).getSubject(), prefixes));
        String separator = "\n";
        for (Map.Entry<Node, List<Node>> entry : objects.entrySet()) {
            text.append(separator).append(INDENT).append(predicateText(entry.getKey(), prefixes)).append(' ');
            List<String> values = entry.getValue().stream().sorted(OBJECT_ORDER)
                    .map(o -> NodeFmtLib.str(o, prefixes)).toList();
            text.append(String.join(" ,\n" + INDENT + INDENT, values));
            separator = " ;\n";
        }
        text.append(" .\n");
    }

    private static String predicateText(Node predicate, PrefixMap prefixes) {
        return predicate.equals(RDF.type.asNode()) ? "a" : NodeFmtLib.str(predicate, prefixes);
    }

    private static Comparator<Node> predicateComparator(List<Property> order, PrefixMap prefixes) {
        List<Node> ranked = new ArrayList<>();
        ranked.add(RDF.type.asNode());
        order.forEach(p -> ranked.add(p.asNode()));
        Comparator<Node> byRank = Comparator.comparingInt(p -> ranked.contains(p) ? ranked.indexOf(p)
                : ranked.size());
        return byRank.thenComparing(p -> NodeFmtLib.str(p, prefixes));
    }
}
