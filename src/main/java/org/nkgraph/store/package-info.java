/** The TDB2 store: its graph layout, per-article write transactions, replacement of changed articles. */
package org.nkgraph.store;
