package org.nkgraph.text;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.nkgraph.reference.ClassHierarchy;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/**
 * What the ontology and the reference data say about an entity that a mention denotes: its classes (with their
 * superclasses), label, place id, country and gender. An entity a pattern minted is described by its
 * {@link NewEntity} record in the document instead.
 */
public final class EntityKinds {

    /** What the data says about a person's sex; nothing is guessed from names. */
    public enum Gender {
        FEMALE, MALE, UNKNOWN
    }

    // The prefix of every place IRI, taken from NKGID rather than written out: a place "x" minus its id.
    private static final String PLACE_BASE = placeBase();

    private final Model reference;
    private final ClassHierarchy classes;

    private static String placeBase() {
        String probe = NKGID.place("x").getURI();
        return probe.substring(0, probe.length() - 1);
    }

    public EntityKinds(ReferenceData data) {
        this.reference = data.reference();
        this.classes = data.classes();
    }

    /** The ontology class with this local name, if the ontology declares it. */
    public Optional<Resource> ontologyClass(String localName) {
        Resource c = ResourceFactory.createResource(NKG.NS + localName);
        return classes.declares(c.getURI()) ? Optional.of(c) : Optional.empty();
    }

    /** True if the entity is of the class or of one of its subclasses. */
    public boolean isA(AnalyzedDocument doc, String entity, Resource cls) {
        for (String type : types(doc, entity)) {
            if (classes.isSubClassOf(type, cls.getURI())) {
                return true;
            }
        }
        return false;
    }

    private Set<String> types(AnalyzedDocument doc, String entity) {
        Set<String> out = new HashSet<>();
        for (Statement s : reference.listStatements(res(entity), RDF.type, (RDFNode) null).toList()) {
            if (s.getObject().isURIResource()) {
                out.add(s.getResource().getURI());
            }
        }
        newEntity(doc, entity).ifPresent(e -> out.add(NKG.NS + e.className()));
        return out;
    }

    /** The entity's preferred label, or empty if neither the reference data nor the document knows it. */
    public Optional<String> label(AnalyzedDocument doc, String entity) {
        Statement s = res(entity).inModel(reference).getProperty(SKOS.prefLabel);
        if (s != null) {
            return Optional.of(s.getString());
        }
        return newEntity(doc, entity).map(NewEntity::label);
    }

    /** A place's id, the path after {@code id/place/} ("south-hwanghae/chaeryong"), for reference and new places. */
    public Optional<String> placeId(String entity) {
        Statement s = res(entity).inModel(reference).getProperty(DCTerms.identifier);
        if (s != null && entity.startsWith(PLACE_BASE)) {
            return Optional.of(s.getString());
        }
        return entity.startsWith(PLACE_BASE) ? Optional.of(entity.substring(PLACE_BASE.length())) : Optional.empty();
    }

    /** The countries the reference data gives the entity ({@code nkg:country}). */
    public Set<String> countries(String entity) {
        Set<String> out = new HashSet<>();
        for (Statement s : reference.listStatements(res(entity), NKG.country, (RDFNode) null).toList()) {
            if (s.getObject().isURIResource()) {
                out.add(s.getResource().getURI());
            }
        }
        return out;
    }

    /** The reference entities of a class (or its subclasses), in a stable order. */
    public List<String> referenceInstances(Resource cls) {
        Set<String> out = new TreeSet<>();
        for (Statement s : reference.listStatements(null, RDF.type, (RDFNode) null).toList()) {
            if (s.getSubject().isURIResource() && s.getObject().isURIResource()
                    && classes.isSubClassOf(s.getResource().getURI(), cls.getURI())) {
                out.add(s.getSubject().getURI());
            }
        }
        return List.copyOf(out);
    }

    /** A person's sex as the reference data states it (a daughter is a woman, a son a man). */
    public Gender gender(String entity) {
        Resource r = res(entity).inModel(reference);
        if (r.hasProperty(NKG.daughterOf)) {
            return Gender.FEMALE;
        }
        return r.hasProperty(NKG.sonOf) ? Gender.MALE : Gender.UNKNOWN;
    }

    private static Optional<NewEntity> newEntity(AnalyzedDocument doc, String entity) {
        return doc.newEntities().stream().filter(e -> e.iri().equals(entity)).findFirst();
    }

    private static Resource res(String iri) {
        return ResourceFactory.createResource(iri);
    }
}
