package org.nkgraph.store;

/** What writing an article did to the store. */
public enum ArticleStatus {
    /** A new article. */
    LOADED,
    /** The store already held this text: nothing changed. */
    UNCHANGED,
    /** The same source (file, or JSON Lines row) held other text before: the old article was removed. */
    REPLACED
}
