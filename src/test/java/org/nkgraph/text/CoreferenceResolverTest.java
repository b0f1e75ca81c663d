package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.DocumentSource;
import org.nkgraph.pipeline.Analyzers;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.vocab.NKG;
import org.nkgraph.vocab.NKGID;

/** Sentences written for these tests, run through the standard pipeline with the real bundled reference data. */
class CoreferenceResolverTest {

    private static final AnalysisPipeline PIPELINE = Analyzers.standard(ReferenceData.bundled());

    private static AnalyzedDocument analyze(String text) {
        AnalyzedDocument doc = PIPELINE.analyze(Document.ofText(DocumentSource.ofFile(Path.of("t.txt"), "txt"), text));
        for (Reference r : doc.references()) {
            assertEquals(r.text(), text.substring(r.start(), r.end()), "offsets of " + r);
        }
        return doc;
    }

    /** The n-th (0-based) reference whose text is exactly {@code text}, or empty. */
    private static Optional<Reference> ref(AnalyzedDocument doc, String text, int n) {
        List<Reference> same = doc.references().stream().filter(r -> r.text().equals(text)).toList();
        return same.size() > n ? Optional.of(same.get(n)) : Optional.empty();
    }

    private static String entity(AnalyzedDocument doc, String text, int n) {
        return ref(doc, text, n).map(Reference::entity)
                .orElseThrow(() -> new AssertionError("no reference '" + text + "' #" + n + " in " + doc.references()));
    }

    /** The only reference entity of a class, looked up the way the resolver must (no IRI written here). */
    private static String only(Resource cls) {
        List<Resource> all = ReferenceData.bundled().reference().listSubjectsWithProperty(RDF.type, cls).toList();
        assertEquals(1, all.size(), "reference instances of " + cls);
        return all.get(0).getURI();
    }

    @Test
    void aFamilyNameAloneIsThePersonNamedBefore() {
        AnalyzedDocument doc = analyze("Ri Song-chol arrived on Monday. Officials greeted Pae Un-ju. Ri said the "
                + "talks went well, and Pae agreed.");
        assertEquals(NKGID.person("ri-song-chol").getURI(), entity(doc, "Ri", 0));
        assertEquals(NKGID.person("pae-un-ju").getURI(), entity(doc, "Pae", 0));
    }

    @Test
    void theLeadersFamilyNameStaysHisAfterARelativeLedASentence() {
        AnalyzedDocument doc = analyze("Kim Jong Un toured an orchard on Friday. Kim tasted the apples. Kim Yo-jong, "
                + "a party official, walked beside him. \"The trees are strong,\" Kim said.");
        String leader = entity(doc, "Kim", 0);
        assertEquals(leader, entity(doc, "Kim", 1));
        assertNotEquals(NKGID.person("kim-yo-jong").getURI(), leader);
    }

    @Test
    void kimAloneIsTheLeaderWhenOnlyADescriptionNamesHim() {
        AnalyzedDocument doc = analyze("The North Korean leader toured a new mill. Kim praised the workers.");
        String leader = only(NKG.Leader);
        assertEquals(leader, entity(doc, "The North Korean leader", 0));
        assertEquals(leader, entity(doc, "Kim", 0));
    }

    @Test
    void kimKeepsStandingForTheSubjectNotALaterKim() {
        AnalyzedDocument doc = analyze("Kim Jong Un opened a factory. Officials said he was joined by Kim Tok-hun. "
                + "Reporters saw no other guests. On Tuesday, Kim visited a farm.");
        assertEquals(only(NKG.Leader), entity(doc, "Kim", 0));
    }

    @Test
    void aFamilyNameRightAfterItsSubjectIsThatPerson() {
        AnalyzedDocument doc = analyze("Kim Jong Un opened a factory. Kim Tok-hun, the premier, spoke next. Kim "
                + "added that more would follow.");
        assertEquals(NKGID.person("kim-tok-hun").getURI(), entity(doc, "Kim", 0));
    }

