package org.nkgraph.text;

import java.util.Set;

/**
 * An entity the reference data does not know, found in the text by a pattern. Its IRI is minted from its
 * normalised name, so every article that names it the same way (in any hyphenation or case) reaches the same node.
 *
 * @param iri        the minted IRI
 * @param className  the local name of its ontology class ("Person", "County", "University")
 * @param label      its preferred label, as first written
 * @param names      every other way the article writes it
 * @param partOf     for a place or organization, the IRI of what contains it, or null
 */
public record NewEntity(String iri, String className, String label, Set<String> names, String partOf) {

    public NewEntity {
        names = Set.copyOf(names);
    }
}
