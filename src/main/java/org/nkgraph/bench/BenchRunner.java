package org.nkgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.InputRejectedException;
import org.nkgraph.doc.SourceFileLoader;
import org.nkgraph.pipeline.Analyzers;
import org.nkgraph.pipeline.BuildSummary;
import org.nkgraph.pipeline.GraphBuilder;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.store.JenaBulkLoad;
import org.nkgraph.store.KgStore;
import org.nkgraph.sys.NkGraphException;
import org.nkgraph.text.AnalysisPipeline;
import org.nkgraph.text.AnalyzedDocument;
import org.nkgraph.text.Sentence;

/**
 * Runs the benchmark on one generated corpus: extraction alone with each thread count, a full build into a fresh
 * TDB2 store, Jena's bulk loader on that store exported as N-Quads and, when asked, the NLP anchor (nkgraph and
 * Stanford CoreNLP on the same first articles); prints the figures and appends them to the results file.
 *
 * <pre>
 * BenchResult r = new BenchRunner(out).run(new BenchOptions(1000, 42, work, List.of(1, 2), results));
 * </pre>
 */
public final class BenchRunner {

    /** Articles analysed before timing, so the first measurement does not pay for the JIT alone. */
    private static final int WARM_UP_FILES = 20;
    private final PrintWriter out;

    public BenchRunner(PrintWriter out) {
        this.out = out;
    }

    public BenchResult run(BenchOptions options) {
        double loadBefore = loadAverage();
        CoreNlpAnchorProcess corenlp =
                options.corenlpAnchor() == null ? null : CoreNlpAnchorProcess.forJar(options.corenlpAnchor());
        Path corpus = options.work().resolve("corpus");
        deleteTree(corpus);
        say("Generating %d articles (seed %d) in %s", options.articles(), options.seed(), corpus);
        CorpusSummary summary = CorpusGenerator.bundled().generate(options.articles(), options.seed(), corpus);
        List<Path> files = SourceFileLoader.standard().collect(List.of(corpus));
        warmUp(files);
        List<Path> sample = files.subList(0, Math.min(options.extractionFiles(), files.size()));
        List<BenchResult.Extraction> extraction = new ArrayList<>();
        for (int threads : options.threads()) {
            BenchResult.Extraction e = extract(sample, threads);
            say("Extraction, %d thread(s): %.1f articles/s, %.0f tokens/s", threads, e.articlesPerSecond(),
                    e.tokensPerSecond());
            extraction.add(e);
        }
        Path store = options.work().resolve("store");
        BenchResult.Build build = build(corpus, store, options.compact());
        say("Build: %.1f articles/s, %.0f triples/s", build.articlesPerSecond(), build.triplesPerSecond());
        say("Build, files/s in each tenth of the corpus: %s", BenchResult.rates(build.filesPerSecondByTenth()));
        BenchResult.Loader loader = null;
        if (options.loader()) {
            loader = anchor(store, options.work());
            say("Jena bulk loader: %.0f triples/s", loader.triplesPerSecond());
        }
        BenchResult.NlpAnchor nlp = corenlp == null ? null : nlpAnchor(corenlp, files, options);
        BenchResult result = new BenchResult(summary, extraction, build, loader, nlp, machine(loadBefore));
        String section = BenchReport.section(result, options, ZonedDateTime.now(ZoneOffset.UTC));
        BenchReport.publish(section, options.results(), out);
        return result;
    }

    private void warmUp(List<Path> files) {
        analyse(files.subList(0, Math.min(WARM_UP_FILES, files.size())), Analyzers.standard(ReferenceData.bundled()));
    }

