package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.DocumentSource;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.text.StandInStages.NewName;
import org.nkgraph.vocab.NKGID;

/** Sentences written for these tests; names the reference data lacks come from a stand-in names stage. */
class RelationExtractorTest {

    private static final RelationExtractor RELATIONS = new RelationExtractor(ReferenceData.bundled());
    private static final String KIM = NKGID.person("kim-jong-un").getURI();
    private static final String JU_AE = NKGID.person("kim-ju-ae").getURI();
    private static final String PAK = NKGID.person("pak-thae-song").getURI();
    private static final String JU = NKGID.person("ju-chang-il").getURI();
    private static final String CABINET = NKGID.org("cabinet-of-north-korea").getURI();
    private static final String WPK = NKGID.org("workers-party-of-korea").getURI();
    private static final String CC = NKGID.org("wpk-central-committee").getURI();
    private static final String MOU = NKGID.org("ministry-of-unification").getURI();
    private static final String NIS = NKGID.org("national-intelligence-service").getURI();
    private static final String INSS = NKGID.org("institute-for-national-security-strategy").getURI();
    private static final String UNKS = NKGID.org("university-of-north-korean-studies").getURI();
    private static final NewName RI = NewName.person("Ri Chol-man");
    private static final NewName HAN = NewName.person("Han Song-ok");
    private static final NewName YO_JONG = NewName.person("Kim Yo Jong");
    private static final NewName SOL_JU = NewName.person("Ri Sol Ju");
    private static final NewName OGD = NewName.org("Organization and Guidance Department", "PartyBody");

    private static AnalyzedDocument analyze(String text, AnalysisStage names, AnalysisStage coreference) {
        Document doc = Document.ofText(DocumentSource.ofFile(Path.of("test.txt"), "txt"), text);
        return StandInStages.pipeline(names, coreference, RELATIONS).analyze(doc);
    }

    private static AnalyzedDocument analyze(String text, NewName... names) {
        return analyze(text, StandInStages.names(names), StandInStages.noCoreference());
    }

    private static PositionMention only(List<PositionMention> positions, String holder) {
        List<PositionMention> of = positions.stream().filter(p -> p.holder().equals(holder)).toList();
        assertEquals(1, of.size(), positions.toString());
        return of.get(0);
    }

    private static boolean has(AnalyzedDocument a, String subject, String property, String object) {
        return a.relations().stream().anyMatch(r -> r.subject().equals(subject) && r.property().equals(property)
                && r.object().equals(object));
    }

    @Test
    void appositionWithAnOrganizationWrittenInLowerCase() {
        AnalyzedDocument a = analyze("Pak Thae-song, premier of the cabinet, cut the ribbon at a new mill.");
        PositionMention p = only(a.positions(), PAK);
        assertEquals("premier", p.title());
        assertEquals(CABINET, p.organization());
        assertEquals("position:apposition", p.rule());
        Mention cabinet = a.mentions().stream().filter(m -> m.text().equals("cabinet")).findFirst().orElseThrow();
        assertEquals(CABINET, cabinet.entity());
        assertEquals("cabinet", a.text().substring(cabinet.start(), cabinet.end()));
    }

    @Test
    void appositionWithArticleModifiersAndPrepositions() {
        AnalyzedDocument a = analyze("Ri Chol-man, a spokesperson with the South Korean unification ministry, "
                + "declined to say more.", RI);
        PositionMention p = only(a.positions(), RI.iri());
        assertEquals("spokesperson", p.title());
        assertEquals(MOU, p.organization());

        AnalyzedDocument b = analyze("Ri Chol-man, deputy spokesperson at the unification ministry in Seoul, "
                + "spoke to reporters on Monday.", RI);
        PositionMention q = only(b.positions(), RI.iri());
        assertEquals("deputy spokesperson", q.title());
        assertEquals(MOU, q.organization());
    }