    @Test
    void descriptionsOfTheLeaderButNotTitlesOfHisName() {
        AnalyzedDocument doc = analyze("North Korean leader Kim Jong Un spoke. The supreme leader later met "
                + "farmers, and the North's leader praised them.");
        String leader = only(NKG.Leader);
        assertTrue(ref(doc, "North Korean leader", 0).isEmpty(), doc.references().toString());
        assertEquals(leader, entity(doc, "The supreme leader", 0));
        assertEquals(leader, entity(doc, "the North's leader", 0));
        AnalyzedDocument more = analyze("Officials said leader Kim toured the site. The general secretary left at "
                + "noon.");
        assertEquals(leader, entity(more, "leader Kim", 0));
        assertEquals(leader, entity(more, "The general secretary", 0));
    }

    @Test
    void aPronounIsTheSubjectOfItsSentenceOrOfTheLastOne() {
        AnalyzedDocument doc = analyze("Ri Song-chol met Pae Un-ju on Monday. He said the plan was sound, and "
                + "his aides agreed.");
        String ri = NKGID.person("ri-song-chol").getURI();
        assertEquals(ri, entity(doc, "He", 0));
        assertEquals(ri, entity(doc, "his", 0));
    }

    @Test
    void sheIsAWomanTheTextOrTheDataNames() {
        AnalyzedDocument doc = analyze("Kim Jong Un toured a farm with Kim Ju-ae. She waved to the workers.");
        assertEquals(NKGID.person("kim-ju-ae").getURI(), entity(doc, "She", 0));
        AnalyzedDocument titled = analyze("Pyon Hye-min, a spokeswoman for the ministry, spoke. Ms. Ri Sol-ok "
                + "listened. Kim Jong Un smiled. She took notes.");
        assertEquals(NKGID.person("ri-sol-ok").getURI(), entity(titled, "She", 0));
    }

    @Test
    void herStaysUnresolvedWhenOnlyMenCameBefore() {
        AnalyzedDocument doc = analyze("Kim Jong Un toured a farm with his aides. A photo showed her smiling.");
        assertEquals(only(NKG.Leader), entity(doc, "his", 0));
        assertTrue(ref(doc, "her", 0).isEmpty(), doc.references().toString());
    }

    @Test
    void placeDescriptionsAreTheLastPlaceOfThatKind() {
        AnalyzedDocument doc = analyze("A mill opened in Sinyang County, South Pyongan Province, and another in "
                + "the port city of Nampho. The city will host a fair; the county will not, and the province "
                + "pays for both.");
        assertEquals(NKGID.place("nampo").getURI(), entity(doc, "The city", 0));
        assertEquals(NKGID.place("south-pyongan/sinyang").getURI(), entity(doc, "the county", 0));
        assertEquals(NKGID.place("south-pyongan").getURI(), entity(doc, "the province", 0));
        assertTrue(ref(doc, "the city", 0).isEmpty(), "'the port city of' names the city itself");
    }

    @Test
    void organizationDescriptionsAndTheParty() {
        AnalyzedDocument doc = analyze("The unification ministry in Seoul said the talks failed. The ministry "
                + "blamed the party, which runs North Korea.");
        assertEquals(NKGID.org("ministry-of-unification").getURI(), entity(doc, "The ministry", 0));
        assertEquals(only(NKG.PoliticalParty), entity(doc, "the party", 0));
    }

    @Test
    void theAgencyIsTheLastAgencyNamed() {
        AnalyzedDocument doc = analyze("Yonhap reported the visit, citing the Korean Central News Agency. The "
                + "agency did not name the guests.");
        assertEquals(NKGID.org("korean-central-news-agency").getURI(), entity(doc, "The agency", 0));
    }

    @Test
    void aFamilyNameThatIsAnEnglishWordOpensASentenceOnlyBeforeASpeechVerb() {
        String text = "So Hong-chan spoke first. So far nothing has changed. So said more talks would follow.";
        AnalyzedDocument doc = analyze(text);
        List<Reference> so = doc.references().stream().filter(r -> r.text().equals("So")).toList();
        assertEquals(1, so.size(), doc.references().toString());
        assertEquals(text.indexOf("So said"), so.get(0).start());
        assertEquals(NKGID.person("so-hong-chan").getURI(), so.get(0).entity());
    }
}
