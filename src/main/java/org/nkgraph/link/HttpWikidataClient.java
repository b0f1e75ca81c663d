package org.nkgraph.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link WikidataClient} speaking the SPARQL 1.1 protocol: GET with the query in the {@code query} parameter,
 * {@code Accept: application/sparql-results+json}, a descriptive User-Agent (as the Wikidata Query Service asks of
 * bots), at most one request per {@link Settings#minInterval()}, connect and read timeouts, and up to
 * {@link Settings#maxRetries()} retries with exponential back-off on 429 and 5xx answers (honouring a
 * {@code Retry-After} in seconds). A timeout or a refused connection is not retried: the endpoint is unavailable.
 *
 * <pre>
 * WikidataClient client = new HttpWikidataClient(HttpWikidataClient.Settings.defaults(WD.QUERY_SERVICE));
 * </pre>
 */
public final class HttpWikidataClient implements WikidataClient {
    /** Identifies nkgraph to the endpoint's operators, as the Wikimedia User-Agent policy asks. */
    public static final String USER_AGENT =
            "nkgraph/0.1 (https://w3id.org/nkgraph; knowledge graph of North Korea news)";
    private static final String RESULTS_JSON = "application/sparql-results+json";

    private final Settings settings;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private long lastRequestNanos;
    private boolean requested;

    /** A client with these settings; opens no connection until the first query. */
    public HttpWikidataClient(Settings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public String endpoint() {
        return settings.endpoint();
    }

    @Override
    public synchronized List<Map<String, String>> select(String query) {
        URI uri = URI.create(settings.endpoint() + (settings.endpoint().contains("?") ? "&" : "?") + "query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET()
                .header("Accept", RESULTS_JSON).header("User-Agent", USER_AGENT).build();
        Duration backOff = settings.firstBackOff();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = send(request);
            int status = response.statusCode();
            if (status == 200) {
                return rows(response.body());
            }
            boolean retryable = status == 429 || status >= 500;
            if (!retryable || attempt >= settings.maxRetries()) {
                throw new WikidataUnavailableException(settings.endpoint() + " answered HTTP " + status
                        + (retryable ? " after " + attempt + " retries" : ""));
            }
            sleep(retryAfter(response).orElse(backOff));
            backOff = backOff.multipliedBy(2);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        pace();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new WikidataUnavailableException(settings.endpoint() + ": " + reason, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataUnavailableException("interrupted while asking " + settings.endpoint(), e);
        }
    }

    /** Waits until the minimum interval since the previous request has passed. */
    private void pace() {
        long now = System.nanoTime();
        if (requested) {
            long wait = settings.minInterval().toNanos() - (now - lastRequestNanos);
            if (wait > 0) {
                sleep(Duration.ofNanos(wait));
            }
        }
        requested = true;
        lastRequestNanos = System.nanoTime();
    }

    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").filter(v -> v.strip().matches("[0-9]{1,4}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataUnavailableException("interrupted while waiting to ask Wikidata", e);
        }
    }

    private List<Map<String, String>> rows(String body) {
        List<Map<String, String>> rows = new ArrayList<>();
        try {
            JsonNode bindings = json.readTree(body).path("results").path("bindings");
            for (JsonNode binding : bindings) {
                Map<String, String> row = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = binding.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> cell = it.next();
                    row.put(cell.getKey(), cell.getValue().path("value").asText());
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new WikidataUnavailableException(settings.endpoint() + " sent results that are not SPARQL JSON: "
                    + e.getMessage(), e);
        }
        return rows;
    }

    /**
     * How the client talks to the endpoint.
     *
     * @param endpoint     the SPARQL endpoint URL
     * @param timeout      connect and read timeout
     * @param minInterval  the least time between two requests (1 s: one request a second)
     * @param maxRetries   retries after a 429 or 5xx answer
     * @param firstBackOff the wait before the first retry, doubled for each further one
     */
    public record Settings(String endpoint, Duration timeout, Duration minInterval, int maxRetries,
            Duration firstBackOff) {

        /** 10 s timeouts, one request a second, 3 retries starting at 2 s. */
        public static Settings defaults(String endpoint) {
            return new Settings(endpoint, Duration.ofSeconds(10), Duration.ofSeconds(1), 3, Duration.ofSeconds(2));
        }

        /** The same settings with another timeout. */
        public Settings withTimeout(Duration t) {
            return new Settings(endpoint, t, minInterval, maxRetries, firstBackOff);
        }

        /** The same settings with another least time between requests. */
        public Settings withMinInterval(Duration i) {
            return new Settings(endpoint, timeout, i, maxRetries, firstBackOff);
        }
    }
}
