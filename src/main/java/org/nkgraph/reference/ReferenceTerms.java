package org.nkgraph.reference;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The few nkgraph and Wikidata terms the reference converter needs, built from the namespaces in the
 * vocabulary design ({@code notes/terms.md}).
 *
 * <p>TODO(lead): replace with NKG.* (and WD.item) after merge; this class is the only place in the
 * package that spells an IRI, so the swap touches one file.
 */
final class ReferenceTerms {
    static final String NKG_NS = "https://w3id.org/nkgraph/ontology#";
    static final String PLACE_NS = "https://w3id.org/nkgraph/id/place/";
    static final String WD_NS = "http://www.wikidata.org/entity/";

    // Classes
    static final Resource Country = resource("Country");
    static final Resource Province = resource("Province");
    static final Resource SpecialCity = resource("SpecialCity");
    static final Resource County = resource("County");
    static final Resource City = resource("City");
    static final Resource District = resource("District");

    // Object properties
    static final Property partOf = property("partOf");

    // Datatype properties
    static final Property hangul = property("hangul");
    static final Property mcCuneReischauer = property("mcCuneReischauer");
    static final Property revisedRomanization = property("revisedRomanization");
    static final Property latitude = property("latitude");
    static final Property longitude = property("longitude");

    /** The country every first-level division is part of. */
    static final Resource NORTH_KOREA = place("north-korea");

    private ReferenceTerms() {}

    /** The place node for a reference id such as {@code south-pyongan/sinyang}. */
    static Resource place(String id) {
        return ResourceFactory.createResource(PLACE_NS + id);
    }

    /** The Wikidata item for a QID such as {@code Q423}. */
    static Resource wikidataItem(String qid) {
        return ResourceFactory.createResource(WD_NS + qid);
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NKG_NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NKG_NS + localName);
    }
}
