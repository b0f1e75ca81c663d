package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.DocumentSource;
import org.nkgraph.doc.PublicationDate;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.vocab.NKGID;

/** Sentences written for these tests, with and without a publication date. */
class MeetingPolicyExtractorTest {

    private static final MeetingPolicyExtractor EXTRACTOR = new MeetingPolicyExtractor(ReferenceData.bundled());
    private static final String KIM = NKGID.person("kim-jong-un").getURI();
    private static final String WPK = NKGID.org("workers-party-of-korea").getURI();
    private static final String CC = NKGID.org("wpk-central-committee").getURI();
    private static final String SPA = NKGID.org("supreme-peoples-assembly").getURI();
    private static final String POLICY = NKGID.entity("policy", "regional-development-20x10").getURI();

    private static AnalyzedDocument analyze(String text, LocalDate published, AnalysisStage dates) {
        PublicationDate date = published == null ? null : PublicationDate.ofDate(published, published.toString());
        Document doc = new Document(DocumentSource.ofFile(Path.of("test.txt"), "txt"), null, date, null, null, null,
                null, null, null, text);
        return StandInStages.pipeline(StandInStages.coreference(Map.of("Kim", KIM, "He", KIM)), dates, EXTRACTOR)
                .analyze(doc);
    }

    private static AnalyzedDocument analyze(String text, LocalDate published) {
        return analyze(text, published, StandInStages.realDates());
    }

    private static MeetingMention only(List<MeetingMention> meetings) {
        assertEquals(1, meetings.size(), meetings.toString());
        return meetings.get(0);
    }

    private static PolicyMention policy(AnalyzedDocument a, String iri) {
        List<PolicyMention> of = a.policies().stream().filter(p -> p.policy().equals(iri)).toList();
        assertEquals(1, of.size(), a.policies().toString());
        return of.get(0);
    }

    @Test
    void numberedCongressInDigitsAndWordsIsOneMeeting() {
        AnalyzedDocument a = analyze("Delegates gathered for the 8th Party Congress. Few had expected the eighth "
                + "party congress to last a week.", null);
        assertEquals(2, a.meetings().size(), a.meetings().toString());
        for (MeetingMention m : a.meetings()) {
            assertEquals(NKGID.event("wpk-congress-8").getURI(), m.iri());
            assertEquals("PartyCongress", m.className());
            assertEquals(8, m.ordinal());
            assertEquals(WPK, m.heldBy());
            assertFalse(m.time().isResolved());
            assertTrue(m.label().contains("8th Congress"), m.label());
        }
        MeetingMention first = a.meetings().get(0);
        assertEquals("8th Party Congress", a.text().substring(first.start(), first.end()));
    }

    @Test
    void congressOfANamedPartyEarlyNextYear() {
        MeetingMention m = only(analyze("Analysts expect the 9th Congress of the WPK early next year.",
                LocalDate.of(2025, 3, 1)).meetings());
        assertEquals(9, m.ordinal());
        assertEquals(WPK, m.heldBy());
        assertEquals(LocalDate.of(2026, 1, 1), m.time().earliest());
        assertEquals(LocalDate.of(2026, 4, 30), m.time().latest());
        assertEquals("early next year", m.dateText());
    }

    @Test
    void plenaryMeetingOfThePartyIsHeldByItsCentralCommitteeAndKeyedByMonth() {
        AnalyzedDocument a = analyze("The country is set to hold a plenary meeting of the Workers' Party of Korea "
                + "in mid-December. Officials are busy ahead of the party plenary meeting.",
                LocalDate.of(2025, 11, 20));
        assertEquals(2, a.meetings().size(), a.meetings().toString());
        MeetingMention m = a.meetings().get(0);
        assertEquals("PlenaryMeeting", m.className());
        assertEquals(CC, m.heldBy());
        assertEquals(NKGID.event("wpk-cc-plenary-2025-12").getURI(), m.iri());
        assertEquals(LocalDate.of(2025, 12, 11), m.time().earliest());
        assertEquals(LocalDate.of(2025, 12, 20), m.time().latest());
        assertEquals(m.iri(), a.meetings().get(1).iri());
        assertFalse(a.meetings().get(1).time().isResolved());
    }

