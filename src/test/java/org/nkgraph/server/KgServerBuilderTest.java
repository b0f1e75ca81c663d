package org.nkgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkgraph.sys.NkGraphException;

/** The checks {@link KgServer.Builder#build()} makes before any socket is opened. */
class KgServerBuilderTest {
    private final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "[::]", "192.0.2.10", "10.1.2.3", "2001:db8::1", "kg.example", "localhost.example"})
    void updateOnNonLoopbackHostIsRefused(String host) {
        KgServer.Builder builder = KgServer.create().dataset(dsg).host(host).port(0).allowUpdate(true);
        ServerConfigException ex = assertThrows(ServerConfigException.class, builder::build);
        assertInstanceOf(NkGraphException.class, ex);
        assertTrue(ex.getMessage().contains(host), ex.getMessage());
        assertTrue(ex.getMessage().contains("loopback"), ex.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "192.0.2.10", "kg.example"})
    void readOnlyServerMayUseAnyHost(String host) {
        KgServer server = KgServer.create().dataset(dsg).host(host).port(0).build();
        assertEquals(host, server.host());
        assertTrue(!server.allowsUpdate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.4.5.6", "::1", "[::1]", "localhost", "LocalHost"})
    void updateOnLoopbackHostIsAccepted(String host) {
        KgServer server = KgServer.create().dataset(dsg).host(host).port(0).allowUpdate(true).build();
        assertTrue(server.allowsUpdate());
    }

    @Test
    void defaults() {
        KgServer server = KgServer.create().dataset(dsg).build();
        assertEquals("127.0.0.1", server.host());
        assertEquals(3030, server.port());
        assertEquals(Duration.ofSeconds(30), server.queryTimeout());
        assertTrue(!server.allowsUpdate());
        assertEquals("http://127.0.0.1:3030/kg/sparql", server.urls().query());
        assertEquals("http://127.0.0.1:3030/kg/get", server.urls().graphStore());
        assertEquals("http://127.0.0.1:3030/query.html", server.urls().queryPage());
        assertEquals("http://127.0.0.1:3030/", server.urls().root());
    }

    @Test
    void urlsUseLocalhostForWildcardAndBracketsForIpv6() {
        assertEquals("http://localhost:8080/", KgServer.create().dataset(dsg).host("0.0.0.0").port(8080).build()
                .urls().root());
        assertEquals("http://[::1]:8080/", KgServer.create().dataset(dsg).host("::1").port(8080).build()
                .urls().root());
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(ServerConfigException.class, () -> KgServer.create().build());
        assertThrows(ServerConfigException.class, () -> KgServer.create().dataset(dsg).port(-1).build());
        assertThrows(ServerConfigException.class, () -> KgServer.create().dataset(dsg).port(65536).build());
        assertThrows(ServerConfigException.class, () -> KgServer.create().dataset(dsg).host(" ").build());
        assertThrows(ServerConfigException.class,
                () -> KgServer.create().dataset(dsg).queryTimeout(Duration.ZERO).build());
        assertThrows(ServerConfigException.class,
                () -> KgServer.create().dataset(dsg).queryTimeout(Duration.ofSeconds(-1)).build());
    }
}
