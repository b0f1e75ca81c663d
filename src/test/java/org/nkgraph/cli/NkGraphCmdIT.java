package org.nkgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line, run in-process through picocli on a real store built from the bundled samples. */
class NkGraphCmdIT {

    private static final Path SAMPLES = Path.of("samples");

    @TempDir
    static Path tmp;

    private static String db;

    @BeforeAll
    static void buildSamples() {
        db = tmp.resolve("db").toString();
        CliRun run = CliRun.of("build", "--db", db, SAMPLES.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("9 loaded, 0 unchanged, 0 replaced, 0 rejected"), run.out());
    }

    @Test
    void rebuildingFindsEveryArticleUnchanged() {
        CliRun run = CliRun.of("build", "--db", db, SAMPLES.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("0 loaded, 9 unchanged"), run.out());
        assertTrue(run.out().contains("0 triples written"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "query", "serve", "export", "validate", "stats", "demo", "reference"})
    void everyVerbHasHelp(String verb) {
        CliRun run = CliRun.of(verb, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: nkgraph " + verb), run.out());
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, CliRun.of("build").exitCode());
        assertEquals(2, CliRun.of("query", "--db", db).exitCode());
        assertEquals(2, CliRun.of("no-such-verb").exitCode());
        CliRun bad = CliRun.of("query", "--db", db, "-e", "SELEKT nothing");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("does not parse"), bad.err());
    }

    @Test
    void queryPrintsCsvWithTheArticlesTitlesAndDates() {
        CliRun run = CliRun.of("query", "--db", db, "--format", "csv", "queries/examples/articles.rq");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("file,title,published,mentions", lines.get(0));
        assertEquals(10, lines.size(), run.out());
        assertTrue(run.out().contains("2025-12-05"), run.out());
        assertTrue(run.out().contains("Kim Jong Un"), run.out());
    }

    @Test
    void queryFormats() {
        String q = "SELECT (COUNT(*) AS ?n) { ?a a <https://w3id.org/nkgraph/ontology#Article> }";
        assertEquals("n\r\n9\r\n", CliRun.of("query", "--db", db, "--format", "csv", "-e", q).out());
        assertTrue(CliRun.of("query", "--db", db, "--format", "json", "-e", q).out().contains("\"value\": \"9\""));
        assertTrue(CliRun.of("query", "--db", db, "--format", "tsv", "-e", q).out().startsWith("?n"));
        assertTrue(CliRun.of("query", "--db", db, "-e", q).out().contains("| 9 |"));
    }

    @Test
    void everyCompetencyQueryRuns() throws IOException {
        try (var files = Files.list(Path.of("queries"))) {
            for (Path rq : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                CliRun run = CliRun.of("query", "--db", db, "--format", "csv", rq.toString());
                assertEquals(0, run.exitCode(), rq + ": " + run.err());
            }
        }
    }

    @Test
    void mentionsAreReportedWithExactOffsets() {
        CliRun run = CliRun.of("query", "--db", db, "--format", "csv", "queries/cq11-mentions.rq");
        assertTrue(run.out().contains(",Sinpho,"), "a spelling variant stands as written");
        assertTrue(run.out().contains(",place,Sinpo"), "and denotes the one place");
    }

    @Test
    void theBuiltGraphConformsToTheShapes() {
        CliRun run = CliRun.of("validate", "--db", db);
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("conforms"), run.out());
    }

    @Test
    void statsCountArticlesAndEntities() {
        CliRun run = CliRun.of("stats", "--db", db);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("articles: 9"), run.out());
        assertTrue(run.out().contains("entities linked to Wikidata: "), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nq", "trig", "jsonld"})
    void exportsTheDatasetInAFormatThatReadsBack(String format) {
        Path out = tmp.resolve("export." + format);
        CliRun run = CliRun.of("export", "--db", db, "--format", format, "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, out.toString());
        long graphs = 0;
        for (var names = ds.listNames(); names.hasNext(); names.next()) {
            graphs++;
        }
        assertTrue(graphs >= 11, "9 articles, ontology and reference graphs: " + graphs);
    }

    @Test
    void exportsTheUnionAsTurtle() {
        Path out = tmp.resolve("export.ttl");
        assertEquals(0, CliRun.of("export", "--db", db, "--format", "ttl", "--out", out.toString()).exitCode());
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, out.toString(), Lang.TURTLE);
        assertTrue(m.size() > 1000);
    }

    @Test
    void badInputIsReportedAndTheBatchGoesOn() throws IOException {
        Path in = tmp.resolve("bad-batch");
        Files.createDirectories(in);
        Files.writeString(in.resolve("good.txt"), "Officials opened a clothing factory in Hwangju County.");
        Files.writeString(in.resolve("empty.txt"), "  \n\t\n");
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 in Seoul".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("rows.jsonl"), "{\"text\": \"A fine row about Sinpo.\"}\n{not json\n");
        Files.writeString(in.resolve("notes.docx"), "not an article");
        String store = tmp.resolve("bad-db").toString();
        CliRun run = CliRun.of("build", "--db", store, in.toString());
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("1 loaded"), run.out());
        assertTrue(run.out().contains("5 rejected"), run.out());
        for (String name : List.of("empty.txt", "binary.txt", "latin1.txt", "rows.jsonl:2", "notes.docx")) {
            assertTrue(run.err().contains(name), name + " is named in: " + run.err());
        }
        String count = CliRun.of("query", "--db", store, "--format", "csv", "-e",
                "SELECT (COUNT(*) AS ?n) { ?a a <https://w3id.org/nkgraph/ontology#Article> }").out();
        assertEquals("n\r\n1\r\n", count, "nothing of a rejected file is in the store");
    }
}
