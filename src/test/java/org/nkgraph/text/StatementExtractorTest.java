package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nkgraph.text.StatementMention.Kind;

/**
 * Sentences written for these tests, run through the real stages up to mentions, the test stand-ins for names and
 * coreference, and the statement stage.
 */
class StatementExtractorTest {

    private static final String ID = "https://w3id.org/nkgraph/id/";
    private static final String KIM = ID + "person/kim-jong-un";
    private static final String HONG = ID + "person/hong-gil-dong";
    private static final String JU = ID + "person/ju-chang-il";
    private static final String KCNA = ID + "org/korean-central-news-agency";

    private final AnalysisPipeline pipeline = StatementTestLib.pipeline();

    private List<StatementMention> statements(String text) {
        AnalyzedDocument doc = pipeline.analyze(StatementTestLib.document(text));
        for (StatementMention s : doc.statements()) {
            if (!s.rule().equals("quote:split")) {
                assertEquals(s.text(), text.substring(s.start(), s.end()), "offsets of " + s);
            }
            assertEquals(doc.sentenceAt(s.start()).index(), s.sentenceIndex(), s.toString());
        }
        return doc.statements();
    }

    private static Optional<StatementMention> find(List<StatementMention> all, Kind kind, String text) {
        return all.stream().filter(s -> s.kind() == kind && s.text().equals(text)).findFirst();
    }

    private static StatementMention only(List<StatementMention> all, Kind kind) {
        List<StatementMention> of = all.stream().filter(s -> s.kind() == kind).toList();
        assertEquals(1, of.size(), all.toString());
        return of.get(0);
    }

    @Test
    void straightQuoteWithSaidAfterItNamesThePersonBeforeTheApposition() {
        String text = "\"We will finish the dam before winter,\" said Hong Gil-dong, a spokesman for the ministry.";
        StatementMention q = only(statements(text), Kind.QUOTE);
        assertEquals("We will finish the dam before winter", q.text());
        assertEquals(HONG, q.speaker());
        assertEquals("quote:after", q.rule());
    }

    @Test
    void curlyQuoteWithAddedAfterItResolvesTheSurname() {
        String text = "Hong Gil-dong visited the farm. “The harvest was the best in a decade,” Hong added.";
        StatementMention q = only(statements(text), Kind.QUOTE);
        assertEquals("The harvest was the best in a decade", q.text());
        assertEquals(HONG, q.speaker());
        assertEquals(1, q.sentenceIndex());
    }

    @Test
    void mixedMarksOpenCurlyCloseStraight() {
        String text = "“Local plants must run at full capacity,\" said Hong Gil-dong.";
        StatementMention q = only(statements(text), Kind.QUOTE);
        assertEquals("Local plants must run at full capacity", q.text());
        assertEquals(HONG, q.speaker());
    }

    @Test
    void quoteSplitByItsAttributionIsOneStatement() {
        String text = "“The plan is ambitious,” said Hong Gil-dong, “but the money is not there yet.”";
        StatementMention q = only(statements(text), Kind.QUOTE);
        assertEquals("The plan is ambitious ... but the money is not there yet", q.text());
        assertEquals("quote:split", q.rule());
        assertEquals(HONG, q.speaker());
        assertEquals(text.indexOf("The plan"), q.start());
        assertEquals(text.indexOf(" yet") + 4, q.end());
    }

    @Test
    void quoteOfSeveralSentencesAfterAColon() {
        String text = "Hong Gil-dong said: \"The roads are finished. The bridges will follow next spring.\"";
        StatementMention q = only(statements(text), Kind.QUOTE);
        assertEquals("The roads are finished. The bridges will follow next spring.", q.text());
        assertEquals(HONG, q.speaker());
        assertEquals("quote:embedded:say", q.rule());
    }

