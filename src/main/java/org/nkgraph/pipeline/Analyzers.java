package org.nkgraph.pipeline;

import org.nkgraph.reference.ReferenceData;
import org.nkgraph.text.AnalysisPipeline;
import org.nkgraph.text.GazetteerMentionFinder;
import org.nkgraph.text.GazetteerRules;
import org.nkgraph.text.MeetingPolicyExtractor;
import org.nkgraph.text.NlpModels;
import org.nkgraph.text.RelationExtractor;
import org.nkgraph.text.SentenceSplitter;
import org.nkgraph.text.Tokenizer;

/** The analysis pipelines nkgraph builds with. */
public final class Analyzers {

    private Analyzers() {}

    /**
     * Sentences, tokens, names, coreference, dates, meetings and policies, relations, statements and events, in
     * that order. Not thread-safe: one per thread.
     */
    public static AnalysisPipeline standard(ReferenceData reference) {
        NlpModels models = NlpModels.english();
        return AnalysisPipeline.of(
                new SentenceSplitter(models),
                new Tokenizer(models),
                new GazetteerMentionFinder(reference.gazetteer(), GazetteerRules.bundled()),
                // names (NamePatternFinder), coreference and dates come here from their branches
                new MeetingPolicyExtractor(reference),
                // statements and events follow relations, from their branches
                new RelationExtractor(reference));
    }
}
