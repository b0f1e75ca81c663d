package org.nkgraph.bench;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes a query benchmark's figures as a dated Markdown section, checked against the goals of issue 6. */
final class QueryBenchReport {

    /** Goal: the 95th percentile of every competency-question query at most this. */
    static final double GOAL_P95_MILLIS = 100;
    /** Goal: this many clients for {@link #GOAL_SECONDS} without an error. */
    static final int GOAL_CLIENTS = 16;
    static final long GOAL_SECONDS = 60;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm z", Locale.ROOT);

    private QueryBenchReport() {}

    static String section(QueryBenchResult r, QueryBenchOptions options, ZonedDateTime when) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(WHEN.format(when)).append(": queries over HTTP, ").append(r.store()).append("\n\n");
        out.append(BenchReport.machineLine(r.machine()));
        out.append(format("Server: %s, serving %s (%s) at %s.%n", r.server(), r.store(),
                r.quads() < 0 ? "quads not counted" : String.format(Locale.ROOT, "%,d quads", r.quads()),
                r.endpoint()));
        out.append(format("Client: java.net.http.HttpClient (HTTP/1.1) in the benchmark's JVM; a request is timed "
                + "from sending to the last byte of its body; a status other than 200, an exception or no answer "
                + "within %d s is an error.%n%n", QueryBench.REQUEST_TIMEOUT.toSeconds()));
        out.append(format("Latency: one client, each query %d times in a row (fewer when its runs pass %d s) after "
                + "up to %d warm-up runs; \"(first %d)\" is the query with LIMIT %d, the page an analyst's screen "
                + "asks for; the entity lookup (`SELECT ?p ?o WHERE { <IRI> ?p ?o }`) rotates over %d people and "
                + "places.%n%n", options.samples(), QueryBench.SAMPLING_BUDGET.toSeconds(), QueryBench.WARM_UP_RUNS,
                options.page(), options.page(), r.entities()));
        out.append("| query | runs | p50 ms | p95 ms | p99 ms | max ms | errors | largest response |\n");
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|\n");
        for (QueryBenchResult.QueryLatency q : r.latency()) {
            LatencyStats s = q.stats();
            out.append(format("| %s | %d | %s | %s | %s | %s | %d | %s |%n", q.name(), s.count() + q.errors(),
                    ms(s.p50Millis()), ms(s.p95Millis()), ms(s.p99Millis()), ms(s.maxMillis()), q.errors(),
                    size(q.bytes())));
        }
        out.append(format("%nLoad: each client sends %s and the entity lookup in turn, the next as soon as the "
                + "previous answer is read, for %d s.%n%n", options.page() > 0 ? "the first pages of the CQ queries"
                : "the CQ queries", options.duration().toSeconds()));
        out.append("| clients | requests | req/s | errors | p50 ms | p95 ms | p99 ms | max ms |\n");
        out.append("|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (QueryBenchResult.LoadPhase p : r.load()) {
            LatencyStats s = p.stats();
            out.append(format("| %d | %d | %.1f | %d | %s | %s | %s | %s |%n", p.clients(), p.requests(),
                    p.requestsPerSecond(), p.errors(), ms(s.p50Millis()), ms(s.p95Millis()), ms(s.p99Millis()),
                    ms(s.maxMillis())));
        }
        out.append('\n').append(goals(r, options));
        appendErrors(out, r);
        return out.append('\n').toString();
    }

    /** One line on each goal of issue 6: met, not met, or not measured by this run. */
    static String goals(QueryBenchResult r, QueryBenchOptions options) {
        List<QueryBenchResult.QueryLatency> cqs = r.latency().stream()
                .filter(q -> !q.name().equals(BenchQuery.ENTITY_LOOKUP)).toList();
        String latency = latencyGoal("every CQ", cqs.stream().filter(q -> !q.name().contains(" (first ")).toList());
        if (options.page() > 0) {
            latency += "; " + latencyGoal("every CQ's first page",
                    cqs.stream().filter(q -> q.name().contains(" (first ")).toList());
        }
        Optional<QueryBenchResult.LoadPhase> goalPhase = r.load().stream()
                .filter(p -> p.clients() == GOAL_CLIENTS).findFirst();
        String load;
        if (goalPhase.isEmpty() || options.duration().toSeconds() < GOAL_SECONDS) {
            load = format("%d clients for %d s with zero errors: not measured by this run", GOAL_CLIENTS,
                    GOAL_SECONDS);
        } else {
            long errors = goalPhase.get().errors();
            load = format("%d clients for %d s with zero errors: %s", GOAL_CLIENTS, GOAL_SECONDS,
                    errors == 0 ? "met" : "NOT met (" + errors + " errors)");
        }
        return "Goals (issue 6): " + latency + "; " + load + ".\n";
    }

    private static String latencyGoal(String what, List<QueryBenchResult.QueryLatency> queries) {
        Optional<QueryBenchResult.QueryLatency> slowest = queries.stream()
                .max(Comparator.comparingDouble(q -> Double.isNaN(q.stats().p95Millis())
                        ? Double.POSITIVE_INFINITY : q.stats().p95Millis()));
        boolean fast = slowest.isPresent() && queries.stream().allMatch(q -> q.errors() == 0
                && q.stats().p95Millis() <= GOAL_P95_MILLIS);
        return format("%s p95 <= %.0f ms: %s (slowest %s, p95 %s ms)", what, GOAL_P95_MILLIS,
                fast ? "met" : "NOT met", slowest.map(QueryBenchResult.QueryLatency::name).orElse("-"),
                slowest.map(q -> ms(q.stats().p95Millis())).orElse("-"));
    }

    private static void appendErrors(StringBuilder out, QueryBenchResult r) {
        for (QueryBenchResult.QueryLatency q : r.latency()) {
            if (q.firstError() != null) {
                out.append(format("First error of %s: %s%n", q.name(), q.firstError()));
            }
        }
        for (QueryBenchResult.LoadPhase p : r.load()) {
            if (p.firstError() != null) {
                out.append(format("First error with %d clients: %s%n", p.clients(), p.firstError()));
            }
        }
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "-" : format("%.1f", millis);
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : format("%.1f KiB", bytes / 1024.0);
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
