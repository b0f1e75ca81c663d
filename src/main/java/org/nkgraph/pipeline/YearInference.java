package org.nkgraph.pipeline;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.nkgraph.store.StatedTimes;
import org.nkgraph.text.AnalyzedDocument;
import org.nkgraph.text.TimeValue;
import org.nkgraph.text.MeetingMention;
import org.nkgraph.text.RuleFile;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/**
 * Infers the year of an article that states no publication date, from a meeting it dates relative to its own time
 * ("the 9th Party Congress early next year") that other articles date absolutely (to 2026): the article was then
 * written in 2025. Every such meeting must give the same year, or nothing is inferred. The rules are in
 * {@code rules/relative-years.tsv}.
 */
final class YearInference {

    private static final String RULES = "/org/nkgraph/text/rules/relative-years.tsv";

    private final List<Offset> offsets = new ArrayList<>();

    /** The year inferred, and the meeting it was inferred from. */
    record Inferred(Year year, String from) {}

    private record Offset(Pattern pattern, int years) {}

    YearInference() {
        for (RuleFile.Row row : RuleFile.load(RULES, 2).rows()) {
            offsets.add(new Offset(row.pattern(0), (int) row.number(1)));
        }
    }

    /**
     * Whether {@code doc} states no publication date and dates a meeting relative to itself: only then can
     * {@link #infer} find its year, so a build keeps only such articles until its end.
     */
    boolean mayInfer(AnalyzedDocument doc) {
        return doc.document().published() == null
                && doc.meetings().stream().anyMatch(m -> offsetOf(m.dateText()).isPresent());
    }

    /** The year of {@code doc}, if the store dates a meeting that the article dates relative to itself. */
    Optional<Inferred> infer(DatasetGraph dsg, AnalyzedDocument doc) {
        Node self = NKGID.articleGraphNode(doc.document().id());
        return Txn.calculateRead(dsg, () -> {
            Inferred found = null;
            for (MeetingMention m : doc.meetings()) {
                Optional<Integer> offset = offsetOf(m.dateText());
                Optional<Integer> year = offset.isEmpty() ? Optional.empty() : yearElsewhere(dsg, m.iri(), self);
                if (year.isEmpty()) {
                    continue;
                }
                Year candidate = Year.of(year.get() - offset.get());
                if (found != null && !found.year().equals(candidate)) {
                    return Optional.<Inferred>empty();
                }
                found = new Inferred(candidate, m.iri());
            }
            return Optional.ofNullable(found);
        });
    }

    /** Records in the article's graph the year inferred for it and the meeting it came from. */
    static void record(AnalyzedDocument doc, Inferred inferred, StreamRDF out) {
        String id = doc.document().id();
        Node graph = NKGID.articleGraphNode(id);
        Node article = NKGID.article(id).asNode();
        out.quad(Quad.create(graph, article, NKG.inferredYear.asNode(),
                NodeFactory.createLiteralDT(inferred.year().toString(), XSDDatatype.XSDgYear)));
        out.quad(Quad.create(graph, article, NKG.inferredFrom.asNode(), NodeFactory.createURI(inferred.from())));
    }

    private Optional<Integer> offsetOf(String dateText) {
        if (dateText == null) {
            return Optional.empty();
        }
        return offsets.stream().filter(o -> o.pattern.matcher(dateText).find()).map(o -> o.years).findFirst();
    }

    /** The one year in which other articles' bounds for the meeting lie, if they agree on one. */
    private static Optional<Integer> yearElsewhere(DatasetGraph dsg, String meeting, Node exceptGraph) {
        TimeValue t = StatedTimes.tightest(dsg, NodeFactory.createURI(meeting), exceptGraph);
        if (!t.isResolved() || t.earliest().getYear() != t.latest().getYear()) {
            return Optional.empty();
        }
        return Optional.of(t.earliest().getYear());
    }
}
