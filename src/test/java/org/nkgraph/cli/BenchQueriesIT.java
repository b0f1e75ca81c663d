package org.nkgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkgraph.pipeline.BuildSummary;
import org.nkgraph.pipeline.GraphBuilder;
import org.nkgraph.server.KgServer;
import org.nkgraph.store.KgStore;

/** {@code bench queries} on a store built from samples/, served by a child process or by a server in this JVM. */
class BenchQueriesIT {

    private static final Path QUERIES = Path.of("queries");
    private static final Pattern LATENCY_ROW = Pattern.compile(
            "(?m)^\\| ([^|]+) \\| (\\d+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| (\\d+) "
                    + "\\| [^|]+ \\|$");
    private static final Pattern LOAD_ROW = Pattern.compile(
            "(?m)^\\| (\\d+) \\| (\\d+) \\| ([0-9.]+) \\| (\\d+) \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\|$");
    private static final Pattern CHILD = Pattern.compile("Server process (\\d+) answers at (\\S+)");

    @TempDir
    static Path dir;

    private static Path store;

    @BeforeAll
    static void buildStore() {
        store = dir.resolve("store");
        KgStore kg = KgStore.open(store);
        try {
            BuildSummary summary = GraphBuilder.create(kg).build().build(List.of(Path.of("samples")));
            assertTrue(summary.loaded() > 0, summary.toString());
        } finally {
            release(kg);
        }
    }

    /** Closes the store and drops it from TDB2's cache in this JVM, releasing its lock for a child process. */
    private static void release(KgStore kg) {
        kg.close();
        TDBInternal.expel(kg.datasetGraph());
    }

    @Test
    void servesTheStoreInAChildProcessMeasuresEveryQueryAndStopsTheChild() throws IOException {
        Path results = dir.resolve("child.md");
        CliRun run = CliRun.of("bench", "queries", "--db", store.toString(), "--queries", QUERIES.toString(),
                "--samples", "3", "--duration", "1", "--clients", "1,2", "--results", results.toString());
        assertEquals(0, run.exitCode(), run.err() + run.out());
        String text = Files.readString(results);
        assertTrue(text.contains("`nkgraph serve` in its own JVM"), text);
        assertEverythingMeasuredWithoutErrors(text);

        Matcher child = CHILD.matcher(run.out());
        assertTrue(child.find(), run.out());
        long pid = Long.parseLong(child.group(1));
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the child was stopped");
        CliRun after = CliRun.of("bench", "queries", "--endpoint", child.group(2), "--queries", QUERIES.toString(),
                "--samples", "1", "--duration", "1", "--clients", "1", "--results", dir.resolve("none.md").toString());
        assertEquals(ExitCodes.SOFTWARE, after.exitCode(), after.out());
        assertTrue(after.err().contains("no SPARQL server answers"), "the child's port is closed: " + after.err());
    }

    @Test
    void measuresARunningServerGivenByItsEndpoint() throws IOException {
        Path results = dir.resolve("endpoint.md");
        KgStore kg = KgStore.openExisting(store);
        try (KgServer server = KgServer.create().dataset(kg.datasetGraph()).port(0).build().start()) {
            CliRun run = CliRun.of("bench", "queries", "--endpoint", server.urls().query(), "--queries",
                    QUERIES.toString(), "--samples", "3", "--duration", "1", "--clients", "1,2", "--results",
                    results.toString());
            assertEquals(0, run.exitCode(), run.err() + run.out());
        } finally {
            release(kg);
        }
        String text = Files.readString(results);
        assertTrue(text.contains("already running"), text);
        assertEverythingMeasuredWithoutErrors(text);
    }

    @Test
    void refusesAnEndpointThatIsNotLoopback() {
        for (String endpoint : List.of("http://192.0.2.7:3030/kg/sparql", "http://example.org/kg/sparql")) {
            Path results = dir.resolve("refused.md");
            CliRun run = CliRun.of("bench", "queries", "--endpoint", endpoint, "--queries", QUERIES.toString(),
                    "--results", results.toString());
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.out());
            assertTrue(run.err().contains("only a loopback host"), run.err());
            assertFalse(Files.exists(results), "nothing measured");
        }
    }

    @Test
    void refusesBothAStoreAndAnEndpoint() {
        CliRun run = CliRun.of("bench", "queries", "--db", store.toString(), "--endpoint",
                "http://127.0.0.1:1/kg/sparql");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out());
    }

    /**
     * A latency row for every CQ file, whole and first page, and the entity lookup, a load row per client count, no
     * errors anywhere.
     */
    private static void assertEverythingMeasuredWithoutErrors(String text) throws IOException {
        List<String> expected = new ArrayList<>();
        try (DirectoryStream<Path> cqs = Files.newDirectoryStream(QUERIES, "cq*.rq")) {
            cqs.forEach(p -> expected.add(p.getFileName().toString().replaceFirst("\\.rq$", "")));
        }
        assertTrue(expected.size() >= 11, "the CQ files: " + expected);
        for (String cq : List.copyOf(expected)) {
            expected.add(cq + " (first 100)");
        }
        expected.add("entity lookup");
        List<String> measured = new ArrayList<>();
        Matcher row = LATENCY_ROW.matcher(text);
        while (row.find()) {
            measured.add(row.group(1));
            assertEquals("0", row.group(7), "errors of " + row.group(1) + " in\n" + text);
            assertEquals("3", row.group(2), "runs of " + row.group(1));
            assertTrue(Double.parseDouble(row.group(3)) > 0, row.group());
        }
        assertEquals(expected.stream().sorted().toList(), measured.stream().sorted().toList(), text);
        List<String> clients = new ArrayList<>();
        Matcher load = LOAD_ROW.matcher(text);
        while (load.find()) {
            clients.add(load.group(1));
            assertTrue(Long.parseLong(load.group(2)) > 0, "requests in " + load.group());
            assertEquals("0", load.group(4), "errors in " + load.group());
        }
        assertEquals(List.of("1", "2"), clients, text);
        assertTrue(text.contains("quads)"), "the store's size: " + text);
    }
}