    @Test
    void departmentOfTheCentralCommitteeIsItsSubOrganization() {
        AnalyzedDocument a = analyze("Ju Chang-il, director of the Organization and Guidance Department of the "
                + "Party Central Committee, read a long report.", OGD);
        PositionMention p = only(a.positions(), JU);
        assertEquals("director", p.title());
        assertEquals(OGD.iri(), p.organization());
        assertTrue(has(a, OGD.iri(), "subOrganizationOf", CC), a.relations().toString());
    }

    @Test
    void titleBeforeTheNameHasNoOrganization() {
        AnalyzedDocument a = analyze("Premier Pak Thae-song toured a fish farm. General Secretary Kim Jong Un "
                + "spoke later.");
        PositionMention pak = only(a.positions(), PAK);
        assertEquals("Premier", pak.title());
        assertNull(pak.organization());
        assertEquals("position:title-name", pak.rule());
        assertEquals("General Secretary", only(a.positions(), KIM).title());
    }

    @Test
    void generalSecretaryOfTheParty() {
        AnalyzedDocument a = analyze("The drill was watched by Kim Jong Un, General Secretary of the Workers’ "
                + "Party of Korea, from a hill.");
        PositionMention p = only(a.positions(), KIM);
        assertEquals("General Secretary", p.title());
        assertEquals(WPK, p.organization());
    }

    @Test
    void organizationBeforeTitleAndName() {
        AnalyzedDocument a = analyze("The unification ministry spokesperson Ri Chol-man gave no details.", RI);
        PositionMention p = only(a.positions(), RI.iri());
        assertEquals("spokesperson", p.title());
        assertEquals(MOU, p.organization());
    }

    @Test
    void presidentOfAUniversity() {
        AnalyzedDocument a = analyze("Han Song-ok, president of the University of North Korean Studies, said "
                + "the mills matter.", HAN);
        PositionMention p = only(a.positions(), HAN.iri());
        assertEquals("president", p.title());
        assertEquals(UNKS, p.organization());
    }

    @Test
    void titleWithoutOrganization() {
        AnalyzedDocument a = analyze("Han Song-ok, a senior researcher, said the pace is fast.", HAN);
        PositionMention p = only(a.positions(), HAN.iri());
        assertEquals("researcher", p.title());
        assertNull(p.organization());
    }

    @Test
    void aFormerTitleIsNoPosition() {
        AnalyzedDocument a = analyze("Pak Thae-song, the former premier of the cabinet, was not seen.");
        assertTrue(a.positions().isEmpty(), a.positions().toString());
    }

    @Test
    void wordsThatAreNotTitlesGiveNoPosition() {
        AnalyzedDocument a = analyze("Han Song-ok, a senior official at the unification ministry, left.", HAN);
        assertTrue(a.positions().isEmpty(), a.positions().toString());
    }

    @Test
    void daughterNamedAfterAParenthesis() {
        AnalyzedDocument a = analyze("Kim Jong Un arrived, accompanied by his daughter (thought to be about ten) "
                + "Kim Ju-ae.");
        assertTrue(has(a, JU_AE, "daughterOf", KIM), a.relations().toString());
        assertTrue(has(a, KIM, "parentOf", JU_AE), a.relations().toString());
    }

    @Test
    void daughterAfterACommaWithCoreference() {
        AnalyzedDocument a = analyze("The leader waved. He was joined by his daughter, Kim Ju-ae, at the plant.",
                StandInStages.names(), StandInStages.coreference(Map.of("He", KIM, "his", KIM)));
        assertTrue(has(a, JU_AE, "daughterOf", KIM), a.relations().toString());
    }

    @Test
    void sisterAndWife() {
        AnalyzedDocument a = analyze("Kim Jong Un toured the site with his sister Kim Yo Jong. Kim Jong Un's wife "
                + "Ri Sol Ju was also there.", YO_JONG, SOL_JU, NewName.person("Kim Jong Un"));
        assertTrue(has(a, YO_JONG.iri(), "siblingOf", KIM), a.relations().toString());
        assertTrue(has(a, KIM, "siblingOf", YO_JONG.iri()), a.relations().toString());
        assertTrue(has(a, SOL_JU.iri(), "spouseOf", KIM), a.relations().toString());
    }

