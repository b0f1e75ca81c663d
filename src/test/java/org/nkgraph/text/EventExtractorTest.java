package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.DocumentSource;
import org.nkgraph.doc.PublicationDate;
import org.nkgraph.pipeline.Analyzers;
import org.nkgraph.reference.ReferenceData;

/** Events found in sentences written for these tests, through the whole standard analysis. */
class EventExtractorTest {

    private static final String PLACE = "https://w3id.org/nkgraph/id/place/";
    private static final String LEADER = "https://w3id.org/nkgraph/id/person/kim-jong-un";
    /** A Thursday. */
    private static final LocalDate JUNE_4 = LocalDate.of(2026, 6, 4);

    private final AnalysisPipeline pipeline = Analyzers.standard(ReferenceData.bundled());

    private List<EventMention> events(String text) {
        PublicationDate p = PublicationDate.ofDate(JUNE_4, JUNE_4.toString());
        Document d = new Document(DocumentSource.ofFile(Path.of("t.txt"), "txt"), null, p, null, null, null, null,
                null, null, text);
        return pipeline.analyze(d).events();
    }

    @Test
    void anInspectionWithItsLeaderPlaceAndDate() {
        List<EventMention> es = events("Kim Jong Un inspected a shoe factory in Hwangju County on Tuesday.");
        assertEquals(1, es.size(), es.toString());
        EventMention e = es.get(0);
        assertEquals("Inspection", e.eventClass());
        assertEquals(List.of(PLACE + "north-hwanghae/hwangju"), e.places());
        assertEquals("2026-06-02", e.time().exact());
        assertTrue(e.participants().contains(new Participation(LEADER, "leader")), e.participants().toString());
    }

    @Test
    void eachTriggerTakesThePlacesAndDatesOfItsOwnClause() {
        List<EventMention> es = events("On Monday, ceremonies took place in Anju City and Kaechon City, followed "
                + "by ceremonies on Wednesday in Hoeryong City and Tanchon City.");
        assertEquals(2, es.size(), es.toString());
        assertEquals(List.of(PLACE + "south-pyongan/anju", PLACE + "south-pyongan/kaechon"), es.get(0).places());
        assertEquals("2026-06-01", es.get(0).time().exact());
        assertEquals(List.of(PLACE + "north-hamgyong/hoeryong", PLACE + "south-hamgyong/tanchon"),
                es.get(1).places());
        assertEquals("2026-06-03", es.get(1).time().exact());
        assertTrue(es.get(0).participants().isEmpty(), "nobody is said to have attended");
    }

    @Test
    void theFinestPlaceIsKept() {
        EventMention e = events("Kim Jong Un visited a farm in Sukchon County, South Pyongan Province.").get(0);
        assertEquals(List.of(PLACE + "south-pyongan/sukchon"), e.places());
    }

    @Test
    void plansAndPreparationsAreNotEvents() {
        assertEquals(List.of(), events("Workers tidied the halls ahead of their opening ceremonies."));
        assertEquals(List.of(), events("The inauguration ceremonies are set for later this month in Anju City."));
    }

    @Test
    void aFollowUpWithoutPlaceOrDateJoinsTheEventBefore() {
        List<EventMention> es = events("Kim Jong Un attended the inauguration of a food factory in Unchon County "
                + "on Tuesday. During the ceremony, he cut the ribbon and toured the production lines.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(2, es.get(0).evidence().size());
    }

    @Test
    void peopleAlsoPresentTakePart() {
        EventMention e = events("Kim Jong Un cut the ribbon at a new plant in Kimchaek City on Monday. "
                + "Also present were Premier Pak Thae-song and other officials.").get(0);
        assertTrue(e.participants().contains(
                new Participation("https://w3id.org/nkgraph/id/person/pak-thae-song", "also present")),
                e.participants().toString());
    }

    @Test
    void aPlaceTheEventWasNotInIsLeftOut() {
        EventMention e = events("Kim Jong Un toured new plants in Songchon County, far beyond Pyongyang, on "
                + "Monday.").get(0);
        assertEquals(List.of(PLACE + "south-pyongan/songchon"), e.places());
    }

    @Test
    void peopleNamedBeforeACueTakePartToo() {
        EventMention e = events("Kim Jong Un opened a shoe factory in Hwangju County on Tuesday. Premier Pak "
                + "Thae-song accompanied him.").get(0);
        assertTrue(e.participants().contains(
                new Participation("https://w3id.org/nkgraph/id/person/pak-thae-song", "accompanying")),
                e.participants().toString());
    }

    @Test
    void aDeadlineOrAStartingPointDatesNoEvent() {
        EventMention e = events("Later, Kim Jong Un inspected a hospital site in Anju City and told builders to "
                + "finish by October.").get(0);
        assertTrue(!e.time().isResolved(), e.time().toString());
    }

    @Test
    void aTourAtAnOpeningIsPartOfIt() {
        List<EventMention> es = events("Kim Jong Un opened new factories in Anju City on Tuesday. He toured the "
                + "production lines in Anju City.");
        assertEquals(1, es.size(), es.toString());
        assertEquals("Inauguration", es.get(0).eventClass());
    }

    @Test
    void aVagueDateKeepsItsBounds() {
        EventMention e = events("Kim Jong Un inspected a hospital site in Anju City in early May.").get(0);
        assertEquals(LocalDate.of(2026, 5, 1), e.time().earliest());
        assertEquals(LocalDate.of(2026, 5, 10), e.time().latest());
        assertEquals("2026-05", e.time().commonPeriod());
    }
}
