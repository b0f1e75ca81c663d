package org.nkgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkgraph.server.KgServer;
import org.nkgraph.store.KgStore;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;
import org.nkgraph.vocab.WD;

/** The linker against a real local SPARQL endpoint serving the Wikidata-shaped fixture. */
class WikidataLinkIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void linksWhatFitsClearlyAndLeavesTheRestUnlinked() {
        try (KgServer fixture = WikidataFixture.server().start(); KgStore store = KgStore.open(dir.resolve("db"))) {
            DatasetGraph dsg = store.datasetGraph();
            WikidataFixture.writeNewEntities(dsg);
            CachingWikidataClient client = cachingClient(fixture.urls().query(), dir.resolve("cache.json"));
            Map<String, LinkDecision> byIri = byIri(new WikidataLinker(client, 0.8, CLOCK).link(dsg));

            assertEquals(5, byIri.size());
            assertLinked(dsg, byIri, WikidataFixture.CHOE, "Q714509");
            assertLinked(dsg, byIri, WikidataFixture.SPA, "Q714698");
            assertLinked(dsg, byIri, WikidataFixture.PURYONG, "Q705193");
            assertTrue(byIri.get(WikidataFixture.PURYONG).method().contains("parent Q109361"));
            assertEquals(LinkDecision.Status.AMBIGUOUS, byIri.get(WikidataFixture.KIM_SONG_NAM).status());
            assertEquals(LinkDecision.Status.NO_CANDIDATE, byIri.get(WikidataFixture.CHANG).status());
            assertNull(exactMatch(dsg, WikidataFixture.KIM_SONG_NAM));
            assertNull(exactMatch(dsg, WikidataFixture.CHANG));
            assertTrue(client.requests() > 0);
            client.save();
        }
    }

    @Test
    void aSecondRunAnswersFromTheCacheWithTheEndpointStopped() {
        Path cache = dir.resolve("cache.json");
        String endpoint;
        try (KgServer fixture = WikidataFixture.server().start(); KgStore store = KgStore.open(dir.resolve("a"))) {
            endpoint = fixture.urls().query();
            WikidataFixture.writeNewEntities(store.datasetGraph());
            CachingWikidataClient client = cachingClient(endpoint, cache);
            new WikidataLinker(client, 0.8, CLOCK).link(store.datasetGraph());
            client.save();
        }
        try (KgStore store = KgStore.open(dir.resolve("b"))) {
            WikidataFixture.writeNewEntities(store.datasetGraph());
            CachingWikidataClient client = cachingClient(endpoint, cache);
            List<LinkDecision> decisions = new WikidataLinker(client, 0.8, CLOCK).link(store.datasetGraph());
            assertEquals(0, client.requests());
            assertEquals(3, decisions.stream().filter(LinkDecision::isLinked).count());
            assertEquals(WD.item("Q714509").asNode(), exactMatch(store.datasetGraph(), WikidataFixture.CHOE));
        }
    }

    @Test
    void aStoppedEndpointIsUnavailableAndNothingIsWritten() {
        String endpoint;
        try (KgServer fixture = WikidataFixture.server().start()) {
            endpoint = fixture.urls().query();
        }
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            WikidataFixture.writeNewEntities(store.datasetGraph());
            CachingWikidataClient client = cachingClient(endpoint, dir.resolve("cache.json"));
            WikidataLinker linker = new WikidataLinker(client, 0.8, CLOCK);
            assertThrows(WikidataUnavailableException.class,
                    () -> linker.link(store.datasetGraph()));
            assertNull(exactMatch(store.datasetGraph(), WikidataFixture.CHOE));
        }
    }

    @Test
    void theThresholdKeepsWeakCandidatesOut() {
        try (KgServer fixture = WikidataFixture.server().start(); KgStore store = KgStore.open(dir.resolve("db"))) {
            WikidataFixture.writeNewEntities(store.datasetGraph());
            CachingWikidataClient client = cachingClient(fixture.urls().query(), dir.resolve("cache.json"));
            List<LinkDecision> decisions = new WikidataLinker(client, 0.95, CLOCK).link(store.datasetGraph());
            assertFalse(decisions.stream().anyMatch(LinkDecision::isLinked), decisions.toString());
        }
    }

    @Test
    void aPersonsCountryComesFromTheOrganizationOfAPosition() {
        try (KgStore store = KgStore.open(dir.resolve("db"))) {
            DatasetGraph dsg = store.datasetGraph();
            WikidataFixture.writeNewEntities(dsg);
            Node person = NKGID.person("new-official").asNode();
            Node position = NKGID.entity("position", "new-official/ministry").asNode();
            Node ministry = NKGID.org("new-ministry").asNode();
            Node g = NKGID.GRAPH_RESOLVED;
            Txn.executeWrite(dsg, () -> {
                dsg.add(g, person, RDF.type.asNode(), NKG.Official.asNode());
                dsg.add(g, person, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("New Official", "en"));
                dsg.add(g, person, NKG.holds.asNode(), position);
                dsg.add(g, position, NKG.organization.asNode(), ministry);
                dsg.add(g, ministry, NKG.country.asNode(), NKGID.place("north-korea").asNode());
            });
            LinkTarget target = WikidataLinker.targets(dsg).stream()
                    .filter(t -> t.iri().equals(person.getURI())).findFirst().orElseThrow();
            assertEquals(WD.NS + "Q423", target.countryItem());
            assertEquals(LinkTarget.Kind.PERSON, target.kind());
        }
    }

    static CachingWikidataClient cachingClient(String endpoint, Path cache) {
        HttpWikidataClient.Settings settings = HttpWikidataClient.Settings.defaults(endpoint)
                .withTimeout(Duration.ofSeconds(5)).withMinInterval(Duration.ZERO);
        return CachingWikidataClient.open(cache, new HttpWikidataClient(settings));
    }

    private static void assertLinked(DatasetGraph dsg, Map<String, LinkDecision> byIri, String iri, String qid) {
        LinkDecision d = byIri.get(iri);
        assertTrue(d.isLinked(), iri + ": " + d);
        assertEquals(WD.item(qid).asNode(), exactMatch(dsg, iri));
        Node link = NKGID.wikidataLink(iri).asNode();
        Txn.executeRead(dsg, () -> {
            assertTrue(dsg.contains(NKGID.GRAPH_RESOLVED, link, NKG.linkTarget.asNode(), WD.item(qid).asNode()));
            Node score = dsg.find(NKGID.GRAPH_RESOLVED, link, NKG.linkScore.asNode(), Node.ANY).next().getObject();
            assertTrue(Double.parseDouble(score.getLiteralLexicalForm()) >= 0.8);
            assertTrue(dsg.find(NKGID.GRAPH_RESOLVED, link, NKG.linkMethod.asNode(), Node.ANY).hasNext());
        });
    }

    private static Node exactMatch(DatasetGraph dsg, String iri) {
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(Node.ANY, NodeFactory.createURI(iri), SKOS.exactMatch.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject() : null;
        });
    }

    private static Map<String, LinkDecision> byIri(List<LinkDecision> decisions) {
        return decisions.stream().collect(Collectors.toMap(d -> d.target().iri(), Function.identity()));
    }
}
