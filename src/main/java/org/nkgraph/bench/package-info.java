/** Benchmarks: a deterministic synthetic corpus and the measurements of extraction, building and loading. */
package org.nkgraph.bench;
