/** The build: files to documents to analysis to RDF to the store, one article per transaction, with a summary. */
package org.nkgraph.pipeline;
