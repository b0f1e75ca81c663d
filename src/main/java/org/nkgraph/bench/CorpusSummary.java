package org.nkgraph.bench;

/**
 * What a corpus generation wrote.
 *
 * @param articles the articles
 * @param files    the files (JSON Lines files hold several articles)
 * @param events   the distinct events the articles report
 * @param words    the words of the article bodies
 */
public record CorpusSummary(int articles, int files, int events, long words) {}
