package org.nkgraph.store;

import org.apache.jena.riot.system.StreamRDF;
import org.nkgraph.rdf.SharedNodes;

/** Writes one article's quads, looking up what the store already holds of the nodes articles share. */
@FunctionalInterface
public interface ArticleWriter {

    void write(SharedNodes shared, StreamRDF out);
}
