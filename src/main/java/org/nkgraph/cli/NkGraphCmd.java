package org.nkgraph.cli;

import java.io.PrintWriter;
import org.nkgraph.doc.InputRejectedException;
import org.nkgraph.server.ServerConfigException;
import org.nkgraph.server.ServerStartException;
import org.nkgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code nkgraph} command: builds news articles into a knowledge graph and serves it.
 *
 * <pre>
 * System.exit(NkGraphCmd.commandLine().execute(args));
 * </pre>
 */
@Command(
        name = "nkgraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds news articles about North Korea's leadership and regional development into an RDF "
                + "knowledge graph (TDB2) and serves it over SPARQL.",
        subcommands = {
            DemoCmd.class,
            BuildCmd.class,
            QueryCmd.class,
            ServeCmd.class,
            ExportCmd.class,
            ValidateCmd.class,
            StatsCmd.class,
            ReferenceCmd.class,
            LinkCmd.class,
            BenchCmd.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Exit status: 0 ok, 1 software error, 2 usage error, 3 input rejected, 4 store error, "
                + "5 graph not valid, 6 server error."})
public final class NkGraphCmd implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print a stack trace with an error.")
    boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with nkgraph's error handling and exit codes. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new NkGraphCmd());
        cmd.setExecutionExceptionHandler(NkGraphCmd::handle);
        cmd.setExitCodeExceptionMapper(NkGraphCmd::exitCode);
        return cmd;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    private static int handle(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        err.println("nkgraph: " + e.getMessage());
        if (isVerbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode(e);
    }

    private static boolean isVerbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    static int exitCode(Throwable e) {
        if (e instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof InputRejectedException) {
            return ExitCodes.REJECTED_INPUT;
        }
        if (e instanceof StoreException) {
            return ExitCodes.STORE;
        }
        if (e instanceof UsageException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof ServerConfigException || e instanceof ServerStartException) {
            return ExitCodes.SERVER;
        }
        return ExitCodes.SOFTWARE;
    }
}
