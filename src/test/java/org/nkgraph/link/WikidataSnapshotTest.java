package org.nkgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.vocab.GEO;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.WD;
import org.nkgraph.vocab.WDT;

/** The committed offline snapshot is a fresh conversion, parses, and describes only items the reference links. */
class WikidataSnapshotTest {
    private static final Path REFERENCE = Path.of("ontology/reference");

    private static Model snapshot;
    private static Model linking;

    @BeforeAll
    static void load() throws IOException {
        snapshot = RDFDataMgr.loadModel(REFERENCE.resolve("wikidata.ttl").toString());
        linking = ModelFactory.createDefaultModel();
        for (String file : List.of("countries.ttl", "places.ttl", "organizations.ttl", "people.ttl")) {
            linking.add(RDFDataMgr.loadModel(REFERENCE.resolve(file).toString()));
        }
    }

    @Test
    void committedSnapshotIsAFreshConversion() throws IOException {
        String committed = Files.readString(REFERENCE.resolve("wikidata.ttl"), StandardCharsets.UTF_8);
        assertEquals(WikidataSnapshot.turtle(ReferenceData.bundled()), committed,
                "regenerate with: " + WikidataSnapshot.REGENERATE_COMMAND);
        assertTrue(committed.contains("NOT a copy of Wikidata"));
    }

    @Test
    void everyDescribedItemIsLinkedFromTheReferenceData() {
        Set<Resource> linked = new HashSet<>();
        linking.listStatements(null, SKOS.exactMatch, (RDFNode) null).forEach(s -> linked.add(s.getResource()));
        Set<Resource> described = snapshot.listSubjects().toSet();
        assertFalse(described.isEmpty());
        for (Resource item : described) {
            assertTrue(linked.contains(item), item + " is described but no reference entity links to it");
            assertTrue(item.hasProperty(RDFS.label), item + " has no label");
        }
        assertEquals(linked, described, "every linked item is described");
    }

    @Test
    void classItemsOnlyWhereVerified() {
        Set<Resource> provinces = linking.listSubjectsWithProperty(RDF.type, NKG.Province).toSet();
        List<Resource> provinceItems = snapshot.listSubjectsWithProperty(WDT.P31, WD.item("Q15620174")).toList();
        assertEquals(9, provinceItems.size());
        for (Resource p : provinces) {
            assertTrue(provinceItems.contains(WikidataSnapshot.itemOf(p)), p.getURI());
        }
        Set<RDFNode> classes = snapshot.listObjectsOfProperty(WDT.P31).toSet();
        assertEquals(Set.of(WD.item("Q15620174"), WD.item("Q5")), classes);
        Resource northKorea = WD.item("Q423").inModel(snapshot);
        assertFalse(northKorea.hasProperty(WDT.P31), "no verified class item for countries");
        assertTrue(WD.item("Q56226").inModel(snapshot).hasProperty(WDT.P31, WD.item("Q5")));
    }

    @Test
    void placesCarryCountryParentAndCoordinatesFromTheReferenceData() {
        Resource county = linking.listSubjectsWithProperty(SKOS.exactMatch, WD.item("Q705265")).next();
        Resource province = county.getPropertyResourceValue(NKG.partOf);
        Resource item = WD.item("Q705265").inModel(snapshot);
        assertEquals(WikidataSnapshot.itemOf(province), item.getPropertyResourceValue(WDT.P131));
        assertEquals(WD.item("Q423"), item.getPropertyResourceValue(WDT.P17));
        Statement coord = item.getProperty(WDT.P625);
        assertEquals(GEO.wktLiteral.getURI(), coord.getLiteral().getDatatypeURI());
        String expected = "Point(" + county.getProperty(NKG.longitude).getLiteral().getLexicalForm() + " "
                + county.getProperty(NKG.latitude).getLiteral().getLexicalForm() + ")";
        assertEquals(expected, coord.getLiteral().getLexicalForm());
        assertEquals(WD.item("Q884"), WD.item("Q8684").inModel(snapshot).getPropertyResourceValue(WDT.P17));
    }
}
