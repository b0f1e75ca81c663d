package org.nkgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nkgraph.bench.BenchOptions;
import org.nkgraph.bench.BenchRunner;
import org.nkgraph.bench.CorpusGenerator;
import org.nkgraph.bench.CorpusSummary;
import org.nkgraph.bench.QueryBench;
import org.nkgraph.bench.QueryBenchOptions;
import org.nkgraph.bench.ServerProcess;
import org.nkgraph.store.StoreException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nkgraph bench}: the synthetic corpus and the benchmark. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Generates a synthetic corpus and measures extraction, building and loading on it (corpus, "
                + "run), and measures queries over HTTP on a served store (queries)."},
        subcommands = {BenchCmd.Corpus.class, BenchCmd.Run.class, BenchCmd.Queries.class})
public final class BenchCmd implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code nkgraph bench corpus}: writes a deterministic synthetic corpus. */
    @Command(
            name = "corpus",
            mixinStandardHelpOptions = true,
            description = {"Writes N synthetic news articles (300-600 words, several styles, each event reported by "
                    + "about three articles) into DIR, in subfolders of 1000 files.",
                "The same N and seed always give byte-identical files."})
    static final class Corpus implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles.")
        int articles;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
                description = "The random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
        Path out;

        @Override
        public Integer call() {
            if (articles < 1) {
                throw new UsageException("--articles must be at least 1");
            }
            CorpusSummary s = CorpusGenerator.bundled().generate(articles, seed, out);
            PrintWriter w = spec.commandLine().getOut();
            w.printf("Wrote %d articles (%d events, %d words) in %d files under %s%n", s.articles(), s.events(),
                    s.words(), s.files(), out);
            w.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code nkgraph bench run}: measures extraction, a build and Jena's bulk loader on one corpus. */
    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = {"Generates a corpus in WORK/corpus, then measures extraction alone (read and analyse, "
                    + "no store) on its first --extraction-files files with each thread count, a full build into a "
                    + "fresh TDB2 store (WORK/store), and "
                    + "Jena's TDB2 bulk loader on that store exported as N-Quads (WORK/store.nq, WORK/bulk-loaded).",
                "With --corenlp-anchor, also the NLP anchor: the first --corenlp-articles articles as nkgraph reads "
                    + "them, written one per file to WORK/texts, analysed by nkgraph (1 thread) and by Stanford "
                    + "CoreNLP in a child JVM (its log: WORK/corenlp.log); see bench/README.md.",
                "Prints the figures and appends them, with the machine's cores, memory and JVM, to the results "
                    + "file. WORK/corpus, WORK/store, WORK/bulk-loaded and WORK/texts are replaced."})
    static final class Run implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--articles", required = true, paramLabel = "N", description = "Articles in the corpus.")
        int articles;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
                description = "The corpus seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--work", paramLabel = "DIR", defaultValue = "${java.io.tmpdir}/nkgraph-bench",
                description = "Working folder (default: ${DEFAULT-VALUE}).")
        Path work;

        @Option(names = "--threads", paramLabel = "N,...", split = ",", defaultValue = "1,2",
                description = "Thread counts for extraction (default: ${DEFAULT-VALUE}).")
        List<Integer> threads;

        @Option(names = "--results", paramLabel = "FILE", defaultValue = "bench/results.md",
                description = "The Markdown file to append the figures to (default: ${DEFAULT-VALUE}).")
        Path results;

        @Option(names = "--corenlp-anchor", paramLabel = "JAR",
                description = "The built CoreNLP anchor, bench/corenlp/target/corenlp-anchor.jar (default: the "
                        + "anchor is not run).")
        Path corenlpAnchor;

        @Option(names = "--corenlp-articles", paramLabel = "N",
                defaultValue = "" + BenchOptions.DEFAULT_CORENLP_ARTICLES,
                description = "The NLP anchor runs on the first N articles (default: ${DEFAULT-VALUE}).")
        int corenlpArticles;

        @Option(names = "--extraction-files", paramLabel = "N",
                defaultValue = "" + BenchOptions.DEFAULT_EXTRACTION_FILES,
                description = "Extraction alone is measured on the first N files (default: ${DEFAULT-VALUE}).")
        int extractionFiles;

        @Option(names = "--no-loader", negatable = false,
                description = "Do not run Jena's bulk loader (it needs twice the store's size more on disk).")
        boolean noLoader;

        @Option(names = "--compact", description = "Also compact the store after the build and measure it.")
        boolean compact;

        @Override
        public Integer call() {
            BenchOptions options;
            try {
                options = new BenchOptions(articles, seed, work, threads, results, corenlpAnchor, corenlpArticles,
                        extractionFiles, !noLoader, compact);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            new BenchRunner(spec.commandLine().getOut()).run(options);
            return ExitCodes.OK;
        }
    }

    /** {@code nkgraph bench queries}: latency and load of the competency questions over HTTP. */
    @Command(
            name = "queries",
            mixinStandardHelpOptions = true,
            description = {"Measures queries over HTTP on a store served by 'nkgraph serve': p50/p95/p99 latency of "
                    + "each competency-question query (QUERIES/cq*.rq) and of an entity lookup, then throughput and "
                    + "errors with each number of concurrent clients sending them back to back (by default, the "
                    + "queries' first pages).",
                "With --db the store is served by a child process of the same program on 127.0.0.1 (stopped at the "
                    + "end); with --endpoint a running server is used, which must be on a loopback host.",
                "Prints the figures and appends them, with the machine's cores, memory and JVM, to the results "
                    + "file."})
    static final class Queries implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Option(names = "--port", paramLabel = "P",
                description = "Port for the served store (default: a free one); only with --db.")
        Integer port;

        @Option(names = "--samples", paramLabel = "N", defaultValue = "50",
                description = "Sequential runs of each query for the latency figures, fewer for a query whose "
                        + "runs take over a minute (default: ${DEFAULT-VALUE}).")
        int samples;

        @Option(names = "--page", paramLabel = "ROWS", defaultValue = "100",
                description = "Also measure each query's first ROWS rows (LIMIT), and send those in the load "
                        + "phases; 0: whole answers only (default: ${DEFAULT-VALUE}).")
        int page;

        @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60",
                description = "Length of each load phase (default: ${DEFAULT-VALUE}).")
        long durationSeconds;

        @Option(names = "--clients", paramLabel = "N,...", split = ",", defaultValue = "1,4,16",
                description = "Concurrent clients of the load phases (default: ${DEFAULT-VALUE}).")
        List<Integer> clients;

        @Option(names = "--queries", paramLabel = "DIR", defaultValue = "${env:NKGRAPH_HOME:-.}/queries",
                description = "Folder of the cq*.rq queries (default: ${DEFAULT-VALUE}).")
        Path queries;

        @Option(names = "--results", paramLabel = "FILE", defaultValue = "bench/results.md",
                description = "The Markdown file to append the figures to (default: ${DEFAULT-VALUE}).")
        Path results;

        /** Either a store to serve or a running endpoint. */
        static final class Target {
            @Option(names = "--db", paramLabel = "DIR", required = true,
                    description = "The TDB2 store to serve in a child process.")
            Path db;

            @Option(names = "--endpoint", paramLabel = "URL", required = true,
                    description = "A running server's SPARQL endpoint on 127.0.0.1, ::1 or localhost, e.g. "
                            + "http://127.0.0.1:3030/kg/sparql.")
            String endpoint;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (target.endpoint != null) {
                if (port != null) {
                    throw new UsageException("--port goes with --db; the port of --endpoint is in its URL");
                }
                new QueryBench(out).run(options(target.endpoint, "already running (not started by the bench)",
                        "the store behind " + target.endpoint));
                return ExitCodes.OK;
            }
            if (!Files.isDirectory(target.db)) {
                throw new StoreException("no store at " + target.db + " (build one with: nkgraph build --db "
                        + target.db + " ...)");
            }
            // Checked before the child starts, so a bad option does not cost a server start-up.
            options("http://127.0.0.1:1/", "", "");
            int chosen = port != null ? port : ServerProcess.freePort();
            out.printf("Starting nkgraph serve on %s (port %d) in a child process...%n", target.db, chosen);
            out.flush();
            try (ServerProcess server = ServerProcess.start(NkGraphCmd.class.getName(), target.db, chosen)) {
                out.printf("Server process %d answers at %s%n", server.pid(), server.endpoint());
                out.flush();
                new QueryBench(out).run(options(server.endpoint(), String.format(Locale.ROOT,
                        "`nkgraph serve` in its own JVM (max heap %d MiB)",
                        Runtime.getRuntime().maxMemory() / (1024 * 1024)), target.db.toString()));
            }
            return ExitCodes.OK;
        }

        private QueryBenchOptions options(String endpoint, String server, String store) {
            if (!Files.isDirectory(queries)) {
                throw new UsageException("no query folder at " + queries);
            }
            try {
                return new QueryBenchOptions(endpoint, server, store, queries, samples,
                        Duration.ofSeconds(durationSeconds), clients, results, page);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }
}
