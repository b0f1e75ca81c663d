package org.nkgraph.pipeline;

import org.nkgraph.reference.ReferenceData;
import org.nkgraph.text.AnalysisPipeline;
import org.nkgraph.text.GazetteerMentionFinder;
import org.nkgraph.text.GazetteerRules;
import org.nkgraph.text.NlpModels;
import org.nkgraph.text.SentenceSplitter;
import org.nkgraph.text.StatementExtractor;
import org.nkgraph.text.StatementRules;
import org.nkgraph.text.Tokenizer;

/** The analysis pipelines nkgraph builds with. */
public final class Analyzers {

    private Analyzers() {}

    /**
     * Sentences, tokens, mentions of the reference data's names, ..., statements. Not thread-safe: one per thread.
     * Order: sentences, tokens, gazetteer, names, coreference, dates, meetings and policies, relations, statements,
     * events. The statement stage requires the coreference layer.
     */
    public static AnalysisPipeline standard(ReferenceData reference) {
        NlpModels models = NlpModels.english();
        return AnalysisPipeline.of(
                new SentenceSplitter(models),
                new Tokenizer(models),
                new GazetteerMentionFinder(reference.gazetteer(), GazetteerRules.bundled()),
                new StatementExtractor(StatementRules.bundled()));
    }
}
