package org.nkgraph.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nkgraph.sys.NkGraphException;
import org.nkgraph.vocab.NKG;

/**
 * The query benchmark over HTTP: sequential latency of each competency-question query and of an entity lookup,
 * then load phases with a few client counts; prints the figures and appends them to the results file. The server
 * is already running (see {@link ServerProcess}); only a loopback endpoint is accepted.
 *
 * <pre>
 * QueryBenchResult r = new QueryBench(out).run(new QueryBenchOptions(endpoint, "its own JVM", "data/demo",
 *         Path.of("queries"), 50, Duration.ofSeconds(60), List.of(1, 4, 16), Path.of("bench/results.md")));
 * </pre>
 */
public final class QueryBench {

    /** The longest one request may take; a slower answer counts as an error. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Runs of each query before measuring, so the first samples do not pay for the JIT and cold caches. */
    static final int WARM_UP_RUNS = 3;
    /** A query slower than this is warm after one run: a second would only cost time. */
    private static final long WARM_ENOUGH_NANOS = 1_000_000_000L;
    /** The time the latency samples of one query may take; slow queries on big stores get fewer samples. */
    static final Duration SAMPLING_BUDGET = Duration.ofSeconds(60);
    /** People and as many places the entity lookups rotate over. */
    private static final int ENTITIES_PER_CLASS = 10;
    private static final String COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    private final PrintWriter out;

    public QueryBench(PrintWriter out) {
        this.out = out;
    }

    public QueryBenchResult run(QueryBenchOptions options) {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        SparqlClient client = new SparqlClient(options.endpoint(), REQUEST_TIMEOUT);
        SparqlClient.Outcome probe = client.send("ASK {}");
        if (!probe.ok()) {
            throw new NkGraphException("no SPARQL server answers at " + options.endpoint() + ": " + probe.error());
        }
        List<BenchQuery> whole = BenchQuery.competencyQuestions(options.queries());
        List<BenchQuery> pages = new ArrayList<>();
        List<BenchQuery> queries = new ArrayList<>();
        for (BenchQuery cq : whole) {
            queries.add(cq);
            if (options.page() > 0) {
                BenchQuery page = cq.firstPage(options.page());
                queries.add(page);
                pages.add(page);
            }
        }
        long quads = countQuads(client);
        List<String> entities = new ArrayList<>();
        entities.addAll(client.selectColumn(BenchQuery.instanceSample(NKG.Person, ENTITIES_PER_CLASS), "e"));
        entities.addAll(client.selectColumn(BenchQuery.instanceSample(NKG.Place, ENTITIES_PER_CLASS), "e"));
        List<BenchQuery> mix = new ArrayList<>(options.page() > 0 ? pages : whole);
        if (entities.isEmpty()) {
            say("No people or places in the store: the entity lookup is left out");
        } else {
            BenchQuery lookup = BenchQuery.entityLookup(entities);
            queries.add(lookup);
            mix.add(lookup);
        }
        say("%s: %d quads; %d queries, %d entities for the lookups", options.endpoint(), quads, queries.size(),
                entities.size());
        warmUp(client, queries);
        List<QueryBenchResult.QueryLatency> latency = new ArrayList<>();
        for (BenchQuery query : queries) {
            QueryBenchResult.QueryLatency l = latency(client, query, options.samples());
            say("%-28s p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms  errors %d", l.name(), l.stats().p50Millis(),
                    l.stats().p95Millis(), l.stats().p99Millis(), l.errors());
            latency.add(l);
        }
        LoadGenerator generator = new LoadGenerator(client, mix);
        List<QueryBenchResult.LoadPhase> load = new ArrayList<>();
        for (int clients : options.clients()) {
            say("Load: %d client(s) for %d s", clients, options.duration().toSeconds());
            QueryBenchResult.LoadPhase phase = generator.run(clients, options.duration());
            say("  %d requests, %.1f req/s, %d errors, p95 %.1f ms", phase.requests(), phase.requestsPerSecond(),
                    phase.errors(), phase.stats().p95Millis());
            load.add(phase);
        }
        QueryBenchResult result = new QueryBenchResult(options.endpoint(), options.server(), options.store(), quads,
                entities.size(), latency, load, BenchRunner.machine(loadBefore));
        String section = QueryBenchReport.section(result, options, ZonedDateTime.now(ZoneOffset.UTC));
        BenchReport.publish(section, options.results(), out);
        return result;
    }

    /** Quads in the named graphs, or -1 when the count fails (on a large store it may exceed the timeout). */
    private long countQuads(SparqlClient client) {
        try {
            List<String> count = client.selectColumn(COUNT_QUADS, "n");
            return count.isEmpty() ? -1 : Long.parseLong(count.get(0));
        } catch (NkGraphException | NumberFormatException e) {
            say("Could not count the quads: %s", e.getMessage());
            return -1;
        }
    }

    private static void warmUp(SparqlClient client, List<BenchQuery> queries) {
        for (BenchQuery query : queries) {
            for (int run = 0; run < WARM_UP_RUNS; run++) {
                if (client.send(query.text(run)).nanos() > WARM_ENOUGH_NANOS) {
                    break;
                }
            }
        }
    }

    /**
     * The query sent {@code samples} times in a row, or fewer when they take longer than {@link #SAMPLING_BUDGET};
     * the entity lookup asks about the next entity each time.
     */
    private static QueryBenchResult.QueryLatency latency(SparqlClient client, BenchQuery query, int samples) {
        LatencyStats.Recorder recorder = new LatencyStats.Recorder();
        int errors = 0;
        long bytes = 0;
        String firstError = null;
        long deadline = System.nanoTime() + SAMPLING_BUDGET.toNanos();
        for (int i = 0; i < samples && (i == 0 || System.nanoTime() < deadline); i++) {
            SparqlClient.Outcome outcome = client.send(query.text(i));
            if (outcome.ok()) {
                recorder.add(outcome.nanos());
                bytes = Math.max(bytes, outcome.bytes());
            } else {
                errors++;
                firstError = firstError == null ? outcome.error() : firstError;
            }
        }
        return new QueryBenchResult.QueryLatency(query.name(), errors, bytes, recorder.stats(), firstError);
    }

    private void say(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
