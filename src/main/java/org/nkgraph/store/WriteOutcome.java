package org.nkgraph.store;

/**
 * What writing one article with a {@link BulkWriter} did.
 *
 * @param status  what changed in the store, or null when the article failed
 * @param failure why the article is not in the store, or null
 */
public record WriteOutcome(ArticleStatus status, RuntimeException failure) {

    static WriteOutcome of(ArticleStatus status) {
        return new WriteOutcome(status, null);
    }

    static WriteOutcome failed(RuntimeException failure) {
        return new WriteOutcome(null, failure);
    }
}
