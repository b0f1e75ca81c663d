package org.nkgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * OWL-Time terms (W3C Time Ontology), for when a date needs an instant or interval node rather than a literal.
 *
 * <pre>
 * model.add(interval, TIME.hasBeginning, instant);
 * </pre>
 */
public final class TIME {

    /** The OWL-Time namespace. */
    public static final String NS = "http://www.w3.org/2006/time#";

    /** The conventional prefix for {@link #NS}. */
    public static final String PREFIX = "time";

    private TIME() {}

    /** The namespace, for APIs that ask for it by method. */
    public static String getURI() {
        return NS;
    }

    // ---- Classes ----

    /** A point in time. */
    public static final Resource Instant = ResourceFactory.createResource(NS + "Instant");

    /** A stretch of time with a beginning and an end. */
    public static final Resource Interval = ResourceFactory.createResource(NS + "Interval");

    // ---- Object properties ----

    /** The instant at which an interval begins. */
    public static final Property hasBeginning = ResourceFactory.createProperty(NS, "hasBeginning");

    /** The instant at which an interval ends. */
    public static final Property hasEnd = ResourceFactory.createProperty(NS, "hasEnd");

    // ---- Datatype properties ----

    /** The instant's position as an xsd:date. */
    public static final Property inXSDDate = ResourceFactory.createProperty(NS, "inXSDDate");

    /** The instant's position as an xsd:gYearMonth. */
    public static final Property inXSDgYearMonth = ResourceFactory.createProperty(NS, "inXSDgYearMonth");

    /** The instant's position as an xsd:gYear. */
    public static final Property inXSDgYear = ResourceFactory.createProperty(NS, "inXSDgYear");
}
