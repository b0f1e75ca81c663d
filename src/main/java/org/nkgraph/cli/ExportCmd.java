package org.nkgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nkgraph.store.ExportFormat;
import org.nkgraph.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nkgraph export}: writes the whole store as RDF. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the store as RDF: nq and trig keep the named graphs; ttl writes the union of all graphs; "
                    + "jsonld writes the dataset as JSON-LD."
        })
public final class ExportCmd implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "One of ${COMPLETION-CANDIDATES}.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path outFile;

    @Override
    public Integer call() throws IOException {
        try (KgStore kg = KgStore.openExisting(store.db)) {
            if (outFile != null) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(outFile))) {
                    format.write(kg.datasetGraph(), out);
                }
                PrintWriter msg = spec.commandLine().getOut();
                msg.println("Wrote " + outFile);
                msg.flush();
            } else {
                // Standard output is the process's own stream: write to it, never close it.
                format.write(kg.datasetGraph(), System.out);
                System.out.flush();
            }
        }
        return ExitCodes.OK;
    }
}
