package org.nkgraph.pipeline;

/**
 * What a build did.
 *
 * @param loaded      new articles
 * @param unchanged   articles the store already held
 * @param replaced    articles whose source held other text before
 * @param rejected    files (or rows) that could not be loaded
 * @param quadsWritten quads written by this build
 * @param seconds     wall-clock time
 */
public record BuildSummary(int loaded, int unchanged, int replaced, int rejected, long quadsWritten,
        double seconds) {

    public int articles() {
        return loaded + unchanged + replaced;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "%d loaded, %d unchanged, %d replaced, %d rejected; %d triples written; %.1f s",
                loaded, unchanged, replaced, rejected, quadsWritten, seconds);
    }
}