    /** Reads and analyses every file, spread over {@code threads} threads with one pipeline each. */
    BenchResult.Extraction extract(List<Path> files, int threads) {
        List<AnalysisPipeline> pipelines = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            pipelines.add(Analyzers.standard(ReferenceData.bundled()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<long[]>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Path> share = share(files, t, threads);
                AnalysisPipeline pipeline = pipelines.get(t);
                parts.add(pool.submit(() -> analyse(share, pipeline)));
            }
            long articles = 0;
            long tokens = 0;
            for (Future<long[]> part : parts) {
                long[] counts = part.get();
                articles += counts[0];
                tokens += counts[1];
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new BenchResult.Extraction(threads, (int) articles, tokens, seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NkGraphException("extraction interrupted", e);
        } catch (ExecutionException e) {
            throw new NkGraphException("extraction failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Path> share(List<Path> files, int part, int parts) {
        List<Path> share = new ArrayList<>();
        for (int i = part; i < files.size(); i += parts) {
            share.add(files.get(i));
        }
        return share;
    }

    /** Articles and tokens of the files; a rejected file counts for nothing, as a build would skip it. */
    private static long[] analyse(List<Path> files, AnalysisPipeline pipeline) {
        SourceFileLoader loader = SourceFileLoader.standard();
        long articles = 0;
        long tokens = 0;
        for (Path file : files) {
            List<Document> documents;
            try {
                documents = loader.read(file);
            } catch (InputRejectedException e) {
                continue;
            }
            for (Document document : documents) {
                AnalyzedDocument analysed = pipeline.analyze(document);
                articles++;
                for (Sentence s : analysed.sentences()) {
                    tokens += s.tokens().size();
                }
            }
        }
        return new long[] {articles, tokens};
    }

    /**
     * nkgraph (one thread) and CoreNLP (a child JVM) on the first articles, each warmed up on the first
     * {@value #WARM_UP_FILES} of them, both timed on texts already in memory.
     */
    private BenchResult.NlpAnchor nlpAnchor(CoreNlpAnchorProcess corenlp, List<Path> files, BenchOptions options) {
        List<Document> documents = ArticleTexts.firstArticles(files, options.corenlpArticles());
        Path texts = options.work().resolve("texts");
        ArticleTexts.write(documents, texts);
        BenchResult.Extraction ours = extractInMemory(documents);
        say("nkgraph on the anchor's %d articles, 1 thread: %.1f articles/s, %.0f tokens/s", ours.articles(),
                ours.articlesPerSecond(), ours.tokensPerSecond());
        Path log = options.work().resolve("corenlp.log");
        say("Running the CoreNLP anchor on %s (its log: %s)", texts, log);
        BenchResult.CoreNlp theirs = corenlp.run(texts, WARM_UP_FILES, log);
        if (theirs.articles() != documents.size()) {
            throw new NkGraphException("the CoreNLP anchor annotated " + theirs.articles() + " articles, not the "
                    + documents.size() + " written to " + texts);
        }
        say("CoreNLP: %.1f articles/s, %.0f tokens/s", theirs.articlesPerSecond(), theirs.tokensPerSecond());
        return new BenchResult.NlpAnchor(ours, theirs);
    }

    /** Analyses documents already read, with one thread and a fresh pipeline warmed up as the anchor's is. */
    static BenchResult.Extraction extractInMemory(List<Document> documents) {
        AnalysisPipeline pipeline = Analyzers.standard(ReferenceData.bundled());
        documents.subList(0, Math.min(WARM_UP_FILES, documents.size())).forEach(pipeline::analyze);
        long tokens = 0;
        long started = System.nanoTime();
        for (Document document : documents) {
            for (Sentence s : pipeline.analyze(document).sentences()) {
                tokens += s.tokens().size();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new BenchResult.Extraction(1, documents.size(), tokens, seconds);
    }

    private BenchResult.Build build(Path corpus, Path storeDir, boolean compact) {
        deleteTree(storeDir);
        say("Building %s", storeDir);
        BuildSummary summary;
        long peakHeap;
        int threads = Runtime.getRuntime().availableProcessors();
        TenthsWatch tenths = new TenthsWatch();
        long built;
        double compactSeconds = Double.NaN;
        try (MemoryWatch memory = MemoryWatch.start(); KgStore kg = KgStore.open(storeDir)) {
            summary = GraphBuilder.create(kg).threads(threads).listener(tenths).build().build(List.of(corpus));
            peakHeap = memory.peakHeapBytes();
            built = JenaBulkLoad.sizeOnDisk(storeDir);
            if (compact) {
                say("Compacting %s", storeDir);
                long started = System.nanoTime();
                kg.compact();
                compactSeconds = (System.nanoTime() - started) / 1e9;
            }
        }
        return new BenchResult.Build(threads, summary.articles(), summary.rejected(), summary.quadsWritten(),
                summary.seconds(), tenths.filesPerSecond(), peakHeap, MemoryWatch.residentHighWaterBytes(), built,
                compactSeconds, compact ? JenaBulkLoad.sizeOnDisk(storeDir) : -1);
    }

    private BenchResult.Loader anchor(Path storeDir, Path work) {
        Path nquads = work.resolve("store.nq");
        Path loaded = work.resolve("bulk-loaded");
        deleteTree(loaded);
        try (KgStore kg = KgStore.openExisting(storeDir)) {
            JenaBulkLoad.exportNQuads(kg, nquads);
        }
        say("Loading %s with Jena's TDB2 bulk loader into %s", nquads, loaded);
        JenaBulkLoad.Result r = JenaBulkLoad.load(nquads, loaded);
        return new BenchResult.Loader(r.quads(), r.seconds(), JenaBulkLoad.sizeOnDisk(loaded));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static BenchResult.Machine machine(double loadBefore) {
        long memory = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String os = System.getProperty("os.name") + " " + System.getProperty("os.arch");
        return new BenchResult.Machine(Runtime.getRuntime().availableProcessors(), memory,
                Runtime.getRuntime().maxMemory(), jvm, os, loadBefore, loadAverage());
    }

    private void say(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new NkGraphException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
