package org.nkgraph.pipeline;

import org.nkgraph.reference.ReferenceData;
import org.nkgraph.text.AnalysisPipeline;
import org.nkgraph.text.CoreferenceResolver;
import org.nkgraph.text.GazetteerMentionFinder;
import org.nkgraph.text.GazetteerRules;
import org.nkgraph.text.NamePatternFinder;
import org.nkgraph.text.NlpModels;
import org.nkgraph.text.SentenceSplitter;
import org.nkgraph.text.Tokenizer;

/** The analysis pipelines nkgraph builds with. */
public final class Analyzers {

    private Analyzers() {}

    /**
     * Sentences, tokens, mentions of the reference data's names, names found by patterns, and coreference. Not
     * thread-safe: one per thread.
     */
    public static AnalysisPipeline standard(ReferenceData reference) {
        NlpModels models = NlpModels.english();
        return AnalysisPipeline.of(
                new SentenceSplitter(models),
                new Tokenizer(models),
                new GazetteerMentionFinder(reference.gazetteer(), GazetteerRules.bundled()),
                new NamePatternFinder(reference),
                new CoreferenceResolver(reference));
    }
}
