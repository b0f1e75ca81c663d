package org.nkgraph.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
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
import org.nkgraph.store.KgStore;
import org.nkgraph.text.AnalysisPipeline;
import org.nkgraph.text.AnalyzedDocument;

/**
 * Builds files into a store: collects them, reads each into documents, analyses and maps every document, and writes
 * each article in its own transaction. A bad file is reported to the listener and skipped; the batch goes on.
 *
 * <pre>
 * BuildSummary s = GraphBuilder.create(store).listener(l).build(List.of(Path.of("articles/")));
 * </pre>
 */
public final class GraphBuilder {

    private final KgStore store;
    private final SourceFileLoader loader;
    private final AnalysisPipeline analysis;
    private final ArticleMapper mapper = new ArticleMapper();
    private final YearInference yearInference = new YearInference();
    private final Clock clock;
    private final BuildListener listener;

    private GraphBuilder(Builder b) {
        this.store = b.store;
        this.loader = new SourceFileLoader(b.readers, b.maxFileBytes);
        this.analysis = b.analysis != null ? b.analysis : Analyzers.standard(ReferenceData.bundled());
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
        for (int i = 0; i < files.size(); i++) {
            buildFile(files.get(i), tally, undated);
            listener.progress(i + 1, files.size());
        }
        inferYears(undated, tally);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new BuildSummary(tally.loaded, tally.unchanged, tally.replaced, tally.rejected, tally.quads.get(),
                seconds);
    }

    /**
     * Rewrites the articles of this build that state no publication date but whose year other articles imply
     * (see {@link YearInference}), so that their dates without a year resolve.
     */
    private void inferYears(List<AnalyzedDocument> undated, Tally tally) {
        for (AnalyzedDocument doc : undated) {
            yearInference.infer(store.datasetGraph(), doc).ifPresent(inferred -> {
                AnalyzedDocument again = analysis.analyze(doc.document(), inferred.year());
                Instant now = clock.instant();
                AtomicLong written = new AtomicLong();
                store.rewriteArticle(doc.document().id(), (shared, out) -> {
                    StreamRDF counted = counting(out, written);
                    mapper.map(again, now, counted, shared);
                    YearInference.record(again, inferred, counted);
                });
                tally.quads.addAndGet(written.get());
            });
        }
    }

    private void buildFile(Path file, Tally tally, List<AnalyzedDocument> undated) {
        List<Document> docs;
        try {
            docs = loader.read(file);
        } catch (InputRejectedException e) {
            tally.reject(e, listener);
            return;
        }
        for (Document doc : docs) {
            if (store.holds(doc.id(), doc.source().key())) {
                tally.count(ArticleStatus.UNCHANGED);
                listener.article(doc, ArticleStatus.UNCHANGED);
                continue;
            }
            try {
                AnalyzedDocument analyzed = analysis.analyze(doc);
                ArticleStatus status = write(analyzed, tally.quads);
                if (doc.published() == null && status != ArticleStatus.UNCHANGED) {
                    undated.add(analyzed);
                }
                tally.count(status);
                listener.article(doc, status);
            } catch (RuntimeException e) {
                // A bug in a stage must not stop the batch; the article's transaction was aborted.
                tally.reject(new InputRejectedException(doc.source().toString(), doc.source().line(),
                        "could not be built: " + e), listener);
            }
        }
    }

    private ArticleStatus write(AnalyzedDocument analyzed, AtomicLong quadCounter) {
        Document doc = analyzed.document();
        Instant now = clock.instant();
        AtomicLong written = new AtomicLong();
        ArticleStatus status = store.writeArticle(doc.id(), doc.source().key(),
                (shared, out) -> mapper.map(analyzed, now, counting(out, written), shared));
        quadCounter.addAndGet(written.get());
        return status;
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
        private AnalysisPipeline analysis;
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

        /** The analysis to run; by default {@link Analyzers#standard(ReferenceData)}. */
        public Builder analysis(AnalysisPipeline pipeline) {
            this.analysis = pipeline;
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
