package org.nkgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.vocab.NKGID;

/**
 * Small stand-ins, for tests only, for the stages that other branches write (new names, coreference, dates): they
 * add exactly what a test sentence needs, so that the stage under test reads a realistic blackboard.
 */
final class StandInStages {

    private StandInStages() {}

    /** A stage that runs a piece of code and declares the layers it provides. */
    record Stage(String name, Set<Layer> provides, Consumer<AnalyzedDocument> work) implements AnalysisStage {
        @Override
        public Set<Layer> requires() {
            return Set.of(Layer.SENTENCES);
        }

        @Override
        public void process(AnalyzedDocument doc) {
            work.accept(doc);
        }
    }

    /** A new name of this class: a person ("Person") or an organization (any Organization subclass). */
    record NewName(String text, String className, EntityClass kind) {
        static NewName person(String text) {
            return new NewName(text, "Person", EntityClass.PERSON);
        }

        static NewName org(String text, String className) {
            return new NewName(text, className, EntityClass.ORGANIZATION);
        }

        String iri() {
            return kind == EntityClass.PERSON ? NKGID.person(NKGID.slug(text)).getURI()
                    : NKGID.org(NKGID.slug(text)).getURI();
        }
    }

    /** Mentions, with minted IRIs, of the given new names wherever they stand. */
    static AnalysisStage names(NewName... names) {
        return new Stage("stand-in names", Set.of(Layer.MENTIONS), doc -> {
            for (NewName n : names) {
                for (int at = doc.text().indexOf(n.text()); at >= 0; at = doc.text().indexOf(n.text(), at + 1)) {
                    int end = at + n.text().length();
                    int start = at;
                    if (doc.mentions().stream().noneMatch(m -> m.start() < end && start < m.end())) {
                        doc.addMention(new Mention(start, end, n.text(), n.kind(), n.iri(),
                                doc.sentenceAt(start).index(), "test:name", 0.9));
                        doc.addNewEntity(new NewEntity(n.iri(), n.className(), n.text(), Set.of(), null));
                    }
                }
            }
        });
    }

    /** References for every whole-word occurrence of the given words that no mention covers. */
    static AnalysisStage coreference(Map<String, String> wordToEntity) {
        return new Stage("stand-in coreference", Set.of(Layer.COREFERENCE), doc -> {
            wordToEntity.forEach((word, entity) -> {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(doc.text());
                while (m.find()) {
                    int start = m.start();
                    int end = m.end();
                    if (doc.mentions().stream().noneMatch(x -> x.start() < end && start < x.end())) {
                        doc.addReference(new Reference(start, end, word, entity, doc.sentenceAt(start).index(),
                                "test:coreference", 0.8));
                    }
                }
            });
        });
    }

    /** No coreference at all. */
    static AnalysisStage noCoreference() {
        return coreference(Map.of());
    }

    /** Date mentions with the given values, for the given phrases. */
    static AnalysisStage dates(Map<String, TimeValue> phrases) {
        return new Stage("stand-in dates", Set.of(Layer.DATES), doc -> phrases.forEach((phrase, value) -> {
            for (int at = doc.text().indexOf(phrase); at >= 0; at = doc.text().indexOf(phrase, at + 1)) {
                doc.addDate(new DateMention(at, at + phrase.length(), phrase, value, doc.sentenceAt(at).index(),
                        "test:date"));
            }
        }));
    }

    /** The real date stage: the meeting and policy stages read what it finds. */
    static AnalysisStage realDates() {
        return new DateFinder(DateRules.bundled());
    }

    /**
     * The standard pipeline's first stages (sentences, tokens, gazetteer), then the given stand-ins and stages.
     */
    static AnalysisPipeline pipeline(AnalysisStage... more) {
        ReferenceData ref = ReferenceData.bundled();
        List<AnalysisStage> stages = new ArrayList<>();
        NlpModels models = NlpModels.english();
        stages.add(new SentenceSplitter(models));
        stages.add(new Tokenizer(models));
        stages.add(new GazetteerMentionFinder(ref.gazetteer(), GazetteerRules.bundled()));
        stages.addAll(List.of(more));
        return AnalysisPipeline.of(stages);
    }
}
