package org.nkgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;

/** The namespace classes, the standard prefixes, and the external terms the ontology aligns to. */
class NamespacesTest {

    @Test
    void everyExternalTermInTheOntologyIsAKnownTermOfItsVocabulary() {
        // Catches a misspelt alignment (schema:NewsMediaOrganisation) that a parser would accept.
        Map<String, Class<?>> vocabularies = new LinkedHashMap<>();
        vocabularies.put(SchemaDO.NS, SchemaDO.class);
        vocabularies.put(ORG.NS, ORG.class);
        vocabularies.put(FOAF.NS, FOAF.class);
        vocabularies.put(DCTerms.NS, DCTerms.class);
        vocabularies.put(SKOS.uri, SKOS.class);
        vocabularies.put(PROV.NS, PROV.class);
        vocabularies.put(NIF.NS, NIF.class);
        vocabularies.put(ITSRDF.NS, ITSRDF.class);
        Set<String> unknown = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        OntologyLib.ontology().find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                vocabularies.forEach((ns, vocabulary) -> {
                    String local = n.isURI() ? VocabTestLib.localName(n.getURI(), ns) : null;
                    if (local != null) {
                        seen.add(n.getURI());
                        if (!VocabTestLib.constants(vocabulary).containsKey(local)) {
                            unknown.add(n.getURI());
                        }
                    }
                });
            }
        });
        assertEquals(Set.of(), unknown);
        assertTrue(seen.size() > 50, "expected the ontology to use many external terms, saw " + seen.size());
    }

    @Test
    void namespaceConstantsMatchTheirTerms() {
        for (Class<?> vocabulary : new Class<?>[] {NKG.class, PROV.class, NIF.class, ITSRDF.class, TIME.class,
            WDT.class}) {
            String ns = namespaceOf(vocabulary);
            VocabTestLib.constants(vocabulary).forEach((name, term) ->
                    assertEquals(ns + name, term.getURI(), vocabulary.getSimpleName() + "." + name));
        }
    }

    @Test
    void standardPrefixesCoverEveryVocabulary() {
        PrefixMapping pm = Prefixes.standard();
        Set<String> expected = Set.of("nkg", "schema", "foaf", "org", "prov", "time", "skos", "nif", "itsrdf",
                "dcterms", "xsd", "rdf", "rdfs", "owl", "wd", "wdt", "geo", "sh");
        assertEquals(expected, pm.getNsPrefixMap().keySet());
        assertEquals(NKG.NS, pm.getNsPrefixURI(NKG.PREFIX));
        assertEquals(SchemaDO.NS, pm.getNsPrefixURI("schema"));
        assertTrue(SchemaDO.NS.startsWith("https:"), "terms.md fixes schema.org on https");
        assertEquals("nkg:Inspection", pm.shortForm(NKG.Inspection.getURI()));
        assertEquals("wd:Q42", pm.shortForm(WD.item("Q42").getURI()));
        // Each call gives a fresh mapping, so one caller's additions do not leak into another's.
        pm.setNsPrefix("ex", "http://example.org/");
        assertNull(Prefixes.standard().getNsPrefixURI("ex"));
    }

    @Test
    void sparqlPrologueDeclaresEveryPrefix() {
        String prologue = Prefixes.sparqlPrologue();
        Prefixes.standard().getNsPrefixMap().forEach((prefix, ns) ->
                assertTrue(prologue.contains("PREFIX " + prefix + ": <" + ns + ">\n"), prefix));
        String query = prologue + "SELECT ?e WHERE { ?e a nkg:Inspection ; skos:exactMatch ?wd }";
        assertEquals(1, org.apache.jena.query.QueryFactory.create(query).getProjectVars().size());
    }

    @Test
    void shapesFileUsesTheStandardPrefixes() {
        Graph shapes = OntologyLib.shapes();
        Map<String, String> standard = Prefixes.standard().getNsPrefixMap();
        shapes.getPrefixMapping().getNsPrefixMap().forEach((prefix, ns) -> {
            if (!prefix.equals("nkgsh")) {
                assertEquals(standard.get(prefix), ns, prefix);
            }
        });
    }

    @Test
    void wikidataIdsAreChecked() {
        assertEquals(WD.NS + "Q423", WD.item("Q423").getURI());
        assertEquals("Q423", WD.itemId(WD.item("Q423").getURI()));
        assertNull(WD.itemId(WDT.P31.getURI()));
        assertEquals(WDT.NS + "P131", WDT.prop("P131").getURI());
        for (String bad : new String[] {"42", "q42", "Q", "Q042", "Q42 ", "P31"}) {
            assertThrows(IllegalArgumentException.class, () -> WD.item(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> WDT.prop("Q42"));
        assertThrows(IllegalArgumentException.class, () -> WD.item(null));
    }

    private static String namespaceOf(Class<?> vocabulary) {
        try {
            return (String) vocabulary.getField("NS").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(vocabulary + " has no NS field", e);
        }
    }
}