    @Test
    void numberedPlenaryOfANumberedCentralCommittee() {
        MeetingMention m = only(analyze("The Ninth Plenary Meeting of the Eighth Central Committee closed.", null)
                .meetings());
        assertEquals(NKGID.event("wpk-cc-8-plenary-9").getURI(), m.iri());
        assertEquals(9, m.ordinal());
        assertEquals(CC, m.heldBy());
    }

    @Test
    void assemblySessions() {
        MeetingMention m = only(analyze("The law passed at the SPA in January last year.",
                LocalDate.of(2025, 2, 10)).meetings());
        assertEquals("AssemblySession", m.className());
        assertEquals(SPA, m.heldBy());
        assertEquals("2024-01", m.time().exact());
        assertEquals(NKGID.event("spa-session-2024-01").getURI(), m.iri());

        MeetingMention s = only(analyze("Deputies met for a session of the Supreme People's Assembly in March 2023.",
                null).meetings());
        assertEquals(NKGID.event("spa-session-2023-03").getURI(), s.iri());
    }

    @Test
    void aCongressDatedByYearGetsItsNumberFromTheCalendar() {
        MeetingMention m = only(analyze("The party congress in 2021 set new goals.", null).meetings());
        assertEquals(NKGID.event("wpk-congress-8").getURI(), m.iri());
        assertEquals("2021", m.time().exact());
    }

    @Test
    void aMeetingWithoutNumberOrResolvableDateIsLeftOut() {
        assertTrue(analyze("A plenary meeting is due in mid-December.", null).meetings().isEmpty());
        assertTrue(analyze("The U.S. Congress passed a bill on Friday.", LocalDate.of(2025, 1, 3)).meetings()
                .isEmpty());
    }

    @Test
    void aMonthAheadIsNextYearsMonth() {
        MeetingMention m = only(analyze("The upcoming ninth congress, which officials think will be held in "
                + "February, draws near.", LocalDate.of(2025, 12, 5)).meetings());
        assertEquals(YearMonth.of(2026, 2).toString(), m.time().exact());
    }

    @Test
    void theDateStageValueIsPreferred() {
        TimeValue given = TimeValue.between(LocalDate.of(2025, 12, 9), LocalDate.of(2025, 12, 19));
        AnalyzedDocument a = analyze("A plenary meeting of the WPK is planned in mid-December.",
                LocalDate.of(2025, 11, 2), StandInStages.dates(Map.of("in mid-December", given)));
        assertEquals(given, only(a.meetings()).time());
    }

    @Test
    void policyIntroducedAtAMeetingWithTargets() {
        AnalyzedDocument a = analyze("Kim launched the Regional Development 20x10 Policy at the SPA in January last "
                + "year, vowing to erect mills in 20 cities and counties every year for a decade.",
                LocalDate.of(2025, 1, 15));
        PolicyMention p = policy(a, POLICY);
        assertEquals(KIM, p.introducedBy());
        assertEquals(NKGID.event("spa-session-2024-01").getURI(), p.introducedAt());
        assertEquals("2024-01", p.introduced().exact());
        assertEquals(20, p.annualTarget());
        assertEquals("cities and counties", p.targetUnit());
        assertEquals(10, p.durationYears());
    }

    @Test
    void anotherNameOfThePolicyBecomesAMention() {
        AnalyzedDocument a = analyze("The Local Development 20X10 plan aims at twenty counties a year.", null);
        Mention m = a.mentions().stream().filter(x -> POLICY.equals(x.entity())).findFirst().orElseThrow();
        assertEquals("Local Development 20X10 plan", m.text());
        PolicyMention p = policy(a, POLICY);
        assertEquals(20, p.annualTarget());
        assertEquals("counties", p.targetUnit());
        assertNull(p.introducedBy());
    }

