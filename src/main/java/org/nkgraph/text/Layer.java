package org.nkgraph.text;

/**
 * What an analysis stage adds to a document. Stages declare the layers they require and provide, and
 * {@link AnalysisPipeline} refuses an order in which a stage would run before what it needs.
 */
public enum Layer {
    SENTENCES,
    TOKENS,
    MENTIONS
}
