package org.nkgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nkgraph.doc.SourceFileLoader;
import org.nkgraph.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nkgraph demo}: builds the bundled sample articles and serves them. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Builds the bundled sample articles into a store under ./data/ (only what is new or changed when it "
                    + "exists already) and serves it at http://localhost:3030/ (see 'serve' for the endpoints)."
        })
public final class DemoCmd implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "${env:NKGRAPH_HOME:-.}/data/demo",
            description = "The store folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "${env:NKGRAPH_HOME:-.}/samples",
            description = "The sample articles (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Mixin
    ServeCmd.ServerOptions server;

    @Override
    public Integer call() {
        if (!Files.isDirectory(samples)) {
            throw new UsageException("no sample articles at " + samples);
        }
        PrintWriter out = spec.commandLine().getOut();
        var summary = BuildCmd.run(db.normalize(), List.of(samples.normalize()), SourceFileLoader.DEFAULT_MAX_BYTES,
                Runtime.getRuntime().availableProcessors(), false, out, spec.commandLine().getErr());
        if (summary.rejected() > 0) {
            return ExitCodes.REJECTED_INPUT;
        }
        try (KgStore kg = KgStore.open(db.normalize())) {
            ServeCmd.serve(kg, server, out);
        }
        return ExitCodes.OK;
    }
}
