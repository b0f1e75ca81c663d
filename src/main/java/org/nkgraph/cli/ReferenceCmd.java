package org.nkgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nkgraph.link.WikidataSnapshot;
import org.nkgraph.reference.AdminDivisionConverter;
import org.nkgraph.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nkgraph reference}: maintains the reference data. */
@Command(
        name = "reference",
        mixinStandardHelpOptions = true,
        description = "Maintains the reference data in ontology/reference/.",
        subcommands = {ReferenceCmd.Convert.class, ReferenceCmd.Wikidata.class})
public final class ReferenceCmd implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code nkgraph reference convert}: regenerates the places from the research table. */
    @Command(
            name = "convert",
            mixinStandardHelpOptions = true,
            description = "Converts the table of North Korea's administrative divisions "
                    + "(../shared/research/nk-admin-divisions.tsv) into ontology/reference/places.ttl.")
    static final class Convert implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--tsv", required = true, paramLabel = "FILE", description = "The research table.")
        Path tsv;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = "ontology/reference/places.ttl",
                description = "The Turtle file to write (default: ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() {
            AdminDivisionConverter.convert(tsv, out);
            spec.commandLine().getOut().println("Wrote " + out);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    /** {@code nkgraph reference wikidata}: regenerates the offline Wikidata snapshot from the reference data. */
    @Command(
            name = "wikidata",
            mixinStandardHelpOptions = true,
            description = "Writes every Wikidata item the reference data links to, in Wikidata's shape (labels, "
                    + "P31, P17, P131, P625), to ontology/reference/wikidata.ttl, so Wikidata-shaped queries run "
                    + "offline.")
    static final class Wikidata implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = "ontology/reference/wikidata.ttl",
                description = "The Turtle file to write (default: ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() {
            WikidataSnapshot.write(ReferenceData.bundled(), out);
            spec.commandLine().getOut().println("Wrote " + out);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
