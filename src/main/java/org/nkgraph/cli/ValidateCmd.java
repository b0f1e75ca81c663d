package org.nkgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.store.GraphValidator;
import org.nkgraph.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nkgraph validate}: checks the store against the SHACL shapes. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Validates the store against ontology/shapes.ttl, prints the SHACL report, "
                + "and exits with 5 when the graph does not conform.")
public final class ValidateCmd implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        ValidationReport report;
        try (KgStore kg = KgStore.openExisting(store.db)) {
            report = new GraphValidator(ReferenceData.bundled()).validate(kg.datasetGraph());
        }
        PrintWriter out = spec.commandLine().getOut();
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, report.getModel(), Lang.TURTLE);
        out.print(turtle.toString(StandardCharsets.UTF_8));
        int violations = report.getEntries().size();
        out.println(report.conforms() ? "# The graph conforms to the shapes."
                : "# The graph does not conform: " + violations + " result(s).");
        out.flush();
        return report.conforms() ? ExitCodes.OK : ExitCodes.INVALID_GRAPH;
    }
}
