package org.nkgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.nkgraph.sys.NkGraphException;

/** Writes a run's figures as a dated Markdown section, and appends it to the results file. */
final class BenchReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm z", Locale.ROOT);

    private BenchReport() {}

    static String section(BenchResult r, BenchOptions options, ZonedDateTime when) {
        StringBuilder out = new StringBuilder();
        BenchResult.Machine m = r.machine();
        out.append("## ").append(WHEN.format(when)).append(": ").append(r.corpus().articles())
                .append(" articles, seed ").append(options.seed()).append("\n\n");
        out.append(machineLine(m));
        out.append(String.format(Locale.ROOT, "Corpus: %d articles in %d files, %d events, %d words.%n%n",
                r.corpus().articles(), r.corpus().files(), r.corpus().events(), r.corpus().words()));
        out.append("| measure | figure |\n|---|---|\n");
        for (BenchResult.Extraction e : r.extraction()) {
            row(out, "extraction alone, " + e.threads() + (e.threads() == 1 ? " thread" : " threads"), String.format(
                    Locale.ROOT, "%.1f articles/s, %.0f tokens/s (%d articles, %d tokens, %.1f s)",
                    e.articlesPerSecond(), e.tokensPerSecond(), e.articles(), e.tokens(), e.seconds()));
        }
        BenchResult.Build b = r.build();
        row(out, "build into TDB2, " + b.threads() + " analysis threads and a writer", String.format(Locale.ROOT,
                "%.1f articles/s, %.0f triples/s (%d articles, %d rejected, %d triples, %.1f s)",
                b.articlesPerSecond(), b.triplesPerSecond(), b.articles(), b.rejected(), b.triples(), b.seconds()));
        row(out, "build, files/s in each tenth of the corpus", BenchResult.rates(b.filesPerSecondByTenth()));
        row(out, "build peak heap", BenchResult.mib(b.peakHeapBytes()));
        row(out, "resident memory (VmHWM)", BenchResult.mib(b.residentBytes()));
        row(out, "store size on disk, as built", BenchResult.mib(b.storeBytes()));
        row(out, "compaction after the build", Double.isNaN(b.compactSeconds()) ? "not run (--compact)"
                : String.format(Locale.ROOT, "%.1f s, store then %s", b.compactSeconds(),
                        BenchResult.mib(b.compactedBytes())));
        if (r.loader() == null) {
            row(out, "Jena TDB2 bulk loader", "not run (--no-loader)");
        } else {
            row(out, "Jena TDB2 bulk loader", String.format(Locale.ROOT, "%.0f triples/s (%d quads, %.1f s), store %s",
                    r.loader().triplesPerSecond(), r.loader().quads(), r.loader().seconds(),
                    BenchResult.mib(r.loader().storeBytes())));
            row(out, "build / bulk loader", String.format(Locale.ROOT, "%.3f", r.loaderRatio()));
        }
        nlpAnchor(out, r.nlpAnchor());
        return out.append('\n').toString();
    }

    /** The "Machine: ..." line: cores, memory, OS, JVM and its maximum heap, load average; ends with a newline. */
    static String machineLine(BenchResult.Machine m) {
        return String.format(Locale.ROOT, "Machine: %d cores, %s memory, %s; %s, max heap %s; load average "
                + "%.2f at the start, %.2f at the end.%n", m.cores(), BenchResult.mib(m.memoryBytes()), m.os(), m.jvm(),
                BenchResult.mib(m.maxHeapBytes()), m.loadBefore(), m.loadAfter());
    }

    /** The NLP anchor's rows, or one row saying how to run it. */
    private static void nlpAnchor(StringBuilder out, BenchResult.NlpAnchor a) {
        if (a == null) {
            row(out, "NLP anchor (Stanford CoreNLP)", "not run: build it with `mvn -q -B -f bench/corenlp/pom.xml "
                    + "package` and pass `--corenlp-anchor bench/corenlp/target/corenlp-anchor.jar` (bench/README.md)");
            return;
        }
        BenchResult.Extraction n = a.nkgraph();
        BenchResult.CoreNlp c = a.corenlp();
        row(out, "nkgraph extraction, 1 thread, the anchor's " + n.articles() + " articles", String.format(
                Locale.ROOT, "%.1f articles/s, %.0f tokens/s (%d tokens, %.1f s; texts in memory)",
                n.articlesPerSecond(), n.tokensPerSecond(), n.tokens(), n.seconds()));
        row(out, "CoreNLP " + c.version() + " (" + c.annotators() + "), " + c.threads()
                + (c.threads() == 1 ? " thread" : " threads"), String.format(Locale.ROOT,
                "%.1f articles/s, %.0f tokens/s (%d articles, %d tokens, %d sentences, %.1f s; texts in memory)",
                c.articlesPerSecond(), c.tokensPerSecond(), c.articles(), c.tokens(), c.sentences(), c.seconds()));
        row(out, "nkgraph / CoreNLP tokens/s", String.format(Locale.ROOT, "%.1f (goal: at least 50; each tool "
                + "counts the tokens of its own tokenizer)", a.tokensRatio()));
        row(out, "nkgraph / CoreNLP articles/s", String.format(Locale.ROOT, "%.1f", a.articlesRatio()));
    }

    private static void row(StringBuilder out, String measure, String figure) {
        out.append("| ").append(measure).append(" | ").append(figure).append(" |\n");
    }

    /** Appends the section to the results file and prints it. */
    static void publish(String section, Path results, PrintWriter out) {
        append(results, section);
        out.print(section);
        out.println("Appended to " + results);
        out.flush();
    }

    static void append(Path results, String section) {
        try {
            Path parent = results.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!Files.exists(results)) {
                Files.writeString(results, "# nkgraph benchmark results\n\nWritten by `nkgraph bench run` and "
                        + "`nkgraph bench queries`; newest last.\n\n", StandardCharsets.UTF_8);
            }
            Files.writeString(results, section, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new NkGraphException("cannot write " + results + ": " + e.getMessage(), e);
        }
    }
}
