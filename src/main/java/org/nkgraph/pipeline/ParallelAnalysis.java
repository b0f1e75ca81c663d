package org.nkgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.InputRejectedException;
import org.nkgraph.doc.SourceFileLoader;
import org.nkgraph.sys.NkGraphException;
import org.nkgraph.text.AnalysisPipeline;
import org.nkgraph.text.AnalyzedDocument;

/**
 * Reads and analyses files on worker threads, one analysis pipeline per thread, and hands them back in the order
 * of the files. It reads at most a fixed number of files ahead of its consumer, so memory does not grow with the
 * corpus, and the order of the results (hence of writing, hence the graph) does not depend on the threads.
 */
final class ParallelAnalysis implements AutoCloseable {

    /** One file read and analysed: its articles, or why it was rejected. */
    record ReadFile(Path file, InputRejectedException rejection, List<ReadArticle> articles) {}

    /**
     * One article of a file.
     *
     * @param analysed the analysis, or null when the store holds the article already or the analysis failed
     * @param failure  why the analysis failed, or null
     */
    record ReadArticle(Document document, AnalyzedDocument analysed, RuntimeException failure) {

        boolean held() {
            return analysed == null && failure == null;
        }
    }

    private final Iterator<Path> files;
    private final SourceFileLoader loader;
    private final Predicate<Document> held;
    private final ThreadLocal<AnalysisPipeline> pipelines;
    private final ExecutorService pool;
    private final int readAhead;
    private final Deque<Future<ReadFile>> pending = new ArrayDeque<>();

    /**
     * @param held      whether the store holds a document already (then it is not analysed)
     * @param pipelines makes the pipeline of each worker thread
     * @param threads   worker threads
     * @param readAhead files read at most ahead of the consumer
     */
    ParallelAnalysis(List<Path> files, SourceFileLoader loader, Predicate<Document> held,
            Supplier<AnalysisPipeline> pipelines, int threads, int readAhead) {
        this.files = files.iterator();
        this.loader = loader;
        this.held = held;
        this.pipelines = ThreadLocal.withInitial(pipelines);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nkgraph-analysis");
            t.setDaemon(true);
            return t;
        });
        this.readAhead = readAhead;
    }

    boolean hasNext() {
        fill();
        return !pending.isEmpty();
    }

    /** The next file in order, waiting for its analysis when it is not done yet. */
    ReadFile next() {
        fill();
        Future<ReadFile> head = pending.removeFirst();
        fill();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NkGraphException("the build was interrupted", e);
        } catch (ExecutionException e) {
            throw new NkGraphException("analysis failed: " + e.getCause(), e.getCause());
        }
    }

    private void fill() {
        while (pending.size() < readAhead && files.hasNext()) {
            Path file = files.next();
            pending.addLast(pool.submit(() -> read(file)));
        }
    }

    private ReadFile read(Path file) {
        List<Document> documents;
        try {
            documents = loader.read(file);
        } catch (InputRejectedException e) {
            return new ReadFile(file, e, List.of());
        }
        List<ReadArticle> articles = new ArrayList<>(documents.size());
        for (Document doc : documents) {
            articles.add(analyse(doc));
        }
        return new ReadFile(file, null, articles);
    }

    private ReadArticle analyse(Document doc) {
        if (held.test(doc)) {
            return new ReadArticle(doc, null, null);
        }
        try {
            return new ReadArticle(doc, pipelines.get().analyze(doc), null);
        } catch (RuntimeException e) {
            // A bug in a stage must not stop the batch: the article is reported and left out.
            return new ReadArticle(doc, null, e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
