package org.nkgraph.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.nkgraph.server.HostLib;
import org.nkgraph.sys.NkGraphException;

/**
 * Sends SPARQL queries to one endpoint on this machine with {@link HttpClient} (HTTP/1.1, POST
 * {@code application/sparql-query}) and times each from sending to the last byte of the response body. Refuses an
 * endpoint whose host is not loopback (127.0.0.0/8, ::1, localhost), so a load test can never be aimed at another
 * machine. Thread-safe: one client serves all load threads.
 */
final class SparqlClient {

    private static final String RESULTS_JSON = "application/sparql-results+json";
    /** SELECT and ASK answer in JSON; a CONSTRUCT or DESCRIBE gets Fuseki's default RDF syntax. */
    private static final String ACCEPT = RESULTS_JSON + ", */*;q=0.1";
    private static final int ERROR_TEXT_BYTES = 200;

    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param endpoint an http URL on a loopback host
     * @param timeout  the longest one request may take, sending to last byte
     * @throws IllegalArgumentException if the URL is not http or its host is not loopback
     */
    SparqlClient(String endpoint, Duration timeout) {
        this.endpoint = requireLoopback(endpoint);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    /** The endpoint as a URI, or an {@link IllegalArgumentException} saying why it cannot be used. */
    static URI requireLoopback(String endpoint) {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + endpoint, e);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("the endpoint must be an http:// URL with a host, not " + endpoint);
        }
        if (!HostLib.isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("refusing to aim the query benchmark at " + uri.getHost()
                    + ": only a loopback host (127.0.0.0/8, ::1 or localhost) may be loaded");
        }
        return uri;
    }

    URI endpoint() {
        return endpoint;
    }

    /** Sends one query and reads the whole response; never throws for a failed request. */
    Outcome send(String query) {
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = http.send(request(query, ACCEPT), BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    String text = new String(body.readNBytes(ERROR_TEXT_BYTES), StandardCharsets.UTF_8);
                    body.transferTo(OutputStream.nullOutputStream());
                    return Outcome.failed(System.nanoTime() - started, "HTTP " + response.statusCode() + ": "
                            + text.strip().replaceAll("\\s+", " "));
                }
                long bytes = body.transferTo(OutputStream.nullOutputStream());
                return new Outcome(System.nanoTime() - started, bytes, null);
            }
        } catch (IOException e) {
            return Outcome.failed(System.nanoTime() - started, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(System.nanoTime() - started, "interrupted");
        }
    }

    /** The values of one variable of a SELECT query: IRIs and literals' lexical forms. */
    List<String> selectColumn(String query, String variable) {
        List<String> values = new ArrayList<>();
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(fetch(query)), ResultSetLang.RS_JSON);
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            RDFNode value = row.get(variable);
            if (value != null) {
                values.add(value.isLiteral() ? value.asLiteral().getLexicalForm()
                        : value.isURIResource() ? value.asResource().getURI() : value.toString());
            }
        }
        return values;
    }

    private byte[] fetch(String query) {
        try {
            HttpResponse<byte[]> response = http.send(request(query, RESULTS_JSON), BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new NkGraphException("the endpoint " + endpoint + " answered HTTP " + response.statusCode()
                        + " to: " + query);
            }
            return response.body();
        } catch (IOException e) {
            throw new NkGraphException("cannot query " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NkGraphException("interrupted while querying " + endpoint, e);
        }
    }

    private HttpRequest request(String query, String accept) {
        return HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", accept)
                .POST(BodyPublishers.ofString(query, StandardCharsets.UTF_8))
                .build();
    }

    /**
     * One request's result.
     *
     * @param nanos the time from sending to the last byte of the body (or to the failure)
     * @param bytes the body's length (0 for a failure)
     * @param error why it failed (HTTP status other than 200, or an exception), or null when it succeeded
     */
    record Outcome(long nanos, long bytes, String error) {
        static Outcome failed(long nanos, String error) {
            return new Outcome(nanos, 0, error);
        }

        boolean ok() {
            return error == null;
        }
    }
}
