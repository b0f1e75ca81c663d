package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.DocumentSource;
import org.nkgraph.pipeline.Analyzers;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.text.StatementMention.Kind;
import org.nkgraph.vocab.NKGID;

/**
 * Who said it, through the standard pipeline (real names and coreference) on sentences written for these tests:
 * speakers set off by an apposition, shared surnames, "he said" after a quote, "called X “...”", and bodies whose
 * bare unit name speaks for them.
 */
class StatementAttributionTest {

    private static final String KIM = NKGID.person(NKGID.slug("Kim Jong Un")).getURI();

    private static final AnalysisPipeline PIPELINE = Analyzers.standard(ReferenceData.bundled());

    private static List<StatementMention> statements(String text) {
        Document d = Document.ofText(DocumentSource.ofFile(Path.of("attribution.txt"), "txt"), text);
        return PIPELINE.analyze(d).statements();
    }

    private static StatementMention containing(List<StatementMention> all, Kind kind, String words) {
        return all.stream().filter(s -> s.kind() == kind && s.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " with '" + words + "' in " + all));
    }

    @Test
    void speakerSetOffByAnAppositionAfterAQuote() {
        String text = "“The new bridge will carry trade for decades,” Choi Hae-won, a spokesman for the ministry, "
                + "told a regular briefing on Monday.";
        StatementMention q = containing(statements(text), Kind.QUOTE, "carry trade");
        assertEquals(NKGID.person(NKGID.slug("Choi Hae-won")).getURI(), q.speaker());
        assertEquals("quote:after:apposition", q.rule());
    }

    @Test
    void appositionWithoutArticleAfterAQuote() {
        String text = "\"Those output figures cannot be checked,\" Choi Hae-won, director of a private institute, "
                + "said at a news conference.";
        StatementMention q = containing(statements(text), Kind.QUOTE, "output figures");
        assertEquals(NKGID.person(NKGID.slug("Choi Hae-won")).getURI(), q.speaker());
    }

    @Test
    void saidAfterAnAppositionIsNotReadAsSaidTheLeader() {
        String text = "Choi Hae-won, a researcher at a Seoul think tank, said the leader wanted to reassure farmers.";
        StatementMention c = containing(statements(text), Kind.CLAIM, "reassure farmers");
        assertEquals("the leader wanted to reassure farmers", c.text());
        assertEquals(NKGID.person(NKGID.slug("Choi Hae-won")).getURI(), c.speaker());
    }

    @Test
    void bareSurnameSharedByCompanionsIsTheMainPersonAndHeGoesOnAfterTheQuote() {
        String text = "North Korean leader Kim Jong Un opened a shoe factory in Anju on Friday.\n\n"
                + "Kim Yo-jong, his sister, and Ri Pyong-chol, a party secretary, accompanied him.\n\n"
                + "\"Every county deserves good shoes,\" Kim said, \"and every worker a warm coat.\"\n\n"
                + "He said the province had lacked leather for years.";
        List<StatementMention> all = statements(text);
        assertEquals(KIM, containing(all, Kind.QUOTE, "good shoes").speaker());
        assertEquals(KIM, containing(all, Kind.CLAIM, "lacked leather").speaker());
    }

    @Test
    void calledTheProjectAQuoteIsSpeech() {
        String text = "Kim Jong Un visited a clinic in Anju and called the clinic project "
                + "\"a debt owed to the mothers of the county.\"";
        StatementMention q = containing(statements(text), Kind.QUOTE, "a debt owed");
        assertEquals(KIM, q.speaker());
        assertTrue(q.rule().startsWith("quote:embedded:call"), q.rule());
    }

    @Test
    void toldListenersPlacedSomewhereThat() {
        String text = "Kim Jong Un told workers at the new textile mill in the eastern county that every region "
                + "must weave its own cloth.";
        StatementMention c = containing(statements(text), Kind.CLAIM, "weave its own cloth");
        assertEquals("every region must weave its own cloth", c.text());
        assertEquals(KIM, c.speaker());
    }

    @Test
    void bareUnitNameSpeaksForTheBodyNamedAfterIt() {
        String text = "The Standing Committee of the Supreme People's Assembly announced that deputies would "
                + "meet in December to discuss the budget.";
        StatementMention c = containing(statements(text), Kind.CLAIM, "discuss the budget");
        assertEquals(NKGID.org(NKGID.slug("Supreme People's Assembly")).getURI(), c.speaker());
    }
}
