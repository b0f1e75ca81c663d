/**
 * Benchmarks: a deterministic synthetic corpus, the measurements of extraction, building and loading, and the
 * query benchmark over HTTP.
 */
package org.nkgraph.bench;
