/** The embedded SPARQL server: a Fuseki instance that serves the knowledge graph and a small query page. */
package org.nkgraph.server;
