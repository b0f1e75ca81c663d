package org.nkgraph.rdf;

import org.apache.jena.rdf.model.Resource;
import org.nkgraph.text.EntityClass;
import org.nkgraph.vocab.NKG;

/** The ontology class that stands for each kind of name. */
public final class EntityClasses {

    private EntityClasses() {}

    public static Resource ontologyClass(EntityClass kind) {
        return switch (kind) {
            case PERSON -> NKG.Person;
            case ORGANIZATION -> NKG.Organization;
            case PLACE -> NKG.Place;
            case FACILITY -> NKG.Facility;
            case POLICY -> NKG.Policy;
            case MEETING -> NKG.Meeting;
        };
    }
}