    @Test
    void attributionBeforeTheQuoteWithAPronoun() {
        String text = "Kim Jong Un toured the mill. He said, \"Every county will have a plant of its own.\"";
        StatementMention q = only(statements(text), Kind.QUOTE);
        assertEquals("Every county will have a plant of its own.", q.text());
        assertEquals(KIM, q.speaker());
    }

    @Test
    void quotedAsSayingPrefersThePersonOverTheAgency() {
        String text = "\"Our workers have shown great zeal this season,\" Kim Jong Un was quoted as saying "
                + "on Sunday by KCNA.";
        StatementMention q = only(statements(text), Kind.QUOTE);
        assertEquals(KIM, q.speaker());
        assertEquals("quote:after:quoted-as-saying", q.rule());
    }

    @Test
    void agencyIsTheSpeakerWhenNoPersonIsTheSubject() {
        String text = "\"The new plants are a gift to the people,\" the Korean Central News Agency said.";
        StatementMention q = only(statements(text), Kind.QUOTE);
        assertEquals(KCNA, q.speaker());
    }

    @Test
    void personSubjectWinsOverTheAgencyNamedAfterTheQuote() {
        String text = "Ju Chang-il stressed that the campaign is \"the foremost duty of every official,\" "
                + "the Korean Central News Agency said.";
        List<StatementMention> all = statements(text);
        StatementMention q = only(all, Kind.QUOTE);
        assertEquals("the foremost duty of every official", q.text());
        assertEquals(JU, q.speaker());
        // The clause is mostly the quote: the quote stands for it, and the agency's closing "said" is the quote's.
        assertTrue(all.stream().noneMatch(s -> s.kind() == Kind.CLAIM), all.toString());
    }

    @Test
    void accordingToGivesAClaimByTheSource() {
        List<StatementMention> all = statements(
                "Pak Thae-song visited a textile mill in Sinpho, according to the Korean Central News Agency.");
        StatementMention c = only(all, Kind.CLAIM);
        assertEquals("Pak Thae-song visited a textile mill in Sinpho", c.text());
        assertEquals(KCNA, c.speaker());
        assertEquals("claim:according-to", c.rule());

        StatementMention lead = only(statements("According to Rodong Sinmun, the new plant makes shoes."), Kind.CLAIM);
        assertEquals("the new plant makes shoes", lead.text());
        assertEquals(ID + "org/rodong-sinmun", lead.speaker());
    }

    @Test
    void namesTitlesAndScareQuotesAreNoStatements() {
        assertEquals(List.of(), statements("The plants belong to the \"Regional Development 20x10 Policy,\" "
                + "which began last year."));
        assertEquals(List.of(), statements("The editor was long known as the \"pen of the revolution.\""));
        assertEquals(List.of(), statements("The institute released a report titled \"Progress in the Provinces\"."));
        assertEquals(List.of(), statements("Workers praised the \"new spirit\" of the construction site."));
        assertEquals(List.of(), statements("The launch followed a test of a \"new type of engine\" on Monday."));
    }

    @Test
    void shortPhraseThatASpeechVerbAttributesIsAQuote() {
        String text = "Kim Jong Un called the new mill a \"historic turning point\" for the region.";
        StatementMention q = only(statements(text), Kind.QUOTE);
        assertEquals("historic turning point", q.text());
        assertEquals(KIM, q.speaker());
        assertEquals("quote:embedded:call", q.rule());
    }

    @Test
    void singleCurlyQuotesCountOnlyWhenAttributed() {
        String text = "Kim Jong Un said the project was ‘a matter of life and death’ for the nation.";
        StatementMention q = only(statements(text), Kind.QUOTE);
        assertEquals("a matter of life and death", q.text());
        assertEquals(KIM, q.speaker());
        assertTrue(statements("The ‘speed battle’ went on at the Workers’ Party site.").isEmpty());
    }

