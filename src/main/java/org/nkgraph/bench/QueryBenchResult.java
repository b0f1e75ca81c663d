package org.nkgraph.bench;

import java.util.List;

/**
 * The figures of one query benchmark.
 *
 * @param endpoint the SPARQL endpoint measured
 * @param server   how the server ran (its own JVM started by the bench, or already running)
 * @param store    the store served (a folder, or "unknown" for an endpoint given directly)
 * @param quads    quads in the store's named graphs, counted over HTTP (-1 when the count failed)
 * @param entities entities the lookups rotate over
 * @param latency  sequential latency, one entry per query
 * @param load     the load phases, one per client count
 * @param machine  where the load generator ran (the server shares the machine)
 */
public record QueryBenchResult(String endpoint, String server, String store, long quads, int entities,
        List<QueryLatency> latency, List<LoadPhase> load, BenchResult.Machine machine) {

    /**
     * One query sent {@code samples} times in a row by one client.
     *
     * @param name   the query's name
     * @param errors requests that failed
     * @param bytes  the largest response body seen
     * @param stats  latency of the successful requests
     * @param firstError the first failure seen, or null
     */
    public record QueryLatency(String name, int errors, long bytes, LatencyStats stats, String firstError) {}

    /**
     * Some clients sending the query mix back to back for a while.
     *
     * @param clients    concurrent clients
     * @param seconds    wall-clock time from the start until the last answer was read
     * @param requests   requests sent
     * @param errors     requests that failed
     * @param stats      latency of the successful requests
     * @param firstError the first failure seen, or null
     */
    public record LoadPhase(int clients, double seconds, long requests, long errors, LatencyStats stats,
            String firstError) {
        public double requestsPerSecond() {
            return requests / seconds;
        }
    }
}
