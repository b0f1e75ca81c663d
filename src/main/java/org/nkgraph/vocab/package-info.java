/**
 * Vocabulary constants: the nkgraph ontology ({@link org.nkgraph.vocab.NKG}), IRIs of instances and named graphs
 * ({@link org.nkgraph.vocab.NKGID}), the external namespaces Jena lacks, standard prefixes, and the loader of the
 * ontology and shapes files; the only package that holds IRI strings.
 */
package org.nkgraph.vocab;
