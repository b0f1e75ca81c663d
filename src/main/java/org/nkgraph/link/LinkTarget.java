package org.nkgraph.link;

import java.util.List;

/**
 * An entity of the resolved graph to link, with what the articles and the reference data say about it.
 *
 * @param iri           the entity
 * @param kind          person, organization or place
 * @param label         its preferred label
 * @param names         the label and its other spellings, each asked for
 * @param countryItem   the Wikidata item of the country it belongs to, or null if unknown
 * @param parentItem    the Wikidata item of the place that directly contains it (a county's province), or null
 */
public record LinkTarget(String iri, Kind kind, String label, List<String> names, String countryItem,
        String parentItem) {

    /** The kinds of entity the linker links. */
    public enum Kind { PERSON, ORGANIZATION, PLACE }
}
