package org.nkgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The ITS 2.0 RDF terms nkgraph aligns to (Internationalization Tag Set: text-analysis annotations).
 *
 * <pre>
 * model.add(mention, ITSRDF.taIdentRef, WD.item("Q423"));
 * </pre>
 */
public final class ITSRDF {

    /** The ITS RDF namespace. */
    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

    /** The conventional prefix for {@link #NS}. */
    public static final String PREFIX = "itsrdf";

    private ITSRDF() {}

    /** The namespace, for APIs that ask for it by method. */
    public static String getURI() {
        return NS;
    }

    // ---- Object properties ----

    /** The entity that a span of text identifies. */
    public static final Property taIdentRef = ResourceFactory.createProperty(NS, "taIdentRef");

    /** The class of the entity that a span of text identifies. */
    public static final Property taClassRef = ResourceFactory.createProperty(NS, "taClassRef");

    // ---- Datatype properties ----

    /** The annotating tool's confidence in a text-analysis annotation, 0 to 1. */
    public static final Property taConfidence = ResourceFactory.createProperty(NS, "taConfidence");
}
