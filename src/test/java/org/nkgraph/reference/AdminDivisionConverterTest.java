package org.nkgraph.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;
import org.nkgraph.vocab.WD;

class AdminDivisionConverterTest {
    static final Path RESEARCH_TSV = Path.of("../shared/research/nk-admin-divisions.tsv");

    @TempDir
    Path tmp;

    @Test
    void mapsEveryColumnOfARow() {
        String tsv = String.join("\n", AdminDivisionTableTest.HEADER, AdminDivisionTableTest.PROVINCE,
                AdminDivisionTableTest.COUNTY) + "\n";
        Model model = AdminDivisionConverter.toModel(new StringReader(tsv));
        Resource province = model.getResource(NKGID.place("upland").getURI());
        assertTrue(province.hasProperty(RDF.type, NKG.Province));
        assertEquals(Set.of("Upland"), strings(province, SKOS.prefLabel));
        assertEquals(Set.of("Upland"), strings(province, RDFS.label));
        assertEquals(Set.of("Upland Province", "Ŏpland-do", "Opland-do", "Eopland-do", "업란도", "업란"),
                strings(province, SKOS.altLabel));
        assertEquals(Set.of("업란도", "업란"), strings(province, NKG.hangul));
        assertEquals(Set.of("Ŏpland-do"), strings(province, NKG.mcCuneReischauer));
        assertEquals(Set.of("Eopland-do"), strings(province, NKG.revisedRomanization));
        assertEquals(NKGID.place("north-korea"), province.getPropertyResourceValue(NKG.partOf));
        assertEquals(new BigDecimal("127.0"), decimal(province.getProperty(NKG.longitude).getLiteral()));
        assertEquals(Set.of("upland"), strings(province, DCTerms.identifier));
        assertEquals(WD.item("Q1"), province.getPropertyResourceValue(SKOS.exactMatch));
        assertEquals(Set.of("Sources: made up for a test"), strings(province, SKOS.note));

        Resource county = model.getResource(NKGID.place("upland/hill").getURI());
        assertTrue(county.hasProperty(RDF.type, NKG.County));
        assertEquals(province, county.getPropertyResourceValue(NKG.partOf));
        // The table attests "Hul", the North's own romanisation of Hŭl, so it is the label; "Hill" stays a name.
        assertEquals(Set.of("Hul"), strings(county, SKOS.prefLabel));
        assertEquals(Set.of("Hill County", "Hill", "Hŭl-gun", "Hul-gun", "Heul-gun", "Hul County", "흘군"),
                strings(county, SKOS.altLabel));
        assertFalse(county.hasProperty(NKG.latitude));
        assertFalse(county.hasProperty(SKOS.exactMatch));
        assertFalse(county.hasProperty(SKOS.note));
    }

