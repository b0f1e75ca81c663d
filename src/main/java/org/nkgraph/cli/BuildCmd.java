package org.nkgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nkgraph.doc.InputRejectedException;
import org.nkgraph.pipeline.BuildListener;
import org.nkgraph.pipeline.BuildSummary;
import org.nkgraph.pipeline.GraphBuilder;
import org.nkgraph.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nkgraph build}: reads files and folders into the store. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Reads article files and folders (recursively) and adds them to the store.",
            "Formats: .txt (news text, with or without a header), .html/.htm, .jsonl (one article a line: "
                    + "title, date, author, publisher, url, text).",
            "Loading is idempotent and incremental; a file whose text changed replaces its earlier article. "
                    + "A bad file is reported on stderr and skipped; the exit status is then 3."
        })
public final class BuildCmd implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "64",
            description = "Reject files larger than this many MiB (default: ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that read and analyse files (default: one per processor; one more writes).")
    Integer threads;

    @Option(names = "--compact", description = "After the build, rewrite the store without the index blocks its "
            + "transactions left behind (about half the size on disk, for a minute or two per 10,000 articles).")
    boolean compact;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders to read.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && threads < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        BuildSummary summary = run(store.db, paths, maxFileMb * 1024 * 1024, workers, compact, out, err);
        return summary.rejected() > 0 ? ExitCodes.REJECTED_INPUT : ExitCodes.OK;
    }

    /** Builds and prints progress and a summary; shared with {@code demo}. */
    static BuildSummary run(Path db, List<Path> paths, long maxBytes, int threads, boolean compact,
            PrintWriter out, PrintWriter err) {
        try (KgStore kg = KgStore.open(db)) {
            BuildSummary summary = GraphBuilder.create(kg).maxFileBytes(maxBytes).threads(threads)
                    .listener(new Reporter(err)).build().build(paths);
            out.println("Built " + db + ": " + summary);
            if (compact) {
                long started = System.nanoTime();
                kg.compact();
                out.printf(Locale.ROOT, "Compacted %s in %.1f s.%n", db, (System.nanoTime() - started) / 1e9);
            }
            out.println("The store holds " + kg.quadCount() + " triples.");
            out.flush();
            return summary;
        }
    }

    /** Prints rejections as they happen and progress every few seconds on long runs. */
    private static final class Reporter implements BuildListener {
        private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;
        private final PrintWriter err;
        private final long started = System.nanoTime();
        private long lastProgress = started;

        Reporter(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void rejected(InputRejectedException problem) {
            err.println("rejected: " + problem.getMessage());
            err.flush();
        }

        @Override
        public void progress(int done, int total) {
            long now = System.nanoTime();
            if (now - lastProgress >= PROGRESS_EVERY_NANOS && done < total) {
                lastProgress = now;
                double seconds = (now - started) / 1e9;
                err.printf("... %d/%d files (%.0f%%), %.0f s%n", done, total, 100.0 * done / total, seconds);
                err.flush();
            }
        }
    }
}
