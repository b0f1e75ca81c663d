package org.nkgraph.text;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.nkgraph.reference.Gazetteer;
import org.nkgraph.reference.GazetteerEntry;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.vocab.NKG;

/**
 * What the extraction stages ask of the ontology and the reference data: an entity by its label and class, an
 * entity's class and label, an organization's parent, and whether a class or property name is in the ontology.
 * Entities an article introduces ({@link NewEntity}) are asked of the {@link AnalyzedDocument} instead.
 */
final class ReferenceLookup {

    private final ReferenceData data;

    ReferenceLookup(ReferenceData data) {
        this.data = data;
    }

    Gazetteer gazetteer() {
        return data.gazetteer();
    }

    /** The reference entity of this class (or a subclass) that bears this name, if exactly one does. */
    Optional<String> entityNamed(String name, String className) {
        Resource cls = ontologyClass(className).orElseThrow(
                () -> new IllegalArgumentException("not an ontology class: " + className));
        List<String> found = gazetteer().lookup(NameKey.of(name)).stream()
                .map(GazetteerEntry::entity)
                .distinct()
                .filter(iri -> classOf(iri).map(c -> isSubClass(c, cls.getLocalName())).orElse(false))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The local name of the entity's class in the reference data, or in the document for a new entity. */
    Optional<String> classOf(String iri, AnalyzedDocument doc) {
        Optional<String> known = classOf(iri);
        if (known.isPresent()) {
            return known;
        }
        return doc.newEntities().stream().filter(e -> e.iri().equals(iri)).map(NewEntity::className).findFirst();
    }

    private Optional<String> classOf(String iri) {
        Resource r = data.reference().getResource(iri);
        for (Statement s : data.reference().listStatements(r, RDF.type, (RDFNode) null).toList()) {
            if (s.getObject().isURIResource() && s.getResource().getURI().startsWith(NKG.NS)) {
                return Optional.of(s.getResource().getLocalName());
            }
        }
        return Optional.empty();
    }

    /** The preferred label of a reference entity, or of a new entity of the document. */
    Optional<String> label(String iri, AnalyzedDocument doc) {
        Statement s = data.reference().getResource(iri).getProperty(SKOS.prefLabel);
        if (s != null && s.getObject().isLiteral()) {
            return Optional.of(s.getString());
        }
        return doc.newEntities().stream().filter(e -> e.iri().equals(iri)).map(NewEntity::label).findFirst();
    }

    /** The organization a reference organization is part of, or the container of a new one. */
    Optional<String> parentOrganization(String iri, AnalyzedDocument doc) {
        Statement s = data.reference().getResource(iri).getProperty(NKG.subOrganizationOf);
        if (s != null && s.getObject().isURIResource()) {
            return Optional.of(s.getResource().getURI());
        }
        return doc.newEntities().stream().filter(e -> e.iri().equals(iri) && e.partOf() != null)
                .map(NewEntity::partOf).findFirst();
    }

    /** Whether {@code className} is {@code ancestor} or one of its subclasses in the ontology. */
    boolean isSubClass(String className, String ancestor) {
        return data.classes().isSubClassOf(NKG.NS + className, NKG.NS + ancestor);
    }

    /** The ontology class with this local name, if the ontology declares it. */
    Optional<Resource> ontologyClass(String localName) {
        Resource c = data.ontology().getResource(NKG.NS + localName);
        return data.classes().declares(c.getURI()) ? Optional.of(c) : Optional.empty();
    }

    /** Whether the ontology declares an object property with this local name. */
    boolean isObjectProperty(String localName) {
        return data.ontology().contains(data.ontology().getResource(NKG.NS + localName), RDF.type,
                OWL.ObjectProperty);
    }
}
