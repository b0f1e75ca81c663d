package org.nkgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryParseException;
import org.nkgraph.store.KgStore;
import org.nkgraph.store.QueryRunner;
import org.nkgraph.store.ResultFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nkgraph query}: runs a SPARQL query against the store. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a SPARQL query (from a file, or given with -e) against the store and prints the results.",
            "The default graph is the union of all graphs: articles, resolved entities, ontology, reference data."
        })
public final class QueryCmd implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "CONSTRUCT and DESCRIBE results are printed as Turtle.")
    ResultFormat format;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Exactly one of a query file or an inline query. */
    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
        Path file;

        @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query itself.")
        String expression;
    }

    @Override
    public Integer call() throws IOException {
        String query = source.expression != null ? source.expression : readQuery(source.file);
        // Results go through the command's writer so that tests and callers can capture them.
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        try (KgStore kg = KgStore.openExisting(store.db)) {
            QueryRunner.run(kg.datasetGraph(), query, format, results);
        } catch (QueryParseException e) {
            throw new UsageException("the query does not parse: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(results.toString(StandardCharsets.UTF_8));
        out.flush();
        return ExitCodes.OK;
    }

    private static String readQuery(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no query file " + file);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