    @Test
    void sameTableGivesTheSameBytesAndTheOutputParsesBackToTheModel() throws Exception {
        assumeTrue(Files.isRegularFile(RESEARCH_TSV), "research table absent");
        Path first = tmp.resolve("a/places.ttl");
        Path second = tmp.resolve("b/places.ttl");
        AdminDivisionConverter.convert(RESEARCH_TSV, first);
        AdminDivisionConverter.convert(RESEARCH_TSV, second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

        Model parsed = parse(first);
        Model direct = researchModel();
        assertTrue(parsed.isIsomorphicWith(direct), "written Turtle does not parse back to the converted model");
    }

    @Test
    void oneNodePerRowTypedByItsLevel() throws Exception {
        assumeTrue(Files.isRegularFile(RESEARCH_TSV), "research table absent");
        List<AdminDivision> rows;
        try (Reader in = Files.newBufferedReader(RESEARCH_TSV)) {
            rows = AdminDivisionTable.read(in, "nk-admin-divisions.tsv");
        }
        assertEquals(215, rows.size(), "nk-admin-divisions.md documents 215 rows");
        Model model = researchModel();
        assertEquals(rows.size(), model.listSubjects().toList().size());
        Map<AdminLevel, Long> perLevel = rows.stream()
                .collect(Collectors.groupingBy(AdminDivision::level, Collectors.counting()));
        assertEquals(Map.of(AdminLevel.PROVINCE, 9L, AdminLevel.SPECIAL_CITY, 4L, AdminLevel.COUNTY, 143L,
                AdminLevel.CITY, 24L, AdminLevel.DISTRICT, 35L), perLevel, "counts in nk-admin-divisions.md");
        assertEquals(9, typed(model, NKG.Province));
        assertEquals(4, typed(model, NKG.SpecialCity));
        assertEquals(143, typed(model, NKG.County));
        assertEquals(24, typed(model, NKG.City));
        assertEquals(35, typed(model, NKG.District));
        for (AdminDivision row : rows) {
            Resource place = model.getResource(NKGID.place(row.id()).getURI());
            assertEquals(1, place.listProperties(RDF.type).toList().size(), row.id());
            assertEquals(1, place.listProperties(SKOS.prefLabel).toList().size(), row.id());
        }
    }

    @Test
    void everyPlaceHasOneParentThatExists() {
        assumeTrue(Files.isRegularFile(RESEARCH_TSV), "research table absent");
        Model model = researchModel();
        Set<Resource> places = new HashSet<>(model.listSubjects().toList());
        for (Resource place : places) {
            List<RDFNode> parents = model.listObjectsOfProperty(place, NKG.partOf).toList();
            assertEquals(1, parents.size(), place.getURI());
            boolean firstLevel = place.hasProperty(RDF.type, NKG.Province)
                    || place.hasProperty(RDF.type, NKG.SpecialCity);
            if (firstLevel) {
                assertEquals(NKGID.place("north-korea"), parents.get(0), place.getURI());
            } else {
                assertTrue(places.contains(parents.get(0).asResource()), place.getURI() + " -> " + parents);
            }
        }
    }

    @Test
    void spellingsLeadToTheRightPlaces() {
        assumeTrue(Files.isRegularFile(RESEARCH_TSV), "research table absent");
        Model model = researchModel();
        assertLabelOf(model, "South Phyongan", "south-pyongan");
        assertLabelOf(model, "South Pyongan", "south-pyongan");
        assertLabelOf(model, "Sinpho", "south-hamgyong/sinpo");
        assertLabelOf(model, "Sinpo", "south-hamgyong/sinpo");
        assertLabelOf(model, "Jangyon", "south-hwanghae/changyon");
        assertLabelOf(model, "Changyon", "south-hwanghae/changyon");
        assertLabelOf(model, "Changyon County", "south-hwanghae/changyon");
        assertLabelOf(model, "Sinyang", "south-pyongan/sinyang");
        Resource changyon = model.getResource(NKGID.place("south-hwanghae/changyon").getURI());
        assertEquals(Set.of("Jangyon"), strings(changyon, SKOS.prefLabel), "the North's own romanisation");
    }

    @Test
    void hangulCarriesKoreanAndRomanisationsEnglish() {
        assumeTrue(Files.isRegularFile(RESEARCH_TSV), "research table absent");
        Model model = researchModel();
        Set<Property> labels = Set.of(SKOS.prefLabel, SKOS.altLabel, RDFS.label,
                NKG.mcCuneReischauer, NKG.revisedRomanization);
        model.listStatements().filterKeep(s -> labels.contains(s.getPredicate())).forEach(s -> {
            String expected = PlaceNameLib.isHangul(s.getString()) ? "ko" : "en";
            assertEquals(expected, s.getLiteral().getLanguage(), s.toString());
        });
        model.listObjectsOfProperty(NKG.hangul).forEach(o -> assertEquals("ko",
                o.asLiteral().getLanguage()));
    }

    static Model researchModel() {
        try (Reader in = Files.newBufferedReader(RESEARCH_TSV, StandardCharsets.UTF_8)) {
            return AdminDivisionConverter.toModel(in, "nk-admin-divisions.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Model parse(Path turtle) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(turtle).lang(Lang.TURTLE).parse(model);
        return model;
    }

    private static void assertLabelOf(Model model, String label, String id) {
        Set<String> owners = model.listStatements().filterKeep(s -> s.getObject().isLiteral()
                        && (s.getPredicate().equals(SKOS.prefLabel) || s.getPredicate().equals(SKOS.altLabel))
                        && s.getString().equals(label))
                .mapWith(s -> s.getSubject().getURI()).toSet();
        assertEquals(Set.of(NKGID.place(id).getURI()), owners, label);
    }

    private static long typed(Model model, Resource type) {
        return model.listSubjectsWithProperty(RDF.type, type).toList().size();
    }

    private static Set<String> strings(Resource subject, Property property) {
        Function<RDFNode, String> text = n -> n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
        return subject.getModel().listObjectsOfProperty(subject, property).mapWith(text).toSet();
    }

    private static BigDecimal decimal(Literal literal) {
        return new BigDecimal(literal.getLexicalForm());
    }
}
