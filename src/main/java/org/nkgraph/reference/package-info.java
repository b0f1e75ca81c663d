/** Curated reference data (places, organisations, people) and the converter that generates the place gazetteer. */
package org.nkgraph.reference;
