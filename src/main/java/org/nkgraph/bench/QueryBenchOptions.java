package org.nkgraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a query benchmark measures and where it sends its queries.
 *
 * @param endpoint the SPARQL query endpoint; its host must be loopback
 * @param server   a few words on how the server runs, for the report
 * @param store    the store the server serves, for the report
 * @param queries  the folder holding the competency-question queries ({@code cq*.rq})
 * @param samples  sequential requests per query for the latency figures
 * @param duration how long each load phase lasts
 * @param clients  the client counts of the load phases, in order
 * @param results  the Markdown file the run appends its section to
 * @param page     rows of a first page: each CQ is measured whole and as its first page, and the load phases send
 *                 first pages; 0 measures whole answers only, and the load phases send them
 */
public record QueryBenchOptions(String endpoint, String server, String store, Path queries, int samples,
        Duration duration, List<Integer> clients, Path results, int page) {

    /** The most concurrent clients a phase may have; the point is to measure the server, not to flood it. */
    public static final int MAX_CLIENTS = 64;

    /** @throws IllegalArgumentException naming the setting that cannot be used */
    public QueryBenchOptions {
        SparqlClient.requireLoopback(endpoint);
        if (page < 0) {
            throw new IllegalArgumentException("the page must be 0 (none) or more rows");
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the duration must be positive");
        }
        if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1 || c > MAX_CLIENTS)) {
            throw new IllegalArgumentException("clients must be one or more counts from 1 to " + MAX_CLIENTS);
        }
        clients = List.copyOf(clients);
    }
}
