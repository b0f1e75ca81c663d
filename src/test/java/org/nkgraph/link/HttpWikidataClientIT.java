package org.nkgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP client's manners against a real local HTTP server: headers, retries with back-off, pacing. */
class HttpWikidataClientIT {
    private static final String RESULTS = "{\"head\":{\"vars\":[\"item\"]},\"results\":{\"bindings\":["
            + "{\"item\":{\"type\":\"uri\",\"value\":\"http://www.wikidata.org/entity/Q423\"}}]}}";

    private final List<HttpExchange> seen = new CopyOnWriteArrayList<>();
    private final List<Long> times = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void retriesBusyAnswersThenReadsTheResults() throws IOException {
        String endpoint = serve(List.of(503, 429, 200));
        HttpWikidataClient client = new HttpWikidataClient(new HttpWikidataClient.Settings(endpoint,
                Duration.ofSeconds(5), Duration.ZERO, 3, Duration.ofMillis(100)));
        List<Map<String, String>> rows = client.select("SELECT ?item WHERE { ?item ?p ?o }");
        assertEquals(List.of(Map.of("item", "http://www.wikidata.org/entity/Q423")), rows);
        assertEquals(3, seen.size());
        HttpExchange last = seen.get(2);
        assertEquals(HttpWikidataClient.USER_AGENT, last.getRequestHeaders().getFirst("User-Agent"));
        assertEquals("application/sparql-results+json", last.getRequestHeaders().getFirst("Accept"));
        assertTrue(last.getRequestURI().getRawQuery().startsWith("query=SELECT"));
        // Back-off doubles: 100 ms before the first retry, 200 ms before the second.
        assertTrue(times.get(1) - times.get(0) >= 95, "first wait: " + times);
        assertTrue(times.get(2) - times.get(1) >= 195, "second wait: " + times);
    }

    @Test
    void givesUpAfterThreeRetries() throws IOException {
        String endpoint = serve(List.of(500, 500, 500, 500, 200));
        HttpWikidataClient client = new HttpWikidataClient(new HttpWikidataClient.Settings(endpoint,
                Duration.ofSeconds(5), Duration.ZERO, 3, Duration.ofMillis(5)));
        WikidataUnavailableException e = assertThrows(WikidataUnavailableException.class,
                () -> client.select("SELECT * WHERE { ?s ?p ?o }"));
        assertTrue(e.getMessage().contains("HTTP 500 after 3 retries"), e.getMessage());
        assertEquals(4, seen.size());
    }

    @Test
    void keepsTheMinimumIntervalBetweenRequests() throws IOException {
        String endpoint = serve(List.of(200));
        HttpWikidataClient client = new HttpWikidataClient(HttpWikidataClient.Settings.defaults(endpoint)
                .withMinInterval(Duration.ofMillis(300)));
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            client.select("SELECT * WHERE { ?s ?p ?o }");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        // Three requests starting at least 300 ms apart take at least 600 ms.
        assertTrue(millis >= 600, "paced: " + millis + " ms");
        assertEquals(3, seen.size());
    }

    /** Answers with the given statuses in turn (the last repeated); 200 carries one result row. */
    private String serve(List<Integer> statuses) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sparql", exchange -> {
            times.add(System.nanoTime() / 1_000_000);
            seen.add(exchange);
            int status = statuses.get(Math.min(seen.size() - 1, statuses.size() - 1));
            byte[] body = status == 200 ? RESULTS.getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }
}