    @Test
    void unnamedDaughterNamedInALaterSentence() {
        AnalyzedDocument a = analyze("Kim Jong Un inspected a shoe plant with his daughter on Friday. State "
                + "television did not give her name, but analysts identified her as Kim Ju-ae.");
        assertTrue(has(a, JU_AE, "daughterOf", KIM), a.relations().toString());
        RelationMention r = a.relations().stream().filter(x -> x.subject().equals(JU_AE)).findFirst().orElseThrow();
        assertEquals(1, r.sentenceIndex());
        assertEquals("family:identified-as", r.rule());
    }

    @Test
    void herFatherResolvedByCoreference() {
        AnalyzedDocument a = analyze("Kim Ju-ae waved to the crowd. She stood next to her father all day.",
                StandInStages.names(), StandInStages.coreference(Map.of("She", JU_AE, "her", JU_AE, "father", KIM)));
        assertTrue(has(a, KIM, "parentOf", JU_AE), a.relations().toString());
        assertTrue(has(a, JU_AE, "daughterOf", KIM), a.relations().toString());
    }

    @Test
    void aDaughterThatIsNeverNamedGivesNoRelation() {
        AnalyzedDocument a = analyze("Kim Jong Un came with his daughter. Officials welcomed them.");
        assertTrue(a.relations().isEmpty(), a.relations().toString());
    }

    @Test
    void affiliatedWithAcrossAPossessiveCountry() {
        AnalyzedDocument a = analyze("The Institute for National Security Strategy, a think tank affiliated with "
                + "South Korea's National Intelligence Service, issued a report.");
        assertTrue(has(a, INSS, "affiliatedWith", NIS), a.relations().toString());
    }

    @Test
    void unitUnderAndPossessive() {
        AnalyzedDocument a = analyze("The Organization and Guidance Department under the WPK chose the cadres.",
                OGD);
        assertTrue(has(a, OGD.iri(), "subOrganizationOf", WPK), a.relations().toString());
        AnalyzedDocument b = analyze("The NIS-affiliated INSS wrote a paper.");
        assertTrue(has(b, INSS, "affiliatedWith", NIS), b.relations().toString());
    }

    @Test
    void aCountryIsNotAParentOrganization() {
        AnalyzedDocument a = analyze("Analysts at South Korea's unification ministry disagreed.");
        assertTrue(a.relations().isEmpty(), a.relations().toString());
    }

    @Test
    void offsetsLieInsideTheirSentence() {
        AnalyzedDocument a = analyze("Ri Chol-man, a spokesperson with the unification ministry, spoke. Kim Jong Un "
                + "arrived, accompanied by his daughter Kim Ju-ae.", RI);
        for (PositionMention p : a.positions()) {
            Sentence s = a.sentences().get(p.sentenceIndex());
            assertTrue(s.start() <= p.start() && p.end() <= s.end(), p.toString());
        }
        for (RelationMention r : a.relations()) {
            Sentence s = a.sentences().get(r.sentenceIndex());
            assertTrue(s.start() <= r.start() && r.end() <= s.end(), r.toString());
        }
    }

    @Test
    void aUnitOfAnOrganizationNamedWithAPossessive() {
        // The gazetteer does not read "WPK's" as a name; the coreference stand-in gives it.
        AnalyzedDocument a = analyze("The WPK's Organization and Guidance Department picked the cadres.",
                StandInStages.names(OGD), StandInStages.coreference(Map.of("WPK", WPK)));
        assertTrue(has(a, OGD.iri(), "subOrganizationOf", WPK), a.relations().toString());
    }

    @Test
    void aParticipleBeforeATitleIsNoApposition() {
        AnalyzedDocument a = analyze("Kim Jong Un, accompanied by the premier of the cabinet, toured a mill.");
        assertTrue(a.positions().stream().noneMatch(p -> p.holder().equals(KIM)), a.positions().toString());
    }

