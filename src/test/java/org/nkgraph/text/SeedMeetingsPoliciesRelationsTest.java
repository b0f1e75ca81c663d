package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.SourceFileLoader;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.vocab.NKGID;

/**
 * Runs the meeting, policy and relation stages on the five seed articles (skipped when the folder is absent) and
 * prints what they find. Names, coreference and dates come from crude general stand-ins, not from the seeds:
 * a romanised Korean name pattern, surnames and "he"/"his" resolved to a person named before, and no date stage.
 * Only general properties are asserted.
 */
class SeedMeetingsPoliciesRelationsTest {

    private static final Pattern KOREAN_NAME = Pattern.compile("\\b[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][a-z]+\\b");
    private static final Pattern HE = Pattern.compile("\\b(?:[Hh]e|[Hh]is|him)\\b");

    @Test
    void seeds() {
        Path seeds = Stream.of(Path.of("../shared/seeds"), Path.of("/work/shared/seeds"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(seeds != null, "seed folder absent");
        ReferenceData ref = ReferenceData.bundled();
        AnalysisPipeline pipeline = StandInStages.pipeline(koreanNames(), recencyCoreference(),
                StandInStages.realDates(), new MeetingPolicyExtractor(ref), new RelationExtractor(ref));
        SourceFileLoader loader = SourceFileLoader.standard();
        List<Path> files = loader.collect(List.of(seeds));
        assertEquals(5, files.size());
        for (Path file : files) {
            Document d = loader.read(file).get(0);
            AnalyzedDocument a = pipeline.analyze(d);
            System.out.println("=== " + file.getFileName() + " published " + (d.published() == null ? "-"
                    : d.published().date()));
            a.meetings().forEach(m -> print(a, m.sentenceIndex(), m.start(), m.end(), m.className() + " " + m.label()
                    + " ord=" + m.ordinal() + " time=" + m.time().exact() + "/" + m.time().earliest() + ".."
                    + m.time().latest() + " " + m.iri()));
            a.policies().forEach(p -> print(a, p.sentenceIndex(), p.start(), p.end(), "POLICY " + p.policy()
                    + " at=" + p.introducedAt() + " by=" + p.introducedBy() + " when=" + (p.introduced() == null
                    ? null : p.introduced().exact()) + " target=" + p.annualTarget() + " " + p.targetUnit()
                    + " years=" + p.durationYears() + " " + p.rule()));
            a.positions().forEach(p -> print(a, p.sentenceIndex(), p.start(), p.end(), "POSITION " + p.holder() + " "
                    + p.title() + " " + p.organization() + " " + p.rule()));
            a.relations().forEach(r -> print(a, r.sentenceIndex(), r.start(), r.end(), "RELATION " + r.subject()
                    + " " + r.property() + " " + r.object() + " " + r.rule()));
            checkOffsets(a);
        }
    }

    private static void print(AnalyzedDocument a, int sentence, int start, int end, String what) {
        System.out.println("  s" + sentence + " [" + a.text().substring(start, end) + "] " + what);
    }

    private static void checkOffsets(AnalyzedDocument a) {
        List<int[]> items = new ArrayList<>();
        a.meetings().forEach(m -> items.add(new int[] {m.sentenceIndex(), m.start(), m.end()}));
        a.policies().forEach(p -> items.add(new int[] {p.sentenceIndex(), p.start(), p.end()}));
        a.positions().forEach(p -> items.add(new int[] {p.sentenceIndex(), p.start(), p.end()}));
        a.relations().forEach(r -> items.add(new int[] {r.sentenceIndex(), r.start(), r.end()}));
        for (int[] i : items) {
            Sentence s = a.sentences().get(i[0]);
            assertTrue(s.start() <= i[1] && i[1] < i[2] && i[2] <= s.end(), "offsets " + i[1] + ".." + i[2]);
        }
        for (Mention m : a.mentions()) {
            assertEquals(m.text(), a.text().substring(m.start(), m.end()));
        }
    }

    /** New persons: two capitalised words, the second hyphenated ("Ri Chol-man"). */
    private static AnalysisStage koreanNames() {
        return new StandInStages.Stage("stand-in Korean names", Set.of(Layer.MENTIONS), doc -> {
            Matcher m = KOREAN_NAME.matcher(doc.text());
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (doc.mentions().stream().noneMatch(x -> x.start() < end && start < x.end())) {
                    String iri = NKGID.person(NKGID.slug(m.group())).getURI();
                    doc.addMention(new Mention(start, end, m.group(), EntityClass.PERSON, iri,
                            doc.sentenceAt(start).index(), "test:korean-name", 0.8));
                    doc.addNewEntity(new NewEntity(iri, "Person", m.group(), Set.of(), null));
                }
            }
        });
    }

    /** A surname is the first person named with it; "he" and "his" are the person named last. */
    private static AnalysisStage recencyCoreference() {
        return new StandInStages.Stage("stand-in coreference", Set.of(Layer.COREFERENCE), doc -> {
            Map<String, String> bySurname = new HashMap<>();
            List<Mention> persons = doc.mentions().stream().filter(m -> m.entityClass() == EntityClass.PERSON
                    && m.entity() != null).toList();
            persons.forEach(p -> bySurname.putIfAbsent(p.text().split(" ")[0], p.entity()));
            Matcher c = CAPITALISED.matcher(doc.text());
            while (c.find()) {
                String entity = bySurname.get(c.group());
                int start = c.start();
                if (entity != null && doc.mentionAt(start).isEmpty()) {
                    doc.addReference(new Reference(start, c.end(), c.group(), entity, doc.sentenceAt(start).index(),
                            "test:surname", 0.6));
                }
            }
            Matcher h = HE.matcher(doc.text());
            while (h.find()) {
                int start = h.start();
                String last = null;
                for (Mention p : persons) {
                    if (p.end() <= start) {
                        last = p.entity();
                    }
                }
                for (Reference r : doc.references()) {
                    if (r.end() <= start && r.rule().equals("test:surname")) {
                        last = r.end() > lastEnd(persons, start) ? r.entity() : last;
                    }
                }
                if (last != null) {
                    doc.addReference(new Reference(start, h.end(), h.group(), last, doc.sentenceAt(start).index(),
                            "test:pronoun", 0.5));
                }
            }
        });
    }

    private static int lastEnd(List<Mention> persons, int before) {
        int end = -1;
        for (Mention p : persons) {
            if (p.end() <= before) {
                end = p.end();
            }
        }
        return end;
    }
}
