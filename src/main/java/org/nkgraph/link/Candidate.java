package org.nkgraph.link;

import java.util.Set;

/**
 * A Wikidata item that bears one of a {@link LinkTarget}'s names, with the statements ranking needs.
 *
 * @param item        the item IRI
 * @param byLabel     whether a name is the item's label (otherwise only an alias)
 * @param classes     its {@code wdt:P31} items
 * @param countries   its {@code wdt:P17} (country) and {@code wdt:P27} (citizenship) items
 * @param parents     its {@code wdt:P131} items
 * @param hasLocation whether it has coordinates ({@code wdt:P625})
 */
public record Candidate(String item, boolean byLabel, Set<String> classes, Set<String> countries,
        Set<String> parents, boolean hasLocation) {}
