package org.nkgraph.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.WD;

/** Checks the committed files in {@code ontology/reference/} against each other and the research behind them. */
class ReferenceFilesTest {
    static final Path REFERENCE = Path.of("ontology/reference");
    static final Path RESEARCH = Path.of("../shared/research");
    static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    static Model all;

    @BeforeAll
    static void loadAll() throws IOException {
        all = ModelFactory.createDefaultModel();
        for (Path file : turtleFiles()) {
            all.add(AdminDivisionConverterTest.parse(file));
        }
    }

    static List<Path> turtleFiles() throws IOException {
        try (Stream<Path> files = Files.list(REFERENCE)) {
            return files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
        }
    }

    @Test
    void everyFileIsListedInTheIndexThatLoadsThem() throws IOException {
        List<String> names = turtleFiles().stream().map(f -> f.getFileName().toString()).toList();
        List<String> indexed = Files.readAllLines(REFERENCE.resolve("index.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        assertEquals(indexed, names);
        assertTrue(names.containsAll(List.of("countries.ttl", "organizations.ttl", "people.ttl", "places.ttl")));
    }

    @Test
    void committedPlacesAreAFreshConversionOfTheTable() throws IOException {
        Path tsv = RESEARCH.resolve("nk-admin-divisions.tsv");
        assumeTrue(Files.isRegularFile(tsv), "research table absent");
        String committed = Files.readString(REFERENCE.resolve("places.ttl"), StandardCharsets.UTF_8);
        String freshText = AdminDivisionConverter.toTurtle(tsv);
        List<String> fresh = freshText.lines().toList();
        List<String> old = committed.lines().toList();
        int line = 0;
        while (line < Math.min(fresh.size(), old.size()) && fresh.get(line).equals(old.get(line))) {
            line++;
        }
        int first = line;
        assertTrue(first == fresh.size() && first == old.size() && committed.endsWith("\n"),
                () -> "places.ttl is stale from line " + (first + 1) + " (committed: "
                        + (first < old.size() ? old.get(first) : "<end>") + "); regenerate it with "
                        + AdminDivisionConverter.REGENERATE_COMMAND);
        assertTrue(freshText.equals(committed), "places.ttl differs from a fresh conversion in line endings");
    }

    @Test
    void everyEntityHasOnePreferredLabelRepeatedAsRdfsLabel() {
        for (Resource entity : all.listSubjectsWithProperty(RDF.type).toList()) {
            List<RDFNode> pref = all.listObjectsOfProperty(entity, SKOS.prefLabel).toList();
            assertEquals(1, pref.size(), () -> entity + " has prefLabels " + pref);
            assertEquals(Set.of(pref.get(0)), all.listObjectsOfProperty(entity, RDFS.label).toSet(),
                    entity.getURI());
            assertFalse(all.contains(entity, SKOS.altLabel, pref.get(0)), entity + ": altLabel repeats prefLabel");
            assertTrue(entity.hasProperty(SKOS.note), entity + " cites no source in skos:note");
        }
    }

    @Test
    void labelsCarryTheirLanguage() {
        Set<Property> labels = Set.of(SKOS.prefLabel, SKOS.altLabel, RDFS.label, NKG.hangul);
        for (Statement s : all.listStatements().filterKeep(s -> labels.contains(s.getPredicate())).toList()) {
            String expected = PlaceNameLib.isHangul(s.getString()) ? "ko" : "en";
            assertEquals(expected, s.getLiteral().getLanguage(), s.toString());
            if (s.getPredicate().equals(NKG.hangul)) {
                assertTrue(all.contains(s.getSubject(), SKOS.altLabel, s.getObject()), s + " not an altLabel");
            }
        }
    }

    @Test
    void linksPointToNodesThatExist() {
        Set<Resource> entities = all.listSubjectsWithProperty(RDF.type).toSet();
        List<Property> links = List.of(NKG.partOf, nkg("country"), nkg("locatedIn"),
                nkg("subOrganizationOf"), nkg("affiliatedWith"), nkg("holds"), nkg("holder"), nkg("organization"),
                nkg("daughterOf"));
        int checked = 0;
        for (Property link : links) {
            for (Statement s : all.listStatements(null, link, (RDFNode) null).toList()) {
                assertTrue(entities.contains(s.getResource()), () -> "dangling link " + s);
                checked++;
            }
        }
        assertTrue(checked > 215, "expected the places' partOf links at least, saw " + checked);
    }

    @Test
    void positionsAndTheirHoldersPointAtEachOther() {
        List<Resource> positions = all.listSubjectsWithProperty(RDF.type, nkg("Position")).toList();
        assertEquals(3, positions.size());
        for (Resource position : positions) {
            Resource holder = position.getPropertyResourceValue(nkg("holder"));
            assertTrue(all.contains(holder, nkg("holds"), position), position.getURI());
            assertTrue(position.hasProperty(nkg("organization")), position.getURI());
            assertTrue(position.hasProperty(nkg("positionTitle")), position.getURI());
            String expected = holder.getURI().replace("/person/", "/position/") + "/"
                    + lastSegment(position.getPropertyResourceValue(nkg("organization")).getURI());
            assertEquals(expected, position.getURI(), "position IRI is position/<person>/<org>");
        }
    }

    @Test
    void everyWikidataLinkIsAnItemTheResearchPairs() throws IOException {
        Path places = RESEARCH.resolve("nk-admin-divisions.tsv");
        Path qids = RESEARCH.resolve("wikidata-qids.tsv");
        assumeTrue(Files.isRegularFile(places) && Files.isRegularFile(qids), "research files absent");
        Set<String> researched = new HashSet<>();
        researched.addAll(column(places, "wikidata"));
        researched.addAll(column(qids, "qid"));
        researched.removeIf(q -> !QID.matcher(q).matches());
        List<Statement> matches = all.listStatements(null, SKOS.exactMatch, (RDFNode) null).toList();
        assertFalse(matches.isEmpty());
        for (Statement s : matches) {
            String iri = s.getResource().getURI();
            assertTrue(iri.startsWith(WD.NS), () -> "not a Wikidata item: " + s);
            String qid = iri.substring(WD.NS.length());
            assertTrue(researched.contains(qid), () -> qid + " on " + s.getSubject() + " is not in the research");
        }
    }

    private static List<String> column(Path tsv, String name) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        int index = List.of(lines.get(0).split("\t", -1)).indexOf(name);
        assertTrue(index >= 0, tsv + " has no column " + name);
        List<String> values = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length > index) {
                values.add(cells[index].strip());
            }
        }
        return values;
    }

    private static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static Property nkg(String localName) {
        return all.createProperty(NKG.NS + localName);
    }
}
