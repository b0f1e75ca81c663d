package org.nkgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SparqlClientTest {

    @Test
    void loopbackEndpointsAreAccepted() {
        for (String url : List.of("http://127.0.0.1:3030/kg/sparql", "http://127.8.9.10:80/kg/sparql",
                "http://localhost:3030/kg/sparql", "http://[::1]:3030/kg/sparql")) {
            assertEquals(url, SparqlClient.requireLoopback(url).toString());
        }
    }

    @Test
    void otherHostsAreRefused() {
        for (String url : List.of("http://192.0.2.1:3030/kg/sparql", "http://example.org/kg/sparql",
                "http://0.0.0.0:3030/kg/sparql", "http://[2001:db8::1]:3030/kg/sparql",
                "http://localhost.example.org/kg/sparql")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SparqlClient.requireLoopback(url), url);
            assertTrue(e.getMessage().contains("loopback"), e.getMessage());
        }
    }

    @Test
    void onlyPlainHttpUrlsAreAccepted() {
        for (String url : List.of("https://127.0.0.1/kg/sparql", "127.0.0.1:3030/kg/sparql", "file:///tmp/x",
                "http:// 127.0.0.1/")) {
            assertThrows(IllegalArgumentException.class, () -> SparqlClient.requireLoopback(url), url);
        }
    }
}
