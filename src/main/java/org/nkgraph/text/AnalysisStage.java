package org.nkgraph.text;

import java.util.Set;

/**
 * One step of text analysis. A stage reads the layers it {@link #requires()} from an {@link AnalyzedDocument} and
 * adds the layers it {@link #provides()}. Stages hold no per-document state, but may hold models that are not
 * thread-safe: use one pipeline per thread.
 */
public interface AnalysisStage {

    /** A short name for messages. */
    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    void process(AnalyzedDocument doc);
}