    @Test
    void theProjectStandsForThePolicyNamedBefore() {
        AnalyzedDocument a = analyze("Kim unveiled his regional development plan in 2024. Under the project, new "
                + "mills are to rise in ten regions each year over a 10-year period.", null);
        List<PolicyMention> ps = a.policies();
        assertEquals(2, ps.size(), ps.toString());
        assertEquals(KIM, ps.get(0).introducedBy());
        assertEquals("2024", ps.get(0).introduced().exact());
        assertEquals(POLICY, ps.get(1).policy());
        assertEquals(10, ps.get(1).annualTarget());
        assertEquals("regions", ps.get(1).targetUnit());
        assertEquals(10, ps.get(1).durationYears());
    }

    @Test
    void fiveYearPlanIsKeyedByTheCongressThatAdoptedIt() {
        AnalyzedDocument a = analyze("At the eighth party congress in 2021, the party adopted a five-year plan for "
                + "the economy. Back then, the last party congress in 2021 set out a five-year economic plan.", null);
        String plan = NKGID.entity("policy", "five-year-plan-wpk-congress-8").getURI();
        List<PolicyMention> ps = a.policies().stream().filter(p -> p.policy().equals(plan)).toList();
        assertEquals(2, ps.size(), a.policies().toString());
        for (PolicyMention p : ps) {
            assertEquals(NKGID.event("wpk-congress-8").getURI(), p.introducedAt());
            assertEquals("2021", p.introduced().exact());
            assertEquals(5, p.durationYears());
        }
        NewEntity e = a.newEntities().stream().filter(x -> x.iri().equals(plan)).findFirst().orElseThrow();
        assertEquals("Policy", e.className());
        assertTrue(e.label().startsWith("Five-Year Plan"), e.label());
    }

    @Test
    void aPlanKeyedByYearAndAnExpectedPlanThatIsNotOneYet() {
        AnalyzedDocument a = analyze("In 2016 the cabinet launched a five-year national plan. Observers think a "
                + "further five-year plan is expected to be presented at the ninth congress.", null);
        List<String> plans = a.newEntities().stream().map(NewEntity::iri).toList();
        assertEquals(List.of(NKGID.entity("policy", "five-year-plan-2016").getURI()), plans);
    }

    @Test
    void placesWithoutAYearlyCueAreNoTarget() {
        AnalyzedDocument a = analyze("Under the Regional Development 20x10 Policy, mills now stand in 40 cities and "
                + "counties.", null);
        assertTrue(a.policies().isEmpty(), a.policies().toString());
    }

    @Test
    void offsetsLieInsideTheirSentence() {
        AnalyzedDocument a = analyze("Kim launched the Regional Development 20x10 Policy at the SPA in January last "
                + "year. The 8th Party Congress met in 2021.", LocalDate.of(2025, 1, 15));
        for (MeetingMention m : a.meetings()) {
            Sentence s = a.sentences().get(m.sentenceIndex());
            assertTrue(s.start() <= m.start() && m.end() <= s.end(), m.toString());
        }
        for (PolicyMention p : a.policies()) {
            Sentence s = a.sentences().get(p.sentenceIndex());
            assertTrue(s.start() <= p.start() && p.end() <= s.end(), p.toString());
        }
    }

    @Test
    void aVerbWithAnObjectOfItsOwnDoesNotIntroduceThePolicyBeforeIt() {
        AnalyzedDocument a = analyze("Under the Regional Development 20x10 Policy, Kim Jong Un adopted new farming "
                + "rules.", null);
        assertTrue(a.policies().isEmpty(), a.policies().toString());
    }

    @Test
    void aSecondVerbDoesNotUndoWhatTheFirstSaid() {
        AnalyzedDocument a = analyze("Kim announced the Regional Development 20x10 Policy, pledging to establish "
                + "mills in 20 regions each year.", null);
        PolicyMention p = policy(a, POLICY);
        assertEquals(KIM, p.introducedBy());
        assertEquals(20, p.annualTarget());
    }

    @Test
    void aCountryIsNoAgentAndASentenceThatSaysNothingGivesNoPolicyMention() {
        AnalyzedDocument a = analyze("North Korea introduced its regional development policy to narrow gaps.", null);
        assertTrue(a.policies().isEmpty(), a.policies().toString());
        assertTrue(a.mentions().stream().anyMatch(m -> POLICY.equals(m.entity())));
    }

