package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.DocumentSource;
import org.nkgraph.pipeline.Analyzers;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.sys.NkGraphException;
import org.nkgraph.vocab.NKGID;

/** Sentences written for these tests, run through the standard pipeline with the real bundled reference data. */
class NamePatternFinderTest {

    private static final AnalysisPipeline PIPELINE = Analyzers.standard(ReferenceData.bundled());

    private static AnalyzedDocument analyze(String text) {
        AnalyzedDocument doc = PIPELINE.analyze(Document.ofText(DocumentSource.ofFile(Path.of("t.txt"), "txt"), text));
        for (Mention m : doc.mentions()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets of " + m);
        }
        return doc;
    }

    private static Optional<Mention> find(AnalyzedDocument doc, String text) {
        return doc.mentions().stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private static Mention get(AnalyzedDocument doc, String text) {
        return find(doc, text).orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + doc.mentions()));
    }

    private static NewEntity entity(AnalyzedDocument doc, String iri) {
        return doc.newEntities().stream().filter(e -> e.iri().equals(iri)).findFirst()
                .orElseThrow(() -> new AssertionError("no new entity " + iri + " in " + doc.newEntities()));
    }

    private static List<Mention> people(AnalyzedDocument doc) {
        return doc.mentions().stream().filter(m -> m.entityClass() == EntityClass.PERSON).toList();
    }

    @Test
    void koreanNamesInEverySpellingAndHyphenation() {
        AnalyzedDocument doc = analyze("Ri Song-chol spoke first. Later Ri Song Chol answered questions, and "
                + "Choe Ryong Hae and Jo Yong-won listened. Kim Yo Jong was not there.");
        Mention hyphen = get(doc, "Ri Song-chol");
        Mention spaced = get(doc, "Ri Song Chol");
        assertEquals(NKGID.person("ri-song-chol").getURI(), hyphen.entity());
        assertEquals(hyphen.entity(), spaced.entity());
        assertEquals(EntityClass.PERSON, hyphen.entityClass());
        assertEquals(NKGID.person("choe-ryong-hae").getURI(), get(doc, "Choe Ryong Hae").entity());
        assertEquals(NKGID.person("jo-yong-won").getURI(), get(doc, "Jo Yong-won").entity());
        assertEquals(NKGID.person("kim-yo-jong").getURI(), get(doc, "Kim Yo Jong").entity());
        NewEntity ri = entity(doc, hyphen.entity());
        assertEquals("Ri Song-chol", ri.label());
        assertEquals(Set.of("Ri Song Chol"), ri.names());
    }

    @Test
    void aBylineInCapitalsIsAJournalist() {
        AnalyzedDocument doc = analyze("HAN MI-RA\nA new bridge opened over the river on Monday.");
        Mention m = get(doc, "HAN MI-RA");
        assertEquals(NKGID.person("han-mi-ra").getURI(), m.entity());
        NewEntity e = entity(doc, m.entity());
        assertEquals("Han Mi-ra", e.label());
        assertEquals("Journalist", e.className());
    }

    @Test
    void aReferencePersonIsLeftToTheGazetteer() {
        AnalyzedDocument doc = analyze("Kim Jong-un spoke. Later Kim Jong Un waved to the crowd.");
        assertEquals(2, people(doc).size());
        assertTrue(people(doc).stream().allMatch(m -> m.rule().equals("gazetteer")), people(doc).toString());
        assertTrue(doc.newEntities().isEmpty(), doc.newEntities().toString());
    }

    @Test
    void theClassComesFromTitleOrApposition() {
        AnalyzedDocument doc = analyze("Pyon Hye-min, a professor at Kyungnam University, said the plan was bold. "
                + "Vice Premier Tak Song-il disagreed. Pae Un-ju, a spokeswoman for the cabinet, declined to comment.");
        assertEquals("Analyst", entity(doc, get(doc, "Pyon Hye-min").entity()).className());
        assertEquals("Official", entity(doc, get(doc, "Tak Song-il").entity()).className());
        assertEquals("Official", entity(doc, get(doc, "Pae Un-ju").entity()).className());
        assertEquals("University", entity(doc, get(doc, "Kyungnam University").entity()).className());
    }

    @Test
    void aNonKoreanNameIsAPersonOnlyAfterATitle() {
        AnalyzedDocument doc = analyze("Secretary of State Marco Rubio met the envoy. Later Marco Rubio left.");
        List<Mention> ps = people(doc);
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("Marco Rubio", ps.get(0).text());
        assertEquals("names:person:titled", ps.get(0).rule());
        assertEquals("Official", entity(doc, ps.get(0).entity()).className());
    }

    @Test
    void aCountyNamedAfterAPersonIsNotAPerson() {
        AnalyzedDocument doc = analyze("Farmers in Kim Hyong Jik County harvested early. A dam rose in Kim Chol Ho "
                + "County last year.");
        assertTrue(people(doc).isEmpty(), people(doc).toString());
        assertEquals(EntityClass.PLACE, get(doc, "Kim Hyong Jik County").entityClass());
        Mention created = get(doc, "Kim Chol Ho County");
        assertEquals(EntityClass.PLACE, created.entityClass());
        assertEquals("County", entity(doc, created.entity()).className());
    }

    @Test
    void aNewspaperIsNotAPerson() {
        AnalyzedDocument doc = analyze("The Kang Sinmun reported the opening, as did the Rodong Sinmun.");
        assertTrue(people(doc).isEmpty(), people(doc).toString());
        Mention paper = get(doc, "Kang Sinmun");
        assertEquals(EntityClass.ORGANIZATION, paper.entityClass());
        assertEquals("MediaOutlet", entity(doc, paper.entity()).className());
        assertEquals(EntityClass.ORGANIZATION, get(doc, "Rodong Sinmun").entityClass());
    }

    @Test
    void aFamilyNameAloneAndEnglishWordsAreNotPeople() {
        AnalyzedDocument doc = analyze("Kim toured a farm. So far the Han River has not flooded. Song Of Joy played.");
        assertTrue(people(doc).isEmpty(), people(doc).toString());
    }

    @Test
    void organizationsGetTheirClassFromTheHeadWord() {
        AnalyzedDocument doc = analyze("Experts at the Korea Institute for National Unification and the Sejong "
                + "Institute spoke to the Ministry of Foreign Affairs and to Kim Il Sung University. The ministry "
                + "did not reply.");
        assertEquals("ResearchInstitute", entity(doc, get(doc, "Korea Institute for National Unification").entity())
                .className());
        assertEquals("ResearchInstitute", entity(doc, get(doc, "Sejong Institute").entity()).className());
        assertEquals("Ministry", entity(doc, get(doc, "Ministry of Foreign Affairs").entity()).className());
        assertEquals("University", entity(doc, get(doc, "Kim Il Sung University").entity()).className());
        assertTrue(find(doc, "ministry").isEmpty() && find(doc, "The ministry").isEmpty(), doc.mentions().toString());
        assertTrue(people(doc).isEmpty(), people(doc).toString());
    }

    @Test
    void aDepartmentOfThePartyIsAPartyBody() {
        AnalyzedDocument doc = analyze("He heads the Organisation and Guidance Department of the WPK Central "
                + "Committee. The State Planning Department disagreed.");
        assertEquals("PartyBody", entity(doc, get(doc, "Organisation and Guidance Department").entity())
                .className());
        assertEquals("GovernmentBody", entity(doc, get(doc, "State Planning Department").entity()).className());
    }

    @Test
    void aShortPartyNameTheGazetteerKnowsInFullIsTheReferenceBody() {
        AnalyzedDocument doc = analyze("The Central Committee of the party met in Pyongyang.");
        Mention m = get(doc, "Central Committee");
        assertEquals(NKGID.org("wpk-central-committee").getURI(), m.entity());
        assertEquals("names:org:party-short", m.rule());
    }

    @Test
    void twoCountriesForeignMinistriesStayApart() {
        AnalyzedDocument doc = analyze("North Korea's Foreign Ministry rejected the claim. Japan's Foreign Ministry "
                + "protested.");
        List<Mention> ministries = doc.mentions().stream().filter(m -> m.text().equals("Foreign Ministry")).toList();
        assertEquals(2, ministries.size());
        assertNotEquals(ministries.get(0).entity(), ministries.get(1).entity());
    }

    @Test
    void aNewCountyGetsTheProvinceNamedAfterIt() {
        AnalyzedDocument doc = analyze("A mill opened in Ponghwa County, South Hwanghae Province, on Monday.");
        Mention m = get(doc, "Ponghwa County");
        assertEquals(NKGID.place("south-hwanghae/ponghwa").getURI(), m.entity());
        NewEntity e = entity(doc, m.entity());
        assertEquals("Ponghwa", e.label());
        assertEquals(NKGID.place("south-hwanghae").getURI(), e.partOf());
    }

    @Test
    void eachNameInAListIsItsOwnPlace() {
        AnalyzedDocument doc = analyze("Factories opened in Sinyang, Tokpo, Kyongam and Ryonhwa counties, South "
                + "Pyongan Province.");
        assertEquals(NKGID.place("south-pyongan/sinyang").getURI(), get(doc, "Sinyang").entity());
        Mention tokpo = get(doc, "Tokpo");
        Mention kyongam = get(doc, "Kyongam");
        assertEquals(NKGID.place("south-pyongan/tokpo").getURI(), tokpo.entity());
        assertNotEquals(tokpo.entity(), kyongam.entity());
        assertEquals("County", entity(doc, get(doc, "Ryonhwa").entity()).className());
        assertTrue(find(doc, "Ryonhwa counties").isEmpty());
    }

    @Test
    void anElidedNameInAListIsNoPlace() {
        AnalyzedDocument doc = analyze("Rain fell across North and South Hwanghae provinces on Sunday.");
        assertTrue(find(doc, "North").isEmpty(), doc.mentions().toString());
        assertEquals(NKGID.place("south-hwanghae").getURI(), get(doc, "South Hwanghae").entity());
        assertTrue(doc.newEntities().isEmpty(), doc.newEntities().toString());
    }

    @Test
    void aSharedNameIsDecidedByTheProvinceNamedAfterTheList() {
        // Both Pyongan provinces are named, so the article alone cannot tell which Unsan; the list says it.
        AnalyzedDocument doc = analyze("Officials of South Pyongan and North Pyongan met. Work began in Unsan and "
                + "Hyangsan counties, North Pyongan Province.");
        Mention unsan = get(doc, "Unsan");
        assertEquals(NKGID.place("north-pyongan/unsan").getURI(), unsan.entity());
    }

    @Test
    void theCityOfANewNameIsACity() {
        AnalyzedDocument doc = analyze("He arrived in the northern port city of Sohak on Friday.");
        Mention m = get(doc, "Sohak");
        assertEquals("City", entity(doc, m.entity()).className());
        assertEquals(NKGID.entity("place", "sohak").getURI(), m.entity());
    }

    @Test
    void numberedFactoriesInOneCountyAreTwoFacilities() {
        AnalyzedDocument doc = analyze("Workers at Factory No. 12 in Kangdong County cheered. Workers at "
                + "Factory No. 14 in Kangdong County waved.");
        Mention three = get(doc, "Factory No. 12");
        Mention four = get(doc, "Factory No. 14");
        assertEquals(EntityClass.FACILITY, three.entityClass());
        assertNotNull(three.entity());
        assertNotEquals(three.entity(), four.entity());
    }

    @Test
    void aKindOfFacilityWithItsPlaceHasAnIriAndTheFactoryThereIsTheSame() {
        AnalyzedDocument doc = analyze("A local industrial factory in Sinyang County opened. Workers at the factory "
                + "in Sinyang County cheered, and factory workers elsewhere watched. A hospital was planned.");
        Mention kind = get(doc, "local industrial factory");
        assertEquals(NKGID.entity("facility", "south-pyongan/sinyang/local-industry-factory").getURI(),
                kind.entity());
        Mention again = doc.mentions().stream().filter(m -> m.text().equals("factory")).findFirst().orElseThrow();
        assertEquals(kind.entity(), again.entity());
        assertEquals(2, doc.mentions().stream().filter(m -> m.entityClass() == EntityClass.FACILITY).count(),
                doc.mentions().toString());
        assertEquals("Factory", entity(doc, kind.entity()).className());
    }

    @Test
    void factoriesInTwoCountiesAreNoOneFacility() {
        AnalyzedDocument doc = analyze("Regional factories in Sinyang and Pukchang counties opened.");
        Mention m = get(doc, "Regional factories");
        assertNull(m.entity());
    }

    @Test
    void aNameWithAPossessiveIsStillFound() {
        AnalyzedDocument doc = analyze("The Workers' Party's plan was praised in Pyongyang’s press.");
        assertEquals(NKGID.org("workers-party-of-korea").getURI(), get(doc, "Workers' Party").entity());
        assertEquals(NKGID.place("pyongyang").getURI(), get(doc, "Pyongyang").entity());
    }

    @Test
    void aBadPatternFailsNamingFileAndLine() {
        RuleFile.Row row = RuleFile.parse("bad.tsv", List.of("# comment", "x\t(unclosed"), 2).rows().get(0);
        NkGraphException e = assertThrows(NkGraphException.class, () -> NamePatterns.bundled().compile(row, 1, 0));
        assertTrue(e.getMessage().startsWith("bad.tsv:2:"), e.getMessage());
    }
    @Test
    void politicalBureauIsAPartyBodyAndAnOrdinalPartyCongressIsNoParty() {
        AnalyzedDocument doc = analyze("Officials gathered in the capital. Han Sol-gi, a member of the Presidium of "
                + "the Political Bureau of the WPK Central Committee, gave a report to the Sixth Party Conference.");
        Mention bureau = get(doc, "Presidium of the Political Bureau");
        assertEquals("PartyBody", entity(doc, bureau.entity()).className());
        assertTrue(doc.mentions().stream().noneMatch(m -> m.text().equals("Sixth Party")), doc.mentions().toString());
    }

    @Test
    void aProvincialCommitteeNamedAfterItsProvinceIsAUnitOfTheParty() {
        AnalyzedDocument doc = analyze("The rally drew large crowds. Om Tae-gil, chief secretary of the South "
                + "Hamgyong Provincial Committee of the WPK, addressed it.");
        Mention committee = get(doc, "South Hamgyong Provincial Committee");
        Mention party = get(doc, "WPK");
        assertTrue(doc.relations().stream().anyMatch(r -> r.subject().equals(committee.entity())
                && r.property().equals("subOrganizationOf") && r.object().equals(party.entity())),
                doc.relations().toString());
    }
    @Test
    void foreignCountriesRiversAndSeasArePlacesOutsideAnyProvince() {
        AnalyzedDocument doc = analyze("Freight moved slowly. Manpho in Jagang Province lies on the Amnok River, "
                + "opposite Ji'an in China, and the Tumen River flows to the East Sea. The Yellow Sea Daily said so.");
        Mention river = get(doc, "Amnok River");
        assertNull(entity(doc, river.entity()).partOf(), "a river is in no province");
        assertEquals("Country", entity(doc, get(doc, "China").entity()).className());
        assertEquals(EntityClass.PLACE, get(doc, "East Sea").entityClass());
        assertTrue(find(doc, "Yellow Sea").isEmpty(), "a newspaper's name is not a sea");
    }
    @Test
    void aChiefSecretaryOfAProvincialCommitteeHoldsThatPosition() {
        AnalyzedDocument doc = analyze("The plant opened on Friday. Om Tae-gil, chief secretary of the South "
                + "Hamgyong Provincial Committee of the WPK, cut the ribbon.");
        Mention person = get(doc, "Om Tae-gil");
        Mention committee = get(doc, "South Hamgyong Provincial Committee");
        assertTrue(doc.positions().stream().anyMatch(p -> p.holder().equals(person.entity())
                && p.title().equals("chief secretary") && committee.entity().equals(p.organization())),
                doc.positions().toString());
    }
}
