package org.nkgraph.vocab;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;

/**
 * GeoSPARQL terms, for coordinates written as Wikidata writes them ({@code wdt:P625 "Point(lon lat)"^^geo:wktLiteral}).
 *
 * <pre>
 * model.add(item, WDT.P625, model.createTypedLiteral("Point(125.75 39.03)", GEO.wktLiteral));
 * </pre>
 */
public final class GEO {

    /** The GeoSPARQL namespace. */
    public static final String NS = "http://www.opengis.net/ont/geosparql#";

    /** The conventional prefix for {@link #NS}. */
    public static final String PREFIX = "geo";

    /** A geometry in Well-Known Text; Wikidata's coordinates use it with longitude first. */
    public static final RDFDatatype wktLiteral = new BaseDatatype(NS + "wktLiteral");

    private GEO() {}

    /** The namespace, for APIs that ask for it by method. */
    public static String getURI() {
        return NS;
    }
}
