package org.nkgraph.store;

import java.time.LocalDate;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.nkgraph.text.TimeValue;
import org.nkgraph.vocab.NKG;

/** When the articles in a store say a node (an event, a meeting) took place. */
public final class StatedTimes {

    private StatedTimes() {}

    /**
     * The tightest bounds the articles give for {@code node}: the latest start and the earliest end, leaving out
     * what {@code exceptGraph} states (null: leave out nothing). Unresolved when no article dates it, or when the
     * articles contradict each other. Call inside a transaction.
     */
    public static TimeValue tightest(DatasetGraph dsg, Node node, Node exceptGraph) {
        LocalDate start = null;
        LocalDate end = null;
        for (var it = dsg.find(Node.ANY, node, NKG.startDate.asNode(), Node.ANY); it.hasNext();) {
            Quad q = it.next();
            if (!q.getGraph().equals(exceptGraph)) {
                LocalDate d = LocalDate.parse(q.getObject().getLiteralLexicalForm());
                start = start == null || d.isAfter(start) ? d : start;
            }
        }
        for (var it = dsg.find(Node.ANY, node, NKG.endDate.asNode(), Node.ANY); it.hasNext();) {
            Quad q = it.next();
            if (!q.getGraph().equals(exceptGraph)) {
                LocalDate d = LocalDate.parse(q.getObject().getLiteralLexicalForm());
                end = end == null || d.isBefore(end) ? d : end;
            }
        }
        if (start == null || end == null || end.isBefore(start)) {
            return TimeValue.unresolved();
        }
        return TimeValue.between(start, end);
    }
}
