package org.nkgraph.vocab;

import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Wikidata entity IRIs ({@code wd:}). Entities are linked to their items with {@code skos:exactMatch}, never
 * {@code owl:sameAs} (see the ontology's comment).
 *
 * <pre>
 * model.add(county, SKOS.exactMatch, WD.item("Q42"));
 * </pre>
 */
public final class WD {

    /** The Wikidata entity namespace. */
    public static final String NS = "http://www.wikidata.org/entity/";

    /** The conventional prefix for {@link #NS}. */
    public static final String PREFIX = "wd";

    /** The Wikidata Query Service's SPARQL endpoint: the default for linking and the default SERVICE allow-list. */
    public static final String QUERY_SERVICE = "https://query.wikidata.org/sparql";

    private static final Pattern ITEM_ID = Pattern.compile("Q[1-9][0-9]*");

    private WD() {}

    /** The namespace, for APIs that ask for it by method. */
    public static String getURI() {
        return NS;
    }

    /**
     * The IRI of a Wikidata item.
     *
     * @param id the item id, such as {@code "Q42"}
     * @throws IllegalArgumentException if {@code id} is not Q followed by a number
     */
    public static Resource item(String id) {
        if (id == null || !ITEM_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a Wikidata item id: " + id);
        }
        return ResourceFactory.createResource(NS + id);
    }

    /** The item id ({@code "Q42"}) of a Wikidata item IRI, or null if {@code iri} is not one. */
    public static String itemId(String iri) {
        if (iri == null || !iri.startsWith(NS)) {
            return null;
        }
        String id = iri.substring(NS.length());
        return ITEM_ID.matcher(id).matches() ? id : null;
    }
}
