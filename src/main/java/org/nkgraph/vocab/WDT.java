package org.nkgraph.vocab;

import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Wikidata direct ("truthy") properties ({@code wdt:}), as used in queries against the Wikidata SPARQL service.
 *
 * <pre>
 * Property instanceOf = WDT.P31;
 * Property other = WDT.prop("P1448");
 * </pre>
 */
public final class WDT {

    /** The Wikidata direct-property namespace. */
    public static final String NS = "http://www.wikidata.org/prop/direct/";

    /** The conventional prefix for {@link #NS}. */
    public static final String PREFIX = "wdt";

    private static final Pattern PROPERTY_ID = Pattern.compile("P[1-9][0-9]*");

    /** P31, instance of: the class an item is a member of. */
    public static final Property P31 = prop("P31");

    /** P279, subclass of. */
    public static final Property P279 = prop("P279");

    /** P17, country. */
    public static final Property P17 = prop("P17");

    /** P131, located in the administrative territorial entity: the direct administrative parent. */
    public static final Property P131 = prop("P131");

    /** P625, coordinate location. */
    public static final Property P625 = prop("P625");

    /** P39, position held. */
    public static final Property P39 = prop("P39");

    /** P1082, population. */
    public static final Property P1082 = prop("P1082");

    private WDT() {}

    /** The namespace, for APIs that ask for it by method. */
    public static String getURI() {
        return NS;
    }

    /**
     * The direct property for a Wikidata property id.
     *
     * @param id the property id, such as {@code "P31"}
     * @throws IllegalArgumentException if {@code id} is not P followed by a number
     */
    public static Property prop(String id) {
        if (id == null || !PROPERTY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a Wikidata property id: " + id);
        }
        return ResourceFactory.createProperty(NS, id);
    }
}
