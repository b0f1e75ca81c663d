/**
 * The curated reference data (places with their hierarchy and spellings, organizations, people) that the
 * extractor reads as its gazetteer, and the converter that makes the place data from the research table.
 */
package org.nkgraph.reference;
