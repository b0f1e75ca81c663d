package org.nkgraph.bench;

import java.util.ArrayList;
import java.util.List;
import org.nkgraph.doc.Document;
import org.nkgraph.pipeline.BuildListener;
import org.nkgraph.store.ArticleStatus;

/**
 * Hears a build and measures its rate in each tenth of the files, so a benchmark shows whether an article costs
 * more as the store grows.
 */
final class TenthsWatch implements BuildListener {

    private final List<Double> rates = new ArrayList<>();
    private long tenthStarted = System.nanoTime();
    private int articlesInTenth;
    private int tenthsDone;

    @Override
    public void article(Document doc, ArticleStatus status) {
        articlesInTenth++;
    }

    @Override
    public void progress(int done, int total) {
        int tenths = (int) (10L * done / total);
        if (tenths > tenthsDone) {
            long now = System.nanoTime();
            rates.add(articlesInTenth / ((now - tenthStarted) / 1e9));
            tenthStarted = now;
            articlesInTenth = 0;
            tenthsDone = tenths;
        }
    }

    /** Articles per second in each tenth of the files that ended, in order. */
    List<Double> articlesPerSecond() {
        return List.copyOf(rates);
    }
}
