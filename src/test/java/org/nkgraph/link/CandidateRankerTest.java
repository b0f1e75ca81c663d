package org.nkgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nkgraph.vocab.WD;

/** Ranking decisions on hand-made candidates: type, country, parent, threshold, ambiguity, items already taken. */
class CandidateRankerTest {
    private static final String NK = WD.NS + "Q423";
    private static final String SK = WD.NS + "Q884";
    private static final String HUMAN = WD.NS + "Q5";
    private static final String PROVINCE = WD.NS + "Q109361";

    private final CandidateRanker ranker = new CandidateRanker(0.8);

    @Test
    void aPersonNeedsAHumanOfTheRightCountry() {
        LinkTarget person = new LinkTarget("urn:p", LinkTarget.Kind.PERSON, "A", List.of("A"), NK, null);
        Candidate human = new Candidate(WD.NS + "Q1", true, Set.of(HUMAN), Set.of(NK), Set.of(), false);
        Candidate place = new Candidate(WD.NS + "Q2", true, Set.of(WD.NS + "Q3"), Set.of(NK), Set.of(), true);
        Candidate foreigner = new Candidate(WD.NS + "Q4", true, Set.of(HUMAN), Set.of(SK), Set.of(), false);
        LinkDecision d = ranker.decide(person, List.of(place, foreigner, human), Set.of());
        assertEquals(WD.NS + "Q1", d.item());
        assertEquals(0.9, d.score());
        assertTrue(d.method().contains("country Q423"), d.method());
    }

    @Test
    void aPlaceGainsFromItsParentAndLosesFromAnother() {
        LinkTarget county = new LinkTarget("urn:c", LinkTarget.Kind.PLACE, "B", List.of("B"), NK, PROVINCE);
        Candidate inProvince = new Candidate(WD.NS + "Q1", false, Set.of(), Set.of(NK), Set.of(PROVINCE), true);
        Candidate elsewhere = new Candidate(WD.NS + "Q2", true, Set.of(), Set.of(NK), Set.of(WD.NS + "Q9"), true);
        LinkDecision d = ranker.decide(county, List.of(elsewhere, inProvince), Set.of());
        assertEquals(WD.NS + "Q1", d.item());
        assertEquals(0.9, d.score());
    }

    @Test
    void equalFitsAreAmbiguousAndTakenItemsAreSkipped() {
        LinkTarget person = new LinkTarget("urn:p", LinkTarget.Kind.PERSON, "A", List.of("A"), NK, null);
        Candidate one = new Candidate(WD.NS + "Q1", true, Set.of(HUMAN), Set.of(NK), Set.of(), false);
        Candidate two = new Candidate(WD.NS + "Q2", true, Set.of(HUMAN), Set.of(NK), Set.of(), false);
        assertEquals(LinkDecision.Status.AMBIGUOUS, ranker.decide(person, List.of(one, two), Set.of()).status());
        LinkDecision d = ranker.decide(person, List.of(one, two), Set.of(WD.NS + "Q1"));
        assertEquals(WD.NS + "Q2", d.item());
    }

    @Test
    void withoutCountryOrTypeEvidenceANameAloneIsBelowTheThreshold() {
        LinkTarget person = new LinkTarget("urn:p", LinkTarget.Kind.PERSON, "A", List.of("A"), null, null);
        Candidate human = new Candidate(WD.NS + "Q1", true, Set.of(HUMAN), Set.of(NK), Set.of(), false);
        assertEquals(LinkDecision.Status.BELOW_THRESHOLD, ranker.decide(person, List.of(human), Set.of()).status());
        assertEquals(LinkDecision.Status.NO_CANDIDATE, ranker.decide(person, List.of(), Set.of()).status());
    }
}
