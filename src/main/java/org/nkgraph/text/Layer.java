package org.nkgraph.text;

/**
 * What an analysis stage adds to a document. Stages declare the layers they require and provide, and
 * {@link AnalysisPipeline} refuses an order in which a stage would run before what it needs.
 */
public enum Layer {
    /** Sentences with offsets. */
    SENTENCES,
    /** Tokens of every sentence. */
    TOKENS,
    /** Names of reference entities and of new entities found by patterns. */
    MENTIONS,
    /** Date expressions, resolved against the publication date where the text allows. */
    DATES,
    /** Pronouns and descriptions ("he", "the North's leader") linked to the entities they refer to. */
    COREFERENCE,
    /** Events with their participants, places, facilities and dates. */
    EVENTS,
    /** Positions held, family ties, organization structure. */
    RELATIONS,
    /** Quotes and attributed claims. */
    STATEMENTS,
    /** Policies, their introduction and targets, and meetings. */
    POLICIES
}
