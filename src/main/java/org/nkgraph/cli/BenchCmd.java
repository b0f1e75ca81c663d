package org.nkgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nkgraph.bench.BenchOptions;
import org.nkgraph.bench.BenchRunner;
import org.nkgraph.bench.CorpusGenerator;
import org.nkgraph.bench.CorpusSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nkgraph bench}: the synthetic corpus and the benchmark. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Generates a synthetic corpus and measures extraction, building and loading on it.",
        subcommands = {BenchCmd.Corpus.class, BenchCmd.Run.class})
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
                    + "no store) with each thread count, a full build into a fresh TDB2 store (WORK/store), and "
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

        @Override
        public Integer call() {
            BenchOptions options;
            try {
                options = new BenchOptions(articles, seed, work, threads, results, corenlpAnchor, corenlpArticles);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            new BenchRunner(spec.commandLine().getOut()).run(options);
            return ExitCodes.OK;
        }
    }
}
