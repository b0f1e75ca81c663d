package org.nkgraph.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What a benchmark run measures and where it works.
 *
 * @param articles articles in the generated corpus
 * @param seed     the corpus seed
 * @param work     a folder for the corpus, the stores and the export (their old copies are replaced)
 * @param threads  the thread counts to measure extraction with
 * @param results  the Markdown file the run appends its section to
 */
public record BenchOptions(int articles, long seed, Path work, List<Integer> threads, Path results) {

    public BenchOptions {
        if (articles < 1) {
            throw new IllegalArgumentException("articles must be at least 1");
        }
        if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException("threads must be one or more counts of at least 1");
        }
        threads = List.copyOf(threads);
    }
}
