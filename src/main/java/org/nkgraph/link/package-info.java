/** Links entities to Wikidata: the offline snapshot, the SPARQL client, candidate ranking and the link cache. */
package org.nkgraph.link;
