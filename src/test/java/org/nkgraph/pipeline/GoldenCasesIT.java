package org.nkgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.store.GraphValidator;
import org.nkgraph.store.KgStore;
import org.nkgraph.store.QueryRunner;
import org.nkgraph.store.ResultFormat;

/**
 * Golden cases: each folder under {@code src/test/resources/cases/} holds articles (written for the tests) in
 * {@code articles/} and, in {@code expect/}, for some competency queries, CSV rows that the query must return
 * (a row matches when every cell it gives is equal, case and spacing aside; {@code *} matches anything; a column
 * whose name ends in {@code ~} matches when the answer contains the cell) and, in
 * {@code forbid/}, rows it must not return. Every built case graph must also conform to the SHACL shapes.
 */
class GoldenCasesIT {

    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final Path QUERIES = Path.of("queries");

    @TempDir
    Path tmp;

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseHoldsItsExpectedFacts(Path caseDir) throws IOException {
        try (KgStore store = KgStore.open(tmp.resolve("db"))) {
            BuildSummary summary = GraphBuilder.create(store).build().build(List.of(caseDir.resolve("articles")));
            assertTrue(summary.rejected() == 0, "case articles load: " + summary);
            List<String> problems = new ArrayList<>();
            check(store, caseDir.resolve("expect"), true, problems);
            check(store, caseDir.resolve("forbid"), false, problems);
            ValidationReport report = new GraphValidator(ReferenceData.bundled()).validate(store.datasetGraph());
            if (!report.conforms()) {
                problems.add("the graph does not conform to the shapes: " + report.getEntries());
            }
            if (!problems.isEmpty()) {
                fail(caseDir.getFileName() + ":\n  " + String.join("\n  ", problems));
            }
        }
    }

    private static void check(KgStore store, Path dir, boolean wanted, List<String> problems) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path rows : files.sorted().toList()) {
                List<Map<String, String>> answer = run(store, QUERIES.resolve(rows.getFileName().toString()
                        .replace(".csv", ".rq")));
                for (Map<String, String> row : CsvLib.read(Files.readString(rows))) {
                    boolean found = answer.stream().anyMatch(a -> matches(row, a));
                    if (found != wanted) {
                        problems.add((wanted ? "missing from " : "unwanted in ") + rows.getFileName() + ": " + row
                                + (wanted ? "\n    got: " + answer : ""));
                    }
                }
            }
        }
    }

    private static List<Map<String, String>> run(KgStore store, Path query) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.datasetGraph(), Files.readString(query), ResultFormat.csv, out);
        return CsvLib.read(out.toString(StandardCharsets.UTF_8));
    }

    private static boolean matches(Map<String, String> expected, Map<String, String> actual) {
        for (Map.Entry<String, String> cell : expected.entrySet()) {
            boolean contains = cell.getKey().endsWith("~");
            String column = contains ? cell.getKey().substring(0, cell.getKey().length() - 1) : cell.getKey();
            String want = cell.getValue().strip().toLowerCase(Locale.ROOT);
            String got = actual.getOrDefault(column, "").strip().toLowerCase(Locale.ROOT);
            boolean ok = want.equals("*") || (contains ? got.contains(want) : want.equals(got));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

}
