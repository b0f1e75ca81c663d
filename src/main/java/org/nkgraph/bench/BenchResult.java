package org.nkgraph.bench;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark run.
 *
 * @param corpus     the generated corpus
 * @param extraction extraction alone, one entry per thread count
 * @param build      the full build into TDB2
 * @param loader     Jena's bulk loader on the same quads, or null when it was not run
 * @param nlpAnchor  nkgraph and CoreNLP on the same articles, or null when the NLP anchor was not run
 * @param machine    where it ran
 */
public record BenchResult(CorpusSummary corpus, List<Extraction> extraction, Build build, Loader loader,
        NlpAnchor nlpAnchor, Machine machine) {

    /**
     * Extraction (read and analyse, no store) with some threads.
     *
     * @param threads  threads, each with its own pipeline
     * @param articles articles analysed
     * @param tokens   tokens found
     * @param seconds  wall-clock time
     */
    public record Extraction(int threads, int articles, long tokens, double seconds) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    /**
     * A full build into a fresh store.
     *
     * @param threads       threads that read and analyse (one more writes)
     * @param articles      articles built
     * @param rejected      files or rows rejected
     * @param triples       quads the build wrote
     * @param seconds       wall-clock time
     * @param filesPerSecondByTenth the rate in each tenth of the corpus's files, in order: it stays flat when the
     *                      cost of an article does not grow with the store
     * @param peakHeapBytes the highest heap use during the build
     * @param residentBytes the process's resident high-water mark after the build (-1 unknown)
     * @param storeBytes    the store's size on disk as built
     * @param compactSeconds the time {@code KgStore.compact} took after the build, NaN when not run
     * @param compactedBytes the store's size on disk after compaction, -1 when not run
     */
    public record Build(int threads, int articles, int rejected, long triples, double seconds,
            List<Double> filesPerSecondByTenth, long peakHeapBytes, long residentBytes, long storeBytes,
            double compactSeconds, long compactedBytes) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double triplesPerSecond() {
            return triples / seconds;
        }
    }

    /**
     * Jena's bulk loader on the built store exported as N-Quads.
     *
     * @param quads   quads loaded (the whole store: articles, resolved, reference and ontology graphs)
     * @param seconds wall-clock time of the load
     * @param storeBytes the size on disk of the store it built
     */
    public record Loader(long quads, double seconds, long storeBytes) {
        public double triplesPerSecond() {
            return quads / seconds;
        }
    }

    /**
     * Stanford CoreNLP's figures, as its anchor process reports them; tokens and sentences are CoreNLP's own.
     *
     * @param articles   articles annotated in the timed pass
     * @param tokens     tokens of CoreNLP's tokenizer
     * @param sentences  sentences of CoreNLP's splitter
     * @param seconds    wall-clock time of the timed pass (the texts already in memory, the models loaded)
     * @param threads    annotation threads
     * @param version    CoreNLP's version
     * @param annotators the annotators, with every other property at CoreNLP's default
     */
    public record CoreNlp(int articles, long tokens, long sentences, double seconds, int threads, String version,
            String annotators) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    /**
     * The NLP anchor: nkgraph's extraction with one thread and CoreNLP on the same articles in the same run, both
     * timed on texts already in memory.
     *
     * @param nkgraph nkgraph's extraction of the articles (tokens of nkgraph's tokenizer)
     * @param corenlp CoreNLP's annotation of the same articles
     */
    public record NlpAnchor(Extraction nkgraph, CoreNlp corenlp) {
        /** nkgraph's tokens/s over CoreNLP's, each counting the tokens of its own tokenizer. */
        public double tokensRatio() {
            return nkgraph.tokensPerSecond() / corenlp.tokensPerSecond();
        }

        /** nkgraph's articles/s over CoreNLP's: the same articles, whatever each tool calls a token. */
        public double articlesRatio() {
            return nkgraph.articlesPerSecond() / corenlp.articlesPerSecond();
        }
    }

    /**
     * The machine.
     *
     * @param cores       available processors
     * @param memoryBytes physical memory (-1 unknown)
     * @param maxHeapBytes the JVM's maximum heap
     * @param jvm         JVM vendor and version
     * @param os          operating system and architecture
     * @param loadBefore  the system load average (1 min) when the run started; other processes share the cores
     * @param loadAfter   the system load average (1 min) when the run ended
     */
    public record Machine(int cores, long memoryBytes, long maxHeapBytes, String jvm, String os, double loadBefore,
            double loadAfter) {}

    /** The build's triples/s over the loader's. */
    public double loaderRatio() {
        return build.triplesPerSecond() / loader.triplesPerSecond();
    }

    static String mib(long bytes) {
        return bytes < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024.0));
    }

    /** Rates as "12.3, 11.9, ...". */
    static String rates(List<Double> rates) {
        StringBuilder out = new StringBuilder();
        for (double r : rates) {
            out.append(out.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", r));
        }
        return out.toString();
    }
}
