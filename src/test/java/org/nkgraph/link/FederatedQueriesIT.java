package org.nkgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.server.KgServer;
import org.nkgraph.store.KgStore;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;
import org.nkgraph.vocab.WD;

/**
 * The SERVICE allow-list of the served endpoint, and the federated examples in {@code queries/examples/} run against
 * the Wikidata-shaped fixture endpoint (their SERVICE IRI rewritten to it), with their offline twins on the store.
 */
class FederatedQueriesIT {
    private static final Path EXAMPLES = Path.of("queries/examples");

    @TempDir
    static Path dir;

    private static KgServer fixture;
    private static KgStore store;

    @BeforeAll
    static void setUp() {
        fixture = WikidataFixture.server().start();
        store = KgStore.open(dir.resolve("db"));
        store.installReference(ReferenceData.bundled());
        DatasetGraph dsg = store.datasetGraph();
        // One opening, at a county the reference data links to its item: what CQ02 would find in an article.
        Node event = NKGID.event("test/puryong-opening").asNode();
        Node g = NKGID.GRAPH_RESOLVED;
        Txn.executeWrite(dsg, () -> {
            dsg.add(new Quad(g, event, RDF.type.asNode(), NKG.Inauguration.asNode()));
            dsg.add(new Quad(g, event, NKG.place.asNode(), NKGID.place("north-hamgyong/puryong").asNode()));
            dsg.add(new Quad(g, event, NKG.date.asNode(), NodeFactory.createLiteralDT("2025-12-15",
                    XSDDatatype.XSDdate)));
        });
    }

    @AfterAll
    static void tearDown() {
        fixture.stop();
        store.close();
    }

    @Test
    void serviceReachesAnAllowedEndpointOnly() {
        String probe = "SELECT ?c WHERE { SERVICE <" + fixture.urls().query() + "> { <" + WD.NS
                + "Q705193> <http://www.wikidata.org/prop/direct/P625> ?c } }";
        try (KgServer allowed = serve(List.of(fixture.urls().query()))) {
            List<Map<String, String>> rows = select(allowed, probe);
            assertEquals(List.of(Map.of("c", "Point(129.7 42.06)")), rows);
        }
        try (KgServer refusing = serve(KgServer.DEFAULT_SERVICE_ALLOW_LIST)) {
            assertThrows(RuntimeException.class, () -> select(refusing, probe));
            String silent = probe.replace("SERVICE <", "SERVICE SILENT <");
            assertEquals(List.of(Map.of()), select(refusing, silent));
        }
    }

    @Test
    void federatedExamplesRunAgainstTheFixtureEndpoint() throws IOException {
        try (KgServer server = serve(List.of(fixture.urls().query()))) {
            List<Map<String, String>> coords = select(server, federated("wikidata-factory-coordinates.rq"));
            assertEquals(1, coords.size(), coords.toString());
            assertEquals("Point(129.7 42.06)", coords.get(0).get("coord"));
            assertEquals(WD.NS + "Q705193", coords.get(0).get("item"));

            List<Map<String, String>> positions = select(server, federated("wikidata-official-positions.rq"));
            assertTrue(positions.stream().anyMatch(r -> "Premier of North Korea".equals(r.get("positionLabel"))
                    && r.get("item").equals(WD.NS + "Q16905281")), positions.toString());

            List<Map<String, String>> population = select(server, federated("wikidata-province-population.rq"));
            assertEquals(1, population.size(), population.toString());
            assertEquals(WD.NS + "Q109361", population.get(0).get("item"));
            assertEquals("2300000", population.get(0).get("population"));
        }
    }

    @Test
    void offlineTwinsRunOnTheLocalSnapshot() throws IOException {
        List<Map<String, String>> coords = local(read("wikidata-factory-coordinates-offline.rq"));
        assertEquals(1, coords.size(), coords.toString());
        assertTrue(coords.get(0).get("coord").startsWith("Point(129."), coords.toString());
        List<Map<String, String>> positions = local(read("wikidata-official-positions-offline.rq"));
        assertTrue(positions.stream().anyMatch(r -> r.get("item").equals(WD.NS + "Q16905281")));
        List<Map<String, String>> provinces = local(read("wikidata-province-population-offline.rq"));
        assertEquals(1, provinces.size());
        assertEquals(WD.NS + "Q15620174", provinces.get(0).get("class"));
        for (String name : List.of("wikidata-factory-coordinates", "wikidata-official-positions",
                "wikidata-province-population")) {
            assertTrue(read(name + ".rq").contains("SERVICE <" + WD.QUERY_SERVICE + ">"), name);
            assertFalse(read(name + "-offline.rq").contains("SERVICE"), name);
        }
    }

    private static KgServer serve(List<String> allowList) {
        return KgServer.create().dataset(store.datasetGraph()).port(0).serviceAllowList(allowList).build().start();
    }

    private static String federated(String file) throws IOException {
        return read(file).replace("<" + WD.QUERY_SERVICE + ">", "<" + fixture.urls().query() + ">");
    }

    private static String read(String file) throws IOException {
        return Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);
    }

    private static List<Map<String, String>> select(KgServer server, String query) {
        try (QueryExec exec = QueryExecHTTP.service(server.urls().query()).query(query).build()) {
            return rows(exec.select());
        }
    }

    private static List<Map<String, String>> local(String query) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> rows(QueryExec.dataset(dsg).query(query).select()));
    }

    private static List<Map<String, String>> rows(RowSet rowSet) {
        List<Map<String, String>> rows = new ArrayList<>();
        rowSet.forEachRemaining(b -> {
            Map<String, String> row = new TreeMap<>();
            b.forEach((v, n) -> row.put(v.getVarName(), n.isURI() ? n.getURI() : n.getLiteralLexicalForm()));
            rows.add(row);
        });
        return rows;
    }
}
