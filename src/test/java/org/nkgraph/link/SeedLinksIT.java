package org.nkgraph.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkgraph.pipeline.GraphBuilder;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.store.KgStore;
import org.nkgraph.vocab.WD;

/** On the seed articles, CQ07 keeps precision 1.0: every Wikidata link is an item the research verified. */
class SeedLinksIT {
    private static final Path SEEDS = Path.of("../shared/seeds");
    private static final Path RESEARCH = Path.of("../shared/research");
    private static final Pattern QID = Pattern.compile("\\bQ[1-9][0-9]*\\b");

    @TempDir
    Path dir;

    @Test
    void cq07ReturnsOnlyResearchedItems() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS) && Files.isDirectory(RESEARCH), "seeds or research absent");
        Set<String> researched = researchedItems();
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            GraphBuilder.create(store).build().build(List.of(SEEDS));
            DatasetGraph dsg = store.datasetGraph();
            String cq07 = Files.readString(Path.of("queries/cq07-wikidata-links.rq"), StandardCharsets.UTF_8);
            List<String> items = new ArrayList<>();
            Txn.executeRead(dsg, () -> QueryExec.dataset(dsg).query(cq07).select()
                    .forEachRemaining(b -> items.add(b.get("wikidata").getURI())));
            assertFalse(items.isEmpty());
            for (String item : items) {
                assertTrue(researched.contains(WD.itemId(item)), item + " is not in the research files");
            }
            // What `nkgraph link` would try: only entities the articles introduced, none the reference data knows.
            org.apache.jena.rdf.model.Model reference = ReferenceData.bundled().reference();
            for (LinkTarget target : WikidataLinker.targets(dsg)) {
                assertFalse(reference.containsResource(reference.createResource(target.iri())),
                        target + " is a reference entity");
            }
        }
    }

    /** Item ids in the qid column of wikidata-qids.tsv and the wikidata column of nk-admin-divisions.tsv. */
    private static Set<String> researchedItems() throws IOException {
        Set<String> ids = new HashSet<>();
        for (String file : List.of("wikidata-qids.tsv", "nk-admin-divisions.tsv")) {
            List<String> lines = Files.readAllLines(RESEARCH.resolve(file), StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).split("\t", -1));
            int column = Math.max(header.indexOf("qid"), header.indexOf("wikidata"));
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                if (cells.length > column) {
                    Matcher m = QID.matcher(cells[column]);
                    if (m.matches()) {
                        ids.add(m.group());
                    }
                }
            }
        }
        return ids;
    }
}
