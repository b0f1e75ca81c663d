package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.DocumentSource;
import org.nkgraph.doc.PublicationDate;
import org.nkgraph.pipeline.Analyzers;
import org.nkgraph.reference.ReferenceData;

/** The date stage on sentences written for these tests, with publication dates chosen per test. */
class DateFinderTest {

    /** Wednesday. */
    private static final LocalDate JAN_8 = LocalDate.of(2025, 1, 8);
    /** Friday. */
    private static final LocalDate DEC_5 = LocalDate.of(2025, 12, 5);

    private static final AnalysisPipeline PIPELINE = pipeline();

    static AnalysisPipeline pipeline() {
        NlpModels models = NlpModels.english();
        return AnalysisPipeline.of(new SentenceSplitter(models), new DateFinder(DateRules.bundled()));
    }

    static Document document(String text, LocalDate published) {
        PublicationDate p = published == null ? null : PublicationDate.ofDate(published, published.toString());
        return new Document(DocumentSource.ofFile(Path.of("t.txt"), "txt"), null, p, null, null, null, null, null,
                null, text);
    }

    /** The mentions of a text, each checked to stand at its exact offsets. */
    private static List<DateMention> dates(String text, LocalDate published) {
        List<DateMention> ms = PIPELINE.analyze(document(text, published)).dates();
        for (DateMention m : ms) {
            assertEquals(m.text(), text.substring(m.start(), m.end()), m.toString());
        }
        return ms;
    }

    private static DateMention only(String text, LocalDate published) {
        List<DateMention> ms = dates(text, published);
        assertEquals(1, ms.size(), ms.toString());
        return ms.get(0);
    }

