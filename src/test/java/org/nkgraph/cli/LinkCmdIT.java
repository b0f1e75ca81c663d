package org.nkgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkgraph.link.WikidataFixture;
import org.nkgraph.server.KgServer;
import org.nkgraph.store.KgStore;

/** {@code nkgraph link} end to end: offline, a slow endpoint, and a real local endpoint with its cache. */
class LinkCmdIT {

    @TempDir
    Path dir;

    @Test
    void offlineSaysSoAndLinksNothing() {
        Path db = storeWithNewEntities();
        CliRun run = CliRun.of("link", "--db", db.toString(), "--offline");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("nkgraph: Wikidata not reachable (offline"), run.err());
        assertEquals(1, run.err().strip().lines().count());
        assertFalse(hasLink(db, WikidataFixture.CHOE));
    }

    @Test
    void anEndpointSlowerThanTheTimeoutGivesANoticeAndExitZero() throws IOException {
        Path db = storeWithNewEntities();
        HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        slow.createContext("/sparql", exchange -> {
            try {
                Thread.sleep(3000);
                exchange.sendResponseHeaders(500, -1);
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        slow.start();
        try {
            String endpoint = "http://127.0.0.1:" + slow.getAddress().getPort() + "/sparql";
            long start = System.nanoTime();
            CliRun run = CliRun.of("link", "--db", db.toString(), "--endpoint", endpoint, "--timeout", "1");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.err().contains("Wikidata not reachable ("), run.err());
            assertTrue(run.err().strip().endsWith("; no new links"), run.err());
            assertTrue(millis < 2900, "gave up after the timeout, not the server's delay: " + millis + " ms");
            assertFalse(hasLink(db, WikidataFixture.CHOE));
        } finally {
            slow.stop(0);
        }
    }

    @Test
    void linksAgainstARealEndpointThenAnswersFromTheCache() {
        Path db = storeWithNewEntities();
        String endpoint;
        try (KgServer fixture = WikidataFixture.server().start()) {
            endpoint = fixture.urls().query();
            CliRun run = CliRun.of("link", "--db", db.toString(), "--endpoint", endpoint, "--rate", "100");
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("Linked 3 of 5 entities"), run.out());
            assertTrue(run.out().contains("AMBIGUOUS"), run.out());
        }
        assertTrue(Files.isRegularFile(db.resolve("wikidata-cache.json")));
        assertTrue(hasLink(db, WikidataFixture.CHOE));
        Path db2 = dir.resolve("db2");
        storeWithNewEntities(db2);
        CliRun again = CliRun.of("link", "--db", db2.toString(), "--endpoint", endpoint,
                "--cache", db.resolve("wikidata-cache.json").toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("Linked 3 of 5 entities; 0 requests."), again.out());
    }

    private Path storeWithNewEntities() {
        return storeWithNewEntities(dir.resolve("db"));
    }

    private static Path storeWithNewEntities(Path db) {
        try (KgStore store = KgStore.open(db)) {
            WikidataFixture.writeNewEntities(store.datasetGraph());
        }
        return db;
    }

    private static boolean hasLink(Path db, String iri) {
        try (KgStore store = KgStore.open(db)) {
            Node e = NodeFactory.createURI(iri);
            return Txn.calculateRead(store.datasetGraph(),
                    () -> store.datasetGraph().find(Node.ANY, e, SKOS.exactMatch.asNode(), Node.ANY).hasNext());
        }
    }
}
