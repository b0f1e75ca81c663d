package org.nkgraph.bench;

import java.util.ArrayList;
import java.util.List;
import org.nkgraph.pipeline.BuildListener;

/**
 * Hears a build and measures its rate in each tenth of the files, so a benchmark shows whether an article costs
 * more as the store grows. Files, not articles: articles are counted as their batch commits, in steps of hundreds.
 */
final class TenthsWatch implements BuildListener {

    private final List<Double> rates = new ArrayList<>();
    private long tenthStarted = System.nanoTime();
    private int filesBefore;
    private int tenthsDone;

    @Override
    public void progress(int done, int total) {
        int tenths = (int) (10L * done / total);
        if (tenths > tenthsDone) {
            long now = System.nanoTime();
            rates.add((done - filesBefore) / ((now - tenthStarted) / 1e9));
            tenthStarted = now;
            filesBefore = done;
            tenthsDone = tenths;
        }
    }

    /** Files per second in each tenth of the files that ended, in order. */
    List<Double> filesPerSecond() {
        return List.copyOf(rates);
    }
}