    @Test
    void aNumberAndPartyReadAsAPartysNameNumberTheCongress() {
        Document doc = new Document(DocumentSource.ofFile(Path.of("test.txt"), "txt"), null, null, null, null, null,
                null, null, null, "Few delegates at the Tenth Party Congress spoke of the economy.");
        AnalyzedDocument a = StandInStages.pipeline(
                StandInStages.names(StandInStages.NewName.org("Tenth Party", "PoliticalParty")),
                StandInStages.noCoreference(), StandInStages.realDates(), EXTRACTOR).analyze(doc);
        MeetingMention m = only(a.meetings());
        assertEquals(NKGID.event("wpk-congress-10").getURI(), m.iri());
        assertEquals(WPK, m.heldBy());
    }

    @Test
    void aCongressSoonAfterTheLastKnownOneIsTheNextOne() {
        AnalyzedDocument soon = analyze("Officials praised the party congress in March 2026 for its long agenda.",
                LocalDate.of(2026, 5, 2));
        assertEquals(NKGID.event("wpk-congress-9").getURI(), only(soon.meetings()).iri());
        AnalyzedDocument late = analyze("Officials praised the party congress in March 2031 for its long agenda.",
                LocalDate.of(2031, 5, 2));
        assertEquals(NKGID.event("wpk-congress-2031").getURI(), only(late.meetings()).iri());
    }

    @Test
    void itAtTheStartOfTheNextSentenceStandsForThePolicy() {
        AnalyzedDocument a = analyze("Pyongyang keeps praising the Regional Development 20x10 Policy. It requires "
                + "new mills in 20 cities and counties each year for ten years.", null);
        PolicyMention p = policy(a, POLICY);
        assertEquals(20, p.annualTarget());
        assertEquals(10, p.durationYears());
        AnalyzedDocument far = analyze("Pyongyang keeps praising the Regional Development 20x10 Policy. Crowds "
                + "gathered in the rain. It requires new mills in 20 cities and counties each year.", null);
        assertTrue(far.policies().stream().noneMatch(x -> x.annualTarget() != null), far.policies().toString());
    }

    @Test
    void thePlanAfterPlansOfAKindIsAPlanOfThatKind() {
        AnalyzedDocument a = analyze("Five-year plans set the pace of the economy. The plan adopted at the eighth "
                + "party congress in 2021 stressed coal and steel.", null);
        String plan = NKGID.entity("policy", "five-year-plan-wpk-congress-8").getURI();
        PolicyMention p = a.policies().stream().filter(x -> x.policy().equals(plan) && x.introducedAt() != null)
                .findFirst().orElseThrow(() -> new AssertionError(a.policies().toString()));
        assertEquals(NKGID.event("wpk-congress-8").getURI(), p.introducedAt());
        assertEquals(5, p.durationYears());
    }

    @Test
    void theLegislatureWouldConveneInAMonthAhead() {
        AnalysisStage dates = new DateFinder(DateRules.bundled());
        AnalyzedDocument a = analyze("State radio said the country's legislature would convene in Pyongyang in "
                + "early November to pass a budget.", LocalDate.of(2027, 8, 3), dates);
        MeetingMention m = only(a.meetings());
        assertEquals("AssemblySession", m.className());
        assertEquals(SPA, m.heldBy());
        assertEquals(NKGID.event("spa-session-2027-11").getURI(), m.iri());
    }

    @Test
    void aPlanAdoptedInTheYearOfTheDocumentsOneMeetingIsThatMeetingsPlan() {
        AnalyzedDocument a = analyze("The eighth party congress met in January 2021. Delegates approved a five-year "
                + "plan in 2021, state media said.", null);
        List<String> plans = a.newEntities().stream().map(NewEntity::iri).toList();
        assertEquals(List.of(NKGID.entity("policy", "five-year-plan-wpk-congress-8").getURI()), plans);
    }
}
