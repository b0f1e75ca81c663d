package org.nkgraph.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** The ontology's classes and their {@code rdfs:subClassOf} closure, computed once. */
public final class ClassHierarchy {

    private final Map<String, Set<String>> superClasses = new HashMap<>();

    ClassHierarchy(Model ontology) {
        for (Resource c : ontology.listSubjectsWithProperty(RDF.type, OWL.Class).toList()) {
            if (c.isURIResource()) {
                superClasses.put(c.getURI(), Collections.unmodifiableSet(closure(ontology, c)));
            }
        }
    }

    private static Set<String> closure(Model ontology, Resource c) {
        Set<String> out = new LinkedHashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            Resource next = todo.remove(todo.size() - 1);
            if (next.isURIResource() && out.add(next.getURI())) {
                for (Statement s : ontology.listStatements(next, RDFS.subClassOf, (RDFNode) null).toList()) {
                    if (s.getObject().isURIResource()) {
                        todo.add(s.getResource());
                    }
                }
            }
        }
        return out;
    }

    /** Whether the ontology declares this class. */
    public boolean declares(String classIri) {
        return superClasses.containsKey(classIri);
    }

    /** The class and every class above it; just the class itself when the ontology does not declare it. */
    public Set<String> superClassesOf(String classIri) {
        return superClasses.getOrDefault(classIri, Set.of(classIri));
    }

    /** Whether {@code classIri} is {@code ancestorIri} or one of its subclasses. */
    public boolean isSubClassOf(String classIri, String ancestorIri) {
        return superClassesOf(classIri).contains(ancestorIri);
    }

    /** Whether one class is the other or below it: an inspection is a kind of visit, an opening is not. */
    public boolean sameKind(String classIri, String otherIri) {
        return isSubClassOf(classIri, otherIri) || isSubClassOf(otherIri, classIri);
    }

    /** The declared classes that are {@code ancestorIri} or below it. */
    public Set<String> subClassesOf(String ancestorIri) {
        Set<String> out = new LinkedHashSet<>();
        superClasses.forEach((c, sups) -> {
            if (sups.contains(ancestorIri)) {
                out.add(c);
            }
        });
        return out;
    }
}
