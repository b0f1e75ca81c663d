package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.DocumentSource;
import org.nkgraph.pipeline.Analyzers;
import org.nkgraph.reference.ReferenceData;

/** Sentences written for these tests; the reference data is the real bundled one. */
class GazetteerMentionFinderTest {

    private static final String ID = "https://w3id.org/nkgraph/id/";
    private final AnalysisPipeline pipeline = Analyzers.standard(ReferenceData.bundled());

    private List<Mention> mentions(String text) {
        Document doc = Document.ofText(DocumentSource.ofFile(Path.of("test.txt"), "txt"), text);
        return pipeline.analyze(doc).mentions();
    }

    private Optional<Mention> find(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    @Test
    void findsSpellingVariantsOfOnePlace() {
        List<Mention> ms = mentions("Crews finished a plant in South Phyongan last spring. "
                + "Another one opened in South Pyongan Province in the autumn.");
        Mention a = find(ms, "South Phyongan").orElseThrow();
        Mention b = find(ms, "South Pyongan Province").orElseThrow();
        assertEquals(ID + "place/south-pyongan", a.entity());
        assertEquals(a.entity(), b.entity());
        assertEquals(EntityClass.PLACE, a.entityClass());
    }

    @Test
    void offsetsAreExact() {
        String text = "Reporters waited in Sinpho.\nThe leader, Kim Jong-un, arrived at noon.";
        for (Mention m : mentions(text)) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        Mention kim = find(mentions(text), "Kim Jong-un").orElseThrow();
        assertEquals(ID + "person/kim-jong-un", kim.entity());
        assertEquals(EntityClass.PERSON, kim.entityClass());
        assertEquals(1, kim.sentenceIndex());
    }

    @Test
    void longestNameWins() {
        List<Mention> ms = mentions("A spokesman for the Workers' Party of Korea spoke on Monday.");
        Mention party = find(ms, "Workers' Party of Korea").orElseThrow();
        assertEquals(EntityClass.ORGANIZATION, party.entityClass());
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Korea")), ms.toString());
    }

    @Test
    void caseOnlyDifferenceIsAcceptedForMultiWordNames() {
        Mention m = find(mentions("A spokesperson of the unification ministry declined to comment."),
                "unification ministry").orElseThrow();
        assertEquals(EntityClass.ORGANIZATION, m.entityClass());
        assertTrue(m.confidence() < 0.95);
    }

    @Test
    void aPlaceNameInsideALongerCapitalisedNameIsNotAPlace() {
        List<Mention> ms = mentions("The Pyongyang Times ran a long feature on the new mills.");
        assertTrue(find(ms, "Pyongyang").isEmpty(), ms.toString());
    }

    @Test
    void aTypeWordMayFollowAPlaceName() {
        List<Mention> ms = mentions("Workers gathered in Kangdong County for the ceremony.");
        Mention m = ms.stream().filter(x -> x.text().startsWith("Kangdong")).findFirst().orElseThrow();
        assertNotNull(m.entity());
    }

    @Test
    void aSharedNameStaysUndecidedWithoutContext() {
        // Two counties are romanised Unsan (North Pyongan and South Pyongan).
        Mention m = find(mentions("Farmers in Unsan planted early this year."), "Unsan").orElseThrow();
        assertNull(m.entity());
        assertEquals("gazetteer:ambiguous", m.rule());
    }

    @Test
    void aSharedNameIsDecidedByTheProvinceNamedInTheArticle() {
        Mention m = find(mentions("Farmers in Unsan planted early this year. The county lies in North "
                + "Pyongan Province."), "Unsan").orElseThrow();
        assertEquals(ID + "place/north-pyongan/unsan", m.entity());
        assertEquals("gazetteer:context", m.rule());
    }

    @Test
    void aPossessiveDoesNotHideAName() {
        List<Mention> ms = mentions("Kim Jong Un's visit followed North Korea’s announcement.");
        assertEquals(ID + "person/kim-jong-un", find(ms, "Kim Jong Un").orElseThrow().entity());
        assertTrue(find(ms, "North Korea").isPresent(), ms.toString());
    }
}
