package org.nkgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The constants in {@link NKG} and the terms declared in {@code ontology/nkgraph.ttl} are the same set. */
class NKGTest {

    private static final Set<Resource> TERM_TYPES = Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
            RDFS.Datatype);

    private static Model ontology;
    private static Map<String, Resource> constants;

    @BeforeAll
    static void load() {
        ontology = ModelFactory.createModelForGraph(OntologyLib.ontology());
        constants = VocabTestLib.constants(NKG.class);
    }

    @Test
    void everyConstantIsDeclaredWithItsKind() {
        assertFalse(constants.isEmpty());
        List<String> problems = new ArrayList<>();
        constants.forEach((name, term) -> {
            if (!term.getURI().equals(NKG.NS + name)) {
                problems.add(name + " is bound to " + term.getURI());
            }
            boolean isProperty = term instanceof Property;
            boolean declaredProperty = ontology.contains(term, RDF.type, OWL.ObjectProperty)
                    || ontology.contains(term, RDF.type, OWL.DatatypeProperty);
            boolean declaredType = ontology.contains(term, RDF.type, OWL.Class)
                    || ontology.contains(term, RDF.type, RDFS.Datatype);
            if (isProperty ? !declaredProperty : !declaredType) {
                problems.add(name + " is not declared as a " + (isProperty ? "property" : "class or datatype"));
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTermInTheNamespaceHasAConstant() {
        Set<String> used = new TreeSet<>();
        ontology.listStatements().forEachRemaining(st -> {
            addIfOurs(used, st.getSubject());
            addIfOurs(used, st.getPredicate());
            addIfOurs(used, st.getObject());
        });
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(constants.keySet());
        assertEquals(Set.of(), missing, "terms of the ontology namespace without a constant in NKG");
    }

    @Test
    void everyTermHasAnEnglishLabelAndComment() {
        List<String> problems = new ArrayList<>();
        for (Resource term : declaredTerms()) {
            if (!hasEnglish(term, RDFS.label)) {
                problems.add(term.getLocalName() + " has no rdfs:label@en");
            }
            if (!hasEnglish(term, RDFS.comment)) {
                problems.add(term.getLocalName() + " has no rdfs:comment@en");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyClassHasASuperclass() {
        List<String> orphans = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDF.type, OWL.Class).forEachRemaining(c -> {
            if (c.isURIResource() && c.getURI().startsWith(NKG.NS) && !c.hasProperty(RDFS.subClassOf)) {
                orphans.add(c.getLocalName());
            }
        });
        assertEquals(List.of(), orphans, "nkg classes without rdfs:subClassOf");
    }

    @Test
    void superpropertiesAreOfTheSameKind() {
        List<String> problems = new ArrayList<>();
        ontology.listStatements(null, RDFS.subPropertyOf, (RDFNode) null).forEachRemaining(st -> {
            Resource sub = st.getSubject();
            Resource sup = st.getResource();
            for (Resource kind : List.of(OWL.ObjectProperty, OWL.DatatypeProperty)) {
                if (sub.hasProperty(RDF.type, kind) && !sup.hasProperty(RDF.type, kind)) {
                    problems.add(sub.getLocalName() + " specialises " + sup + ", not declared " + kind.getLocalName());
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void referencedExternalTermsAreDeclared() {
        List<Property> links = List.of(RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.inverseOf);
        Set<String> undeclared = new TreeSet<>();
        for (Property link : links) {
            ontology.listObjectsOfProperty(link).forEachRemaining(o -> {
                if (o.isURIResource() && !isBuiltInDatatype(o.asResource()) && !isDeclared(o.asResource())) {
                    undeclared.add(o.asResource().getURI());
                }
            });
        }
        assertEquals(Set.of(), undeclared, "terms used in axioms but not declared in the file");
    }

    @Test
    void unalignedPropertiesSayWhyInTheirComment() {
        // terms.md gives these no standard superproperty; each comment must explain why none fits.
        List<Property> unaligned = List.of(NKG.evidenceFor, NKG.rule, NKG.authorName, NKG.contentHash,
                NKG.ordinal, NKG.capacity);
        for (Property p : unaligned) {
            Resource term = ontology.getResource(p.getURI());
            assertFalse(term.hasProperty(RDFS.subPropertyOf), p.getLocalName() + " should have no superproperty");
            String comment = term.getProperty(RDFS.comment).getString();
            assertTrue(comment.matches("(?s).*\\b(Not|not|No)\\b.*"), p.getLocalName() + ": " + comment);
        }
    }

    @Test
    void eventSubclassesCarryTriggerWordNotes() {
        Property scopeNote = SKOS.scopeNote;
        List<String> missing = new ArrayList<>();
        for (Resource c : declaredTerms()) {
            boolean event = !c.equals(NKG.Event) && isSubClassOf(c, NKG.Event);
            if (event && !c.hasProperty(scopeNote)) {
                missing.add(c.getLocalName());
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(isSubClassOf(ontology.getResource(NKG.PartyCongress.getURI()), NKG.Event));
    }

    @Test
    void datePropertiesRangeOverDayMonthOrYear() {
        for (Property p : List.of(NKG.date, NKG.startDate, NKG.endDate, NKG.introducedDate)) {
            assertTrue(ontology.contains(p, RDFS.range, NKG.DateValue), p.getLocalName());
        }
        Resource union = ontology.getResource(NKG.DateValue.getURI()).getPropertyResourceValue(OWL.equivalentClass);
        assertNotNull(union);
        List<RDFNode> members = union.getPropertyResourceValue(OWL.unionOf).as(RDFList.class)
                .asJavaList();
        assertEquals(List.of(XSD.date, XSD.gYearMonth,
                XSD.gYear), members);
    }

    @Test
    void headerNamesVersionAndExplainsLayout() {
        Resource header = ontology.getResource(NKG.ONTOLOGY_IRI);
        assertTrue(header.hasProperty(RDF.type, OWL.Ontology));
        assertEquals("1", header.getProperty(OWL.versionInfo).getString());
        assertEquals(NKG.ONTOLOGY_VERSION_IRI, header.getPropertyResourceValue(OWL2.versionIRI).getURI());
        Statement created = header.getProperty(DCTerms.created);
        assertEquals("2026-11-25", created.getLiteral().getLexicalForm());
        assertEquals(XSD.date.getURI(), created.getLiteral().getDatatypeURI());
        String comment = header.getProperty(RDFS.comment).getString();
        String articleGraph = NKGID.articleGraph("0").getURI();
        List<String> graphs = List.of(articleGraph.substring(0, articleGraph.length() - 1),
                NKGID.GRAPH_RESOLVED.getURI(), NKGID.GRAPH_REFERENCE.getURI(), NKGID.GRAPH_ONTOLOGY.getURI());
        for (String iri : graphs) {
            assertTrue(comment.contains(iri), "layout comment does not name " + iri);
        }
        assertTrue(comment.contains("skos:exactMatch") && comment.contains("owl:sameAs"));
    }

    @Test
    void ontologyPrefixesAreTheStandardOnes() {
        Map<String, String> standard = Prefixes.standard().getNsPrefixMap();
        ontology.getNsPrefixMap().forEach((prefix, ns) -> assertEquals(standard.get(prefix), ns, prefix));
    }

    private static List<Resource> declaredTerms() {
        List<Resource> terms = new ArrayList<>();
        for (Resource type : TERM_TYPES) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(NKG.NS)) {
                    terms.add(s);
                }
            });
        }
        return terms;
    }

    private static void addIfOurs(Set<String> names, RDFNode node) {
        if (node.isURIResource() && node.asResource().getURI().startsWith(NKG.NS)) {
            names.add(VocabTestLib.localName(node.asResource().getURI(), NKG.NS));
        }
    }

    private static boolean hasEnglish(Resource term, Property p) {
        return term.listProperties(p).toList().stream()
                .anyMatch(st -> st.getObject().isLiteral() && "en".equals(st.getLanguage())
                        && !st.getString().isBlank());
    }

    private static boolean isDeclared(Resource r) {
        return TERM_TYPES.stream().anyMatch(t -> r.hasProperty(RDF.type, t))
                || r.hasProperty(RDF.type, OWL.AnnotationProperty);
    }

    private static boolean isBuiltInDatatype(Resource r) {
        return r.getURI().startsWith(XSD.NS) || r.equals(RDF.langString);
    }

    private static boolean isSubClassOf(Resource c, Resource ancestor) {
        for (Statement st : c.listProperties(RDFS.subClassOf).toList()) {
            Resource sup = st.getResource();
            if (sup.equals(ancestor) || isSubClassOf(sup, ancestor)) {
                return true;
            }
        }
        return false;
    }
}
