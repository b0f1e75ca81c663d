package org.nkgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkgraph.pipeline.BuildSummary;
import org.nkgraph.pipeline.GraphBuilder;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.store.GraphValidator;
import org.nkgraph.store.KgStore;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

class CorpusBuildIT {

    @TempDir
    Path dir;

    @Test
    void generatedArticlesBuildValidAndYieldEventsAndMentions() {
        int articles = 30;
        CorpusGenerator.bundled().generate(articles, 21L, dir.resolve("corpus"));
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            BuildSummary summary = GraphBuilder.create(kg).build().build(List.of(dir.resolve("corpus")));
            assertEquals(0, summary.rejected(), summary.toString());
            assertEquals(articles, summary.loaded(), summary.toString());

            ValidationReport report = new GraphValidator(ReferenceData.bundled()).validate(kg.datasetGraph());
            if (!report.conforms()) {
                ShLib.printReport(report);
            }
            assertTrue(report.conforms(), "the built graph conforms to the shapes");

            Txn.executeRead(kg.datasetGraph(), () -> {
                assertTrue(count(kg, NKG.Mention.asNode()) > articles, "mentions");
                assertTrue(count(kg, NKG.Inauguration.asNode()) > 0, "inaugurations");
                assertTrue(maxReports(kg) >= 2, "one event resolved across several articles");
            });
        }
    }

    private static long count(KgStore kg, Node type) {
        return kg.datasetGraph().stream(Node.ANY, Node.ANY, RDF.type.asNode(), type).count();
    }

    /** The most articles any resolved node is reported in. */
    private static int maxReports(KgStore kg) {
        Map<Node, Integer> reports = new HashMap<>();
        kg.datasetGraph().find(NKGID.GRAPH_RESOLVED, Node.ANY, NKG.reportedIn.asNode(), Node.ANY)
                .forEachRemaining(q -> reports.merge(q.getSubject(), 1, Integer::sum));
        return reports.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