    @Test
    void whoServesAs() {
        AnalyzedDocument a = analyze("Han Song-ok, who serves as director of the Institute for National Security "
                + "Strategy, spoke first.", HAN);
        PositionMention p = only(a.positions(), HAN.iri());
        assertEquals("director", p.title());
        assertEquals(INSS, p.organization());
        assertEquals("position:who-is", p.rule());
    }

    @Test
    void titleOfOrganizationBeforeTheName() {
        AnalyzedDocument a = analyze("Director of the Organization and Guidance Department Han Song-ok met them.",
                HAN, OGD);
        PositionMention p = only(a.positions(), HAN.iri());
        assertEquals(OGD.iri(), p.organization());
    }

    @Test
    void relativeOfALeaderDescribedBeforeHisName() {
        AnalyzedDocument a = analyze("Kim Yo Jong, the powerful sister of leader Kim Jong Un, issued a statement.",
                YO_JONG);
        assertTrue(has(a, YO_JONG.iri(), "siblingOf", KIM), a.relations().toString());
    }

    @Test
    void aCountrysMinisterHasNoOrganization() {
        // The gazetteer does not read "Korea's" as a name; the coreference stand-in gives it.
        AnalyzedDocument a = analyze("Han Song-ok, North Korea's foreign minister, flew to Moscow.",
                StandInStages.names(HAN), StandInStages.coreference(Map.of("North Korea",
                        NKGID.place("north-korea").getURI())));
        PositionMention p = only(a.positions(), HAN.iri());
        assertEquals("minister", p.title());
        assertNull(p.organization());
        assertEquals("position:country-title", p.rule());
    }

    @Test
    void chiefSecretaryOfAProvincialCommitteeThatStartsWithAPlaceName() {
        NewName committee = NewName.org("South Hwanghae Provincial Committee", "PartyBody");
        // The gazetteer has found the province in the committee's name; a name finder adds the longer name over it.
        AnalysisStage names = new StandInStages.Stage("names over places", Set.of(Layer.MENTIONS), doc -> {
            StandInStages.names(RI).process(doc);
            int at = doc.text().indexOf(committee.text());
            doc.addMention(new Mention(at, at + committee.text().length(), committee.text(), committee.kind(),
                    committee.iri(), 0, "test:name", 0.9));
            doc.addNewEntity(new NewEntity(committee.iri(), committee.className(), committee.text(), Set.of(), null));
        });
        AnalyzedDocument a = analyze("Ri Chol-man, chief secretary of the South Hwanghae Provincial Committee of "
                + "the WPK, read a letter of thanks.", names, StandInStages.noCoreference());
        assertTrue(a.mentions().stream().anyMatch(m -> m.entityClass() == EntityClass.PLACE
                && m.text().equals("South Hwanghae")), a.mentions().toString());
        PositionMention p = only(a.positions(), RI.iri());
        assertEquals("chief secretary", p.title());
        assertEquals(committee.iri(), p.organization());
        assertTrue(has(a, committee.iri(), "subOrganizationOf", WPK), a.relations().toString());
    }

    @Test
    void whoWasNamedATitle() {
        AnalyzedDocument a = analyze("Han Song-ok, who was appointed a deputy director of the Central Committee "
                + "of the Workers' Party of Korea last year, inspected the mill.", HAN);
        PositionMention p = only(a.positions(), HAN.iri());
        assertEquals("deputy director", p.title());
        assertEquals(CC, p.organization());
    }

    @Test
    void memberOfThePresidiumIsOneTitle() {
        AnalyzedDocument a = analyze("Han Song-ok, a member of the Presidium of the Workers' Party of Korea, "
                + "toured the port.", HAN);
        PositionMention p = only(a.positions(), HAN.iri());
        assertEquals("member of the Presidium", p.title());
        assertEquals(WPK, p.organization());
    }
}
