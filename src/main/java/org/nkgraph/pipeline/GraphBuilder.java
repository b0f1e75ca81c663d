package org.nkgraph.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.DocumentReaderRegistry;
import org.nkgraph.doc.InputRejectedException;
import org.nkgraph.doc.SourceFileLoader;
import org.nkgraph.rdf.ArticleMapper;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.store.ArticleStatus;
import org.nkgraph.store.ArticleWrite;
import org.nkgraph.store.BulkWriter;
import org.nkgraph.store.KgStore;
import org.nkgraph.store.WriteOutcome;
import org.nkgraph.text.AnalysisPipeline;
import org.nkgraph.text.AnalyzedDocument;

/**
 * Builds files into a store: collects them, reads and analyses them on worker threads, and writes the articles in
 * file order, thousands to a transaction (each article whole or not at all; see {@link BulkWriter}). A bad file is
 * reported to the listener and skipped; the build goes on. Memory holds a bounded window of files, not the corpus.
 *
 * <pre>
 * BuildSummary s = GraphBuilder.create(store).listener(l).build().build(List.of(Path.of("articles/")));
 * </pre>
 */
public final class GraphBuilder {

    /**
     * Articles per write transaction. Each commit syncs to disk and leaves behind the index blocks it copied, so
     * the store grows with the number of commits: 2,000 articles took 689 MB at 200 a commit, 463 MB at 1,000,
     * and 100,000 articles at 500 a commit passed 70 GB.
     */
    private static final int ARTICLES_PER_COMMIT = 5000;
    /** Files analysed at most ahead of the writer, so that the workers go on while it writes or commits. */
    private static final int READ_AHEAD_FILES = 256;

    private final KgStore store;
    private final SourceFileLoader loader;
    private final Supplier<AnalysisPipeline> analysis;
    private final int threads;
    private final ArticleMapper mapper = new ArticleMapper();
    private final YearInference yearInference = new YearInference();
    private final Clock clock;
    private final BuildListener listener;

    private GraphBuilder(Builder b) {
        this.store = b.store;
        this.loader = new SourceFileLoader(b.readers, b.maxFileBytes);
        this.analysis = () -> Analyzers.standard(ReferenceData.bundled());
        this.threads = b.threads;
        this.clock = b.clock;
        this.listener = b.listener;
    }

    public static Builder create(KgStore store) {
        return new Builder(store);
    }

    /** Builds every file under the given files and folders. */
    public BuildSummary build(List<Path> roots) {
        long started = System.nanoTime();
        store.installReference(ReferenceData.bundled());
        Tally tally = new Tally();
        List<Path> files = loader.collect(roots);
        List<AnalyzedDocument> undated = new ArrayList<>();
        Predicate<Document> held = doc -> store.holds(doc.id(), doc.source().key());
        try (ParallelAnalysis reading = new ParallelAnalysis(files, loader, held, analysis, threads,
                READ_AHEAD_FILES); BulkWriter writer = store.bulkWriter(ARTICLES_PER_COMMIT)) {
            for (int done = 1; reading.hasNext(); done++) {
                take(reading.next(), writer, tally, undated);
                listener.progress(done, files.size());
            }
        }
        inferYears(undated, tally);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new BuildSummary(tally.loaded, tally.unchanged, tally.replaced, tally.rejected, tally.quads.get(),
                seconds);
    }

    /** Writes the articles of a file that need writing, and counts them all. */
    private void take(ParallelAnalysis.ReadFile file, BulkWriter writer, Tally tally,
            List<AnalyzedDocument> undated) {
        if (file.rejection() != null) {
            tally.reject(file.rejection(), listener);
            return;
        }
        for (ParallelAnalysis.ReadArticle article : file.articles()) {
            Document doc = article.document();
            if (article.held()) {
                tally.count(ArticleStatus.UNCHANGED);
                listener.article(doc, ArticleStatus.UNCHANGED);
            } else if (article.failure() != null) {
                tally.reject(cannotBuild(doc, article.failure()), listener);
            } else {
                write(article.analysed(), writer, tally, undated);
            }
        }
    }

    private void write(AnalyzedDocument analysed, BulkWriter writer, Tally tally, List<AnalyzedDocument> undated) {
        Document doc = analysed.document();
        Instant now = clock.instant();
        AtomicLong written = new AtomicLong();
        WriteOutcome outcome = writer.write(new ArticleWrite(doc.id(), doc.source().key(),
                (shared, out) -> mapper.map(analysed, now, counting(out, written), shared)));
        if (outcome.failure() != null) {
            tally.reject(cannotBuild(doc, outcome.failure()), listener);
            return;
        }
        tally.quads.addAndGet(written.get());
        tally.count(outcome.status());
        listener.article(doc, outcome.status());
        if (outcome.status() != ArticleStatus.UNCHANGED && yearInference.mayInfer(analysed)) {
            undated.add(analysed);
        }
    }

    private static InputRejectedException cannotBuild(Document doc, RuntimeException e) {
        return new InputRejectedException(doc.source().toString(), doc.source().line(), "could not be built: " + e);
    }

    /**
     * Rewrites the articles of this build that state no publication date but whose year other articles imply
     * (see {@link YearInference}), so that their dates without a year resolve.
     */
    private void inferYears(List<AnalyzedDocument> undated, Tally tally) {
        AnalysisPipeline again = undated.isEmpty() ? null : analysis.get();
        for (AnalyzedDocument doc : undated) {
            yearInference.infer(store.datasetGraph(), doc).ifPresent(inferred -> {
                AnalyzedDocument reanalysed = again.analyze(doc.document(), inferred.year());
                Instant now = clock.instant();
                AtomicLong written = new AtomicLong();
                store.rewriteArticle(doc.document().id(), (shared, out) -> {
                    StreamRDF counted = counting(out, written);
                    mapper.map(reanalysed, now, counted, shared);
                    YearInference.record(reanalysed, inferred, counted);
                });
                tally.quads.addAndGet(written.get());
            });
        }
    }

    private static StreamRDF counting(StreamRDF out, AtomicLong counter) {
        return new StreamRDFWrapper(out) {
            @Override
            public void quad(Quad quad) {
                counter.incrementAndGet();
                super.quad(quad);
            }
        };
    }

    /** Counts per outcome. */
    private static final class Tally {
        int loaded;
        int unchanged;
        int replaced;
        int rejected;
        final AtomicLong quads = new AtomicLong();

        void count(ArticleStatus status) {
            switch (status) {
                case LOADED -> loaded++;
                case UNCHANGED -> unchanged++;
                case REPLACED -> replaced++;
            }
        }

        void reject(InputRejectedException problem, BuildListener listener) {
            rejected++;
            listener.rejected(problem);
        }
    }

    /** Options of a build. */
    public static final class Builder {
        private final KgStore store;
        private DocumentReaderRegistry readers = DocumentReaderRegistry.standard();
        private long maxFileBytes = SourceFileLoader.DEFAULT_MAX_BYTES;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Clock clock = Clock.systemUTC();
        private BuildListener listener = BuildListener.SILENT;

        private Builder(KgStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        public Builder readers(DocumentReaderRegistry r) {
            this.readers = Objects.requireNonNull(r, "readers");
            return this;
        }

        public Builder maxFileBytes(long bytes) {
            this.maxFileBytes = bytes;
            return this;
        }

        /** Threads that read and analyse files (by default, one per processor); one thread writes. */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = count;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        public Builder listener(BuildListener l) {
            this.listener = Objects.requireNonNull(l, "listener");
            return this;
        }

        public GraphBuilder build() {
            return new GraphBuilder(this);
        }
    }
}
