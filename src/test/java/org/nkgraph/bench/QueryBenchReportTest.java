package org.nkgraph.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryBenchReportTest {

    private static final String ENDPOINT = "http://127.0.0.1:3030/kg/sparql";

    private static QueryBenchResult.QueryLatency query(String name, double p95, int errors) {
        return new QueryBenchResult.QueryLatency(name, errors, 100,
                new LatencyStats(10, p95 / 2, p95, p95, p95), errors == 0 ? null : "HTTP 500: broken");
    }

    private static QueryBenchResult result(List<QueryBenchResult.QueryLatency> latency, long loadErrors) {
        QueryBenchResult.LoadPhase phase = new QueryBenchResult.LoadPhase(16, 60.2, 1000, loadErrors,
                new LatencyStats(1000, 5, 20, 40, 90), loadErrors == 0 ? null : "HttpTimeoutException");
        return new QueryBenchResult(ENDPOINT, "test", "db", 42, 3, latency, List.of(phase),
                BenchRunner.machine(0.5));
    }

    private static QueryBenchOptions options(long seconds) {
        return new QueryBenchOptions(ENDPOINT, "test", "db", Path.of("queries"), 10, Duration.ofSeconds(seconds),
                List.of(16), Path.of("results.md"), 0);
    }

    @Test
    void goalsAreMetWhenEveryCqIsFastAndTheLoadHasNoErrors() {
        QueryBenchResult r = result(List.of(query("cq01-a", 40, 0), query("cq02-b", 99.9, 0),
                query(BenchQuery.ENTITY_LOOKUP, 500, 0)), 0);
        String goals = QueryBenchReport.goals(r, options(60));
        assertTrue(goals.contains("every CQ p95 <= 100 ms: met (slowest cq02-b, p95 99.9 ms)"), goals);
        assertTrue(goals.contains("16 clients for 60 s with zero errors: met"), goals);
    }

    @Test
    void aSlowCqOrAnErrorFailsTheGoals() {
        String slow = QueryBenchReport.goals(result(List.of(query("cq01-a", 40, 0), query("cq02-b", 100.5, 0)), 3),
                options(60));
        assertTrue(slow.contains("NOT met (slowest cq02-b, p95 100.5 ms)"), slow);
        assertTrue(slow.contains("NOT met (3 errors)"), slow);
        String failing = QueryBenchReport.goals(result(List.of(query("cq01-a", 40, 1)), 0), options(60));
        assertTrue(failing.contains("every CQ p95 <= 100 ms: NOT met"), failing);
    }

    @Test
    void wholeAnswersAndFirstPagesAreJudgedApart() {
        QueryBenchResult r = result(List.of(query("cq01-a", 900, 0), query("cq01-a (first 100)", 30, 0)), 0);
        QueryBenchOptions paged = new QueryBenchOptions(ENDPOINT, "test", "db", Path.of("queries"), 10,
                Duration.ofSeconds(60), List.of(16), Path.of("results.md"), 100);
        String goals = QueryBenchReport.goals(r, paged);
        assertTrue(goals.contains("every CQ p95 <= 100 ms: NOT met (slowest cq01-a, p95 900.0 ms)"), goals);
        assertTrue(goals.contains("every CQ's first page p95 <= 100 ms: met (slowest cq01-a (first 100), p95 30.0 "
                + "ms)"), goals);
    }

    @Test
    void aShortRunDoesNotClaimTheLoadGoal() {
        QueryBenchResult r = result(List.of(query("cq01-a", 40, 0)), 0);
        String goals = QueryBenchReport.goals(r, options(5));
        assertTrue(goals.contains("16 clients for 60 s with zero errors: not measured"), goals);
    }

    @Test
    void theSectionHasATableRowPerQueryAndPerPhaseAndTheFirstErrors() {
        QueryBenchResult r = result(List.of(query("cq01-a", 40, 0), query("cq02-b", 60, 2)), 1);
        String section = QueryBenchReport.section(r, options(60), ZonedDateTime.of(2026, 1, 2, 3, 4, 0, 0,
                ZoneOffset.UTC));
        assertTrue(section.startsWith("## 2026-01-02 03:04 Z: queries over HTTP, db\n"), section);
        assertTrue(section.contains("| cq01-a | 10 | 20.0 | 40.0 | 40.0 | 40.0 | 0 | 100 B |"), section);
        assertTrue(section.contains("| 16 | 1000 | 16.6 | 1 | 5.0 | 20.0 | 40.0 | 90.0 |"), section);
        assertTrue(section.contains("(42 quads)"), section);
        assertTrue(section.contains("First error of cq02-b: HTTP 500: broken"), section);
        assertTrue(section.contains("First error with 16 clients: HttpTimeoutException"), section);
    }
}
