package org.nkgraph.store;

/** How query results are printed. */
public enum ResultFormat {
    /** SPARQL 1.1 CSV: plain lexical values, IRIs bare. */
    csv,
    /** SPARQL 1.1 TSV: RDF terms in Turtle syntax. */
    tsv,
    /** SPARQL 1.1 JSON results. */
    json,
    /** A text table for people. */
    table
}
