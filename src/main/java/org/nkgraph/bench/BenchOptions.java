package org.nkgraph.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What a benchmark run measures and where it works.
 *
 * @param articles        articles in the generated corpus
 * @param seed            the corpus seed
 * @param work            a folder for the corpus, the stores and the export (their old copies are replaced)
 * @param threads         the thread counts to measure extraction with
 * @param results         the Markdown file the run appends its section to
 * @param corenlpAnchor   the built {@code corenlp-anchor.jar} (see bench/README.md), or null not to run the NLP
 *                        anchor
 * @param corenlpArticles how many articles, the first of the corpus, the NLP anchor runs on
 * @param extractionFiles how many files, the first of the corpus, extraction alone is measured on: its rate does
 *                        not depend on the corpus's size, and on 100k articles it would take an hour
 * @param loader          whether to run Jena's bulk loader on the built store (it needs the store's size twice
 *                        more on disk: the N-Quads and its own store)
 * @param compact         whether to compact the store after the build and measure it (a minute per 10,000
 *                        articles; builds commit seldom, so it saves little)
 */
public record BenchOptions(int articles, long seed, Path work, List<Integer> threads, Path results,
        Path corenlpAnchor, int corenlpArticles, int extractionFiles, boolean loader, boolean compact) {

    /** The default of {@link #corenlpArticles()}: CoreNLP takes minutes for a thousand articles. */
    public static final int DEFAULT_CORENLP_ARTICLES = 1000;
    /** The default of {@link #extractionFiles()}. */
    public static final int DEFAULT_EXTRACTION_FILES = 2000;

    public BenchOptions {
        if (articles < 1) {
            throw new IllegalArgumentException("articles must be at least 1");
        }
        if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException("threads must be one or more counts of at least 1");
        }
        if (corenlpArticles < 1) {
            throw new IllegalArgumentException("corenlp-articles must be at least 1");
        }
        if (extractionFiles < 1) {
            throw new IllegalArgumentException("extraction-files must be at least 1");
        }
        threads = List.copyOf(threads);
    }

    /** Options without the NLP anchor. */
    public BenchOptions(int articles, long seed, Path work, List<Integer> threads, Path results) {
        this(articles, seed, work, threads, results, null, DEFAULT_CORENLP_ARTICLES, DEFAULT_EXTRACTION_FILES,
                true, false);
    }
}
