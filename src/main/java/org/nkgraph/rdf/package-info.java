/** Mapping analysed documents to RDF: the quads of an article's named graph, with provenance down to offsets. */
package org.nkgraph.rdf;
