package org.nkgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by the verbs that use a store. */
public final class StoreOption {

    @Option(names = "--db", paramLabel = "DIR", required = true, description = "The TDB2 store folder.")
    Path db;
}