    @Test
    void reportedSpeechAfterSaid() {
        StatementMention c = only(statements("Kim Jong Un said the county now produces enough cloth for its people."),
                Kind.CLAIM);
        assertEquals("the county now produces enough cloth for its people", c.text());
        assertEquals(KIM, c.speaker());
        assertEquals("claim:say", c.rule());
    }

    @Test
    void urgedReiteratedEmphasizedNoted() {
        assertEquals("local officials to speed up the work", only(statements(
                "Kim Jong Un urged local officials to speed up the work."), Kind.CLAIM).text());
        StatementMention r = only(statements("Ju Chang-il reiterated that the party would not waver."), Kind.CLAIM);
        assertEquals("the party would not waver", r.text());
        assertEquals(JU, r.speaker());
        assertEquals("the need for better roads in the mountains", only(statements(
                "Kim Jong Un emphasized the need for better roads in the mountains."), Kind.CLAIM).text());
        StatementMention n = only(statements("Hong Gil-dong spoke in Seoul. She noted the mills depend on imports."),
                Kind.CLAIM);
        assertEquals("the mills depend on imports", n.text());
        assertEquals(HONG, n.speaker());
    }

    @Test
    void genericSpeakersHaveNoEntityAndNameThemselvesInTheRule() {
        StatementMention o = only(statements("Officials claim that thirty mills are running."), Kind.CLAIM);
        assertEquals("thirty mills are running", o.text());
        assertNull(o.speaker());
        assertEquals("claim:generic:officials", o.rule());
        assertEquals("claim:generic:analysts", only(statements(
                "Meanwhile, analysts believe the visits are meant for a domestic audience."), Kind.CLAIM).rule());
        assertEquals("claim:generic:experts", only(statements("Experts say the targets are hard to meet."),
                Kind.CLAIM).rule());
        assertEquals("claim:generic:officials", only(statements("Officials in Seoul said talks may resume."),
                Kind.CLAIM).rule());
        StatementMention they = only(statements("Some analysts doubt the figures. They say output is exaggerated."),
                Kind.CLAIM);
        assertEquals("output is exaggerated", they.text());
        assertEquals("claim:generic:analysts", they.rule());
    }

    @Test
    void closingAttributionWithoutQuotes() {
        StatementMention c = only(statements("The mill opened on Monday, state media said."), Kind.CLAIM);
        assertEquals("The mill opened on Monday", c.text());
        assertEquals("claim:generic:state-media", c.rule());
    }

    @Test
    void sharedSubjectsAndCoordinatedVerbs() {
        String text = "Kim Jong Un toured the plant, stressing that output must double.";
        StatementMention c = only(statements(text), Kind.CLAIM);
        assertEquals("output must double", c.text());
        assertEquals(KIM, c.speaker());
        List<StatementMention> both = statements("Kim Jong Un arrived at the dam on Friday. While touring the site, "
                + "the leader said the dam is ready and called the work a \"model for the nation.\"");
        assertEquals(KIM, find(both, Kind.CLAIM, "the dam is ready").orElseThrow().speaker());
        StatementMention q = find(both, Kind.QUOTE, "model for the nation").orElseThrow();
        assertEquals(KIM, q.speaker());
        assertEquals("quote:embedded:call", q.rule());
    }

    @Test
    void wordsThatAreNoSpeech() {
        assertEquals(List.of(), statements("The timing suggests a bigger meeting is near."));
        assertEquals(List.of(), statements("North Korea's claim of a successful test drew criticism."));
        assertEquals(List.of(), statements("The newspaper emphasized images of smiling workers."));
        assertEquals(List.of(), statements("Kim Jong Un did not say when the plant would open."));
        assertEquals(List.of(), statements("The factory is expected to open soon."));
        assertEquals(List.of(), statements("Crews worked at night in order to finish the roof."));
        assertEquals(List.of(), statements("Farmers voiced confidence in state planning."));
    }

