package org.nkgraph.pipeline;

import java.util.Set;
import java.util.stream.Collectors;
import org.nkgraph.reference.ReferenceData;
import org.nkgraph.text.AnalysisPipeline;
import org.nkgraph.text.CoreferenceResolver;
import org.nkgraph.text.DateFinder;
import org.nkgraph.text.DateRules;
import org.nkgraph.text.EventExtractor;
import org.nkgraph.text.EventRules;
import org.nkgraph.text.GazetteerMentionFinder;
import org.nkgraph.text.GazetteerRules;
import org.nkgraph.text.MeetingPolicyExtractor;
import org.nkgraph.text.NamePatternFinder;
import org.nkgraph.text.NlpModels;
import org.nkgraph.text.RelationExtractor;
import org.nkgraph.text.SentenceSplitter;
import org.nkgraph.text.StatementExtractor;
import org.nkgraph.text.StatementRules;
import org.nkgraph.text.Tokenizer;
import org.nkgraph.vocab.NKG;

/** The analysis pipelines nkgraph builds with. */
public final class Analyzers {

    private Analyzers() {}

    /**
     * The whole analysis: sentences and tokens, names (reference data first, then patterns), references,
     * dates, meetings and policies, relations, statements, events. Not thread-safe: one per thread.
     */
    public static AnalysisPipeline standard(ReferenceData reference) {
        NlpModels models = NlpModels.english();
        return AnalysisPipeline.of(
                new SentenceSplitter(models),
                new Tokenizer(models),
                new GazetteerMentionFinder(reference.gazetteer(), GazetteerRules.bundled()),
                new NamePatternFinder(reference),
                new CoreferenceResolver(reference),
                new DateFinder(DateRules.bundled()),
                new MeetingPolicyExtractor(reference),
                new RelationExtractor(reference),
                new StatementExtractor(StatementRules.bundled()),
                new EventExtractor(EventRules.bundled(eventClasses(reference)), reference));
    }

    /** The local names of the ontology's event classes, which event rules may name. */
    private static Set<String> eventClasses(ReferenceData reference) {
        return reference.classes().subClassesOf(NKG.Event.getURI()).stream()
                .map(iri -> iri.substring(NKG.NS.length())).collect(Collectors.toUnmodifiableSet());
    }
}