    private static DateMention find(List<DateMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + ms));
    }

    /** Asserts exact (null for none) and bounds, given as ISO strings. */
    static void assertValue(DateMention m, String exact, String earliest, String latest) {
        assertEquals(new TimeValue(exact, LocalDate.parse(earliest), LocalDate.parse(latest)), m.value(),
                m.toString());
    }

    private static void assertDay(DateMention m, String day) {
        assertValue(m, day, day, day);
    }

    @Test
    void fullDatesInEveryCommonSpelling() {
        String text = "The plant opened on December 18, 2025, after a test run on 08 Jan. 2025 and an audit dated "
                + "2025-12-05. A second one followed on Tuesday, Dec. 23, 2025.";
        List<DateMention> ms = dates(text, null);
        assertEquals(4, ms.size(), ms.toString());
        assertDay(find(ms, "on December 18, 2025"), "2025-12-18");
        assertDay(find(ms, "on 08 Jan. 2025"), "2025-01-08");
        assertDay(find(ms, "2025-12-05"), "2025-12-05");
        assertDay(find(ms, "on Tuesday, Dec. 23, 2025"), "2025-12-23");
        assertTrue(ms.stream().allMatch(m -> m.rule().equals("date:absolute")), ms.toString());
    }

    @Test
    void yearsAndMonthsWithTheirYearNeedNoAnchor() {
        List<DateMention> ms = dates("The board was set up in 2021 and met again in January 2024.", null);
        assertValue(find(ms, "in 2021"), "2021", "2021-01-01", "2021-12-31");
        assertEquals("date:year", find(ms, "in 2021").rule());
        assertValue(find(ms, "in January 2024"), "2024-01", "2024-01-01", "2024-01-31");
    }

    @Test
    void monthDayWithoutYearTakesTheRecentOne() {
        List<DateMention> ms = dates("Crews broke ground on December 30. The first shift started on January 12. "
                + "A ribbon was cut on 20 January.", JAN_8);
        assertDay(find(ms, "on December 30"), "2024-12-30");
        // Up to a week after publication still reads as this year's...
        assertDay(find(ms, "on January 12"), "2025-01-12");
        // ...beyond that, as last year's: news reports the past.
        assertDay(find(ms, "on 20 January"), "2024-01-20");
        assertTrue(ms.stream().allMatch(m -> m.rule().equals("date:month-day")), ms.toString());
    }

    @Test
    void futureWordingTakesTheNextOne() {
        assertDay(only("The next session is scheduled for January 20.", JAN_8), "2025-01-20");
        assertDay(only("Officials said a new plant will open on January 3.", JAN_8), "2026-01-03");
        assertValue(only("The congress, which experts think will be held in February, matters.", DEC_5),
                "2026-02", "2026-02-01", "2026-02-28");
        assertValue(only("Output fell sharply in February.", DEC_5), "2025-02", "2025-02-01", "2025-02-28");
        assertValue(only("Output fell sharply in December.", DEC_5), "2025-12", "2025-12-01", "2025-12-31");
    }

    @Test
    void periodsCountedFromPublication() {
        String text = "The law passed in January last year. Trade shrank last year, grew this year and may grow "
                + "next year. Exports rose last month, this month and next month. Talks ran this week after "
                + "failing last week.";
        List<DateMention> ms = dates(text, JAN_8);
        assertValue(find(ms, "in January last year"), "2024-01", "2024-01-01", "2024-01-31");
        assertEquals("date:relative-year", find(ms, "in January last year").rule());
        assertValue(find(ms, "last year"), "2024", "2024-01-01", "2024-12-31");
        assertValue(find(ms, "this year"), "2025", "2025-01-01", "2025-12-31");
        assertValue(find(ms, "next year"), "2026", "2026-01-01", "2026-12-31");
        assertValue(find(ms, "last month"), "2024-12", "2024-12-01", "2024-12-31");
        assertValue(find(ms, "this month"), "2025-01", "2025-01-01", "2025-01-31");
        assertValue(find(ms, "next month"), "2025-02", "2025-02-01", "2025-02-28");
        assertValue(find(ms, "this week"), null, "2025-01-06", "2025-01-12");
        assertValue(find(ms, "last week"), null, "2024-12-30", "2025-01-05");
        assertDay(only("The first plant opened on December 18 last year.", JAN_8), "2024-12-18");
        assertValue(only("The plan was adopted last January.", DEC_5), "2025-01", "2025-01-01", "2025-01-31");
    }

    @Test
    void vaguePartsOfMonthsAndYears() {
        String text = "A plenum is due in mid-December, after reviews in early December. Repairs end in late "
                + "December. A congress follows early next year. Prices rose late last year. Both sites open by "
                + "the end of the year.";
        List<DateMention> ms = dates(text, DEC_5);
        assertValue(find(ms, "in mid-December"), null, "2025-12-11", "2025-12-20");
        assertEquals("date:vague-month", find(ms, "in mid-December").rule());
        assertValue(find(ms, "in early December"), null, "2025-12-01", "2025-12-10");
        assertValue(find(ms, "in late December"), null, "2025-12-21", "2025-12-31");
        assertValue(find(ms, "early next year"), null, "2026-01-01", "2026-04-30");
        assertValue(find(ms, "late last year"), null, "2024-09-01", "2024-12-31");
        assertValue(find(ms, "by the end of the year"), null, "2025-12-01", "2025-12-31");
        assertValue(only("Farms stood idle in late February.", LocalDate.of(2024, 3, 10)), null, "2024-02-21",
                "2024-02-29");
        assertValue(only("Work slowed at the end of November.", DEC_5), null, "2025-11-21", "2025-11-30");
        assertValue(only("Work began at the beginning of 2024.", null), null, "2024-01-01", "2024-04-30");
        assertValue(only("Sales peaked in mid-2023.", null), null, "2023-05-01", "2023-08-31");
        assertValue(only("Sales rose earlier this month.", DEC_5), null, "2025-12-01", "2025-12-05");
        assertValue(only("Plants open later this year.", DEC_5), null, "2025-12-05", "2025-12-31");
    }

    @Test
    void yearEndOnlyWhenClearlyADate() {
        assertValue(only("All mills must run by year-end.", DEC_5), null, "2025-12-01", "2025-12-31");
        assertValue(only("Results are due by the year's end.", JAN_8), null, "2025-12-01", "2025-12-31");
        assertTrue(dates("The rally celebrated year-end achievements.", DEC_5).isEmpty());
    }

    @Test
    void durationsAreNotDates() {
        String text = "The plan runs for a decade. Forty plants rose over a 10-year period. It took them in less "
                + "than two years. They adopted a five-year plan. Visits grew in recent months and may grow in "
                + "coming months. Output doubled over the last year. Twenty plants open each year.";
        assertTrue(dates(text, DEC_5).isEmpty(), dates(text, DEC_5).toString());
    }

    @Test
    void monthNamesCountOnlyCapitalised() {
        assertTrue(dates("Officials may 5 times revise the plan; troops march in file.", DEC_5).isEmpty());
    }

    @Test
    void weekdaysAreTheLastOneBeforePublication() {
        List<DateMention> ms = dates("Kim toured a mill on Wednesday. He hailed Tuesday's ceremony. "
                + "A farm opened on Friday.", DEC_5);
        assertDay(find(ms, "on Wednesday"), "2025-12-03");
        assertDay(find(ms, "Tuesday"), "2025-12-02");
        // The publication day itself is a Friday: the weekday is the one before it.
        assertDay(find(ms, "on Friday"), "2025-11-28");
        assertEquals("date:weekday", find(ms, "on Friday").rule());
    }

    @Test
    void weekdaysInTodayOrFutureWording() {
        assertDay(find(dates("Today the leader opened a farm on Friday.", DEC_5), "on Friday"), "2025-12-05");
        assertDay(only("The new line will start on Tuesday.", DEC_5), "2025-12-09");
        assertDay(only("A mill opened last Friday.", DEC_5), "2025-11-28");
        assertDay(only("The vote on Tuesday will decide it.", DEC_5), "2025-12-09");
        // A future word in a later clause says nothing about the date.
        assertDay(only("Officials on Monday unveiled a scheme that will cut costs.", DEC_5), "2025-12-01");
    }

    @Test
    void reportDatesAreMarked() {
        List<DateMention> ms = dates("Kim opened a plant on Tuesday, the agency said Wednesday. "
                + "State media reported Friday that he praised workers. KCNA on Thursday reported the visit.",
                DEC_5);
        DateMention said = find(ms, "Wednesday");
        assertEquals("date:weekday:report", said.rule());
        assertDay(said, "2025-12-03");
        // A report may come out the day the article is published.
        assertDay(find(ms, "Friday"), "2025-12-05");
        assertEquals("date:weekday:report", find(ms, "Friday").rule());
        assertEquals("date:weekday:report", find(ms, "on Thursday").rule());
        assertEquals("date:weekday", find(ms, "on Tuesday").rule());
    }

    @Test
    void shiftsCountFromThePreviousDate() {
        String text = "Kim opened a plant on Wednesday. One day earlier, he toured a farm. The next day he met "
                + "staff. Two days later he left. A week later he came back, and the day before that he rested.";
        List<DateMention> ms = dates(text, LocalDate.of(2025, 12, 20));
        assertDay(find(ms, "on Wednesday"), "2025-12-17");
        assertDay(find(ms, "One day earlier"), "2025-12-16");
        assertDay(find(ms, "The next day"), "2025-12-17");
        assertDay(find(ms, "Two days later"), "2025-12-19");
        assertDay(find(ms, "A week later"), "2025-12-26");
        assertDay(find(ms, "the day before"), "2025-12-25");
        assertTrue(ms.stream().filter(m -> !m.text().equals("on Wednesday"))
                .allMatch(m -> m.rule().equals("date:relative-day")), ms.toString());
    }

    @Test
    void moreShiftWords() {
        List<DateMention> ms = dates("A dam opened on December 10. The previous day a road opened, and a day "
                + "later a school. A bridge opened the same day.", LocalDate.of(2025, 12, 20));
        assertDay(find(ms, "The previous day"), "2025-12-09");
        assertDay(find(ms, "a day later"), "2025-12-10");
        assertDay(find(ms, "the same day"), "2025-12-10");
    }

    @Test
    void afterWithAClauseCountsFromTheDateInIt() {
        String text = "On December 18, Kim opened a mill. The visit came just three days after he opened a "
                + "clinic on December 15.";
        List<DateMention> ms = dates(text, LocalDate.of(2025, 12, 20));
        assertDay(find(ms, "three days after"), "2025-12-18");
        // With no date in its clause, the count is from the date before it.
        List<DateMention> ms2 = dates("He opened a plant on Monday. He came back three days after the opening.",
                DEC_5);
        assertDay(find(ms2, "on Monday"), "2025-12-01");
        assertDay(find(ms2, "three days after"), "2025-12-04");
    }

    @Test
    void reportDatesAreNotCountedFrom() {
        List<DateMention> ms = dates("Kim inspected a farm on Tuesday, state media said Wednesday. A day "
                + "earlier he chaired a meeting.", DEC_5);
        assertDay(find(ms, "A day earlier"), "2025-12-01");
    }

    @Test
    void shiftFromAnUnresolvedOrVagueDateIsUnresolved() {
        List<DateMention> ms = dates("Kim toured a mill on Friday. One day earlier, he opened a plant.", null);
        assertEquals(2, ms.size(), ms.toString());
        assertFalse(find(ms, "One day earlier").value().isResolved());
        DateMention next = find(dates("The law passed in January last year. The next day, crowds gathered.", JAN_8),
                "The next day");
        assertFalse(next.value().isResolved());
        assertFalse(only("Two days later, crews left.", JAN_8).value().isResolved());
    }

    @Test
    void withoutAnAnchorOnlyStatedYearsResolve() {
        String text = "On December 18, Kim opened a plant. State media reported Sunday that he visited a farm on "
                + "Friday. The policy began last year, and a congress meets early next year. A drill was held "
                + "yesterday. The party last met in 2021.";
        List<DateMention> ms = dates(text, null);
        for (DateMention m : ms) {
            assertEquals(m.text().equals("in 2021"), m.value().isResolved(), m.toString());
        }
        assertEquals(7, ms.size(), ms.toString());
        assertEquals("date:weekday:report", find(ms, "Sunday").rule());
        DateMention dec18 = find(ms, "On December 18");
        assertEquals(Optional.of(MonthDay.of(12, 18)), DateFinder.monthDayOf(dec18));
        assertEquals(Optional.empty(), DateFinder.monthDayOf(find(ms, "in 2021")));
    }

    @Test
    void daysNamedFromPublication() {
        List<DateMention> ms = dates("A drill was held yesterday. Another one took place three days ago.", DEC_5);
        assertDay(find(ms, "yesterday"), "2025-12-04");
        assertDay(find(ms, "three days ago"), "2025-12-02");
    }

    @Test
    void theStandardPipelineFindsDates() {
        AnalysisPipeline standard = Analyzers.standard(ReferenceData.bundled());
        AnalyzedDocument a = standard.analyze(document("Kim visited Sinpho on Wednesday.", DEC_5));
        assertTrue(a.has(Layer.DATES));
        assertDay(a.dates().get(0), "2025-12-03");
        assertEquals(0, a.dates().get(0).sentenceIndex());
    }

    @Test
    void anInferredYearResolvesWhatTheYearAloneDecides() {
        String text = "On December 18, the plant opened. The congress is due early next year. "
                + "Crews began work in March last year. Officials met on Tuesday.";
        List<DateMention> ms = PIPELINE.analyze(document(text, null), java.time.Year.of(2025)).dates();
        assertEquals("2025-12-18", find(ms, "On December 18").value().exact());
        TimeValue early = find(ms, "early next year").value();
        assertEquals(LocalDate.of(2026, 1, 1), early.earliest());
        assertEquals("2024-03", ms.stream().filter(m -> m.text().contains("March")).findFirst().orElseThrow()
                .value().exact());
        assertFalse(ms.stream().filter(m -> m.text().contains("Tuesday")).findFirst().orElseThrow().value()
                .isResolved(), "a weekday needs the article's own date");
    }
}