    @Test
    void descriptionThatNothingResolvedFallsBackToTheLastPersonWithLowerConfidence() {
        StatementMention c = only(statements("Hong Gil-dong arrived in Seoul on Monday. The spokesperson said the "
                + "talks would resume."), Kind.CLAIM);
        assertEquals(HONG, c.speaker());
        assertEquals("claim:say:nearest-person", c.rule());
        assertTrue(c.confidence() < 0.5, c.toString());
    }

    @Test
    void quoteAfterAnAttributedQuoteContinuesIt() {
        List<StatementMention> all = statements(
                "\"We are ready,\" Hong Gil-dong said. \"The machines arrived last week.\"");
        StatementMention second = find(all, Kind.QUOTE, "The machines arrived last week.").orElseThrow();
        assertEquals(HONG, second.speaker());
        assertEquals("quote:continued", second.rule());
    }

    @Test
    void quoteLeftOpenAtTheEndOfAParagraphGoesOnInTheNext() {
        List<StatementMention> all = statements(
                "Hong Gil-dong said: \"The first line is done.\n\"The second line starts in May.\"");
        assertEquals(HONG, find(all, Kind.QUOTE, "The first line is done.").orElseThrow().speaker());
        StatementMention next = find(all, Kind.QUOTE, "The second line starts in May.").orElseThrow();
        assertEquals(HONG, next.speaker());
        assertEquals(1, next.sentenceIndex());
    }

    @Test
    void longUnattributedQuoteGoesToTheLastPersonInItsParagraph() {
        List<StatementMention> all = statements("Hong Gil-dong walked along the new canal. \"Water will reach every "
                + "field in the valley before the planting season begins.\"");
        StatementMention q = only(all, Kind.QUOTE);
        assertEquals(HONG, q.speaker());
        assertEquals("quote:nearest-person", q.rule());
        assertTrue(q.confidence() < 0.5);
    }

    @Test
    void listenersTimesAndOccasionsBetweenVerbAndClause() {
        assertEquals("the dam must be finished by May", only(statements(
                "Hong Gil-dong told the officials that the dam must be finished by May."), Kind.CLAIM).text());
        assertEquals("the party was united", only(statements(
                "Ju Chang-il said in a statement that the party was united."), Kind.CLAIM).text());
        assertEquals("the economy comes first", only(statements(
                "Kim Jong Un has repeatedly said that the economy comes first."), Kind.CLAIM).text());
        StatementMention r = only(statements("State media reported Sunday that two more mills opened."), Kind.CLAIM);
        assertEquals("two more mills opened", r.text());
        assertEquals("claim:generic:state-media", r.rule());
    }

    @Test
    void relativeClauseEndsAtItsComma() {
        StatementMention c = only(statements("The plant, which officials said cost a fortune, opened on Friday."),
                Kind.CLAIM);
        assertEquals("cost a fortune", c.text());
        assertEquals("claim:generic:officials", c.rule());
    }

    @Test
    void organizationSpeaksForAnUnnamedSpokesman() {
        StatementMention q = only(statements(
                "\"Victory is certain,\" the spokesman of the Ministry of Unification said."), Kind.QUOTE);
        assertEquals(ID + "org/ministry-of-unification", q.speaker());
    }

    @Test
    void reportSpeaksForItsPublisher() {
        StatementMention c = only(statements("The Ministry of Unification recently published a report on the plants. "
                + "The report says half of them lack power."), Kind.CLAIM);
        assertEquals(ID + "org/ministry-of-unification", c.speaker());
        StatementMention alone = only(statements("The study says half of them lack power."), Kind.CLAIM);
        assertNull(alone.speaker());
        assertEquals("claim:generic:report", alone.rule());
    }

    @Test
    void questionQuoteWithAskedAfterIt() {
        StatementMention q = only(statements(
                "Hong Gil-dong met the workers. \"Is this the best we can do?\" he asked."), Kind.QUOTE);
        assertEquals("Is this the best we can do?", q.text());
        assertEquals(HONG, q.speaker());
    }
}
