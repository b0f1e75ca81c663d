package org.nkgraph.text;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nkgraph.doc.Document;
import org.nkgraph.sys.NkGraphException;

/**
 * Runs analysis stages in order. The order is checked when the pipeline is built: a stage that requires a layer no
 * earlier stage provides is refused, naming the stage and the missing layer.
 *
 * <pre>
 * AnalysisPipeline p = AnalysisPipeline.of(new SentenceSplitter(models), new Tokenizer(models), finder);
 * AnalyzedDocument a = p.analyze(document);
 * </pre>
 */
public final class AnalysisPipeline {

    private final List<AnalysisStage> stages;

    private AnalysisPipeline(List<AnalysisStage> stages) {
        Set<Layer> available = EnumSet.noneOf(Layer.class);
        for (AnalysisStage stage : stages) {
            for (Layer needed : stage.requires()) {
                if (!available.contains(needed)) {
                    throw new NkGraphException("analysis stage '" + stage.name() + "' requires " + needed
                            + ", which no earlier stage provides");
                }
            }
            available.addAll(stage.provides());
        }
        this.stages = List.copyOf(stages);
    }

    public static AnalysisPipeline of(AnalysisStage... stages) {
        return new AnalysisPipeline(List.of(stages));
    }

    public static AnalysisPipeline of(List<AnalysisStage> stages) {
        return new AnalysisPipeline(new ArrayList<>(stages));
    }

    public AnalyzedDocument analyze(Document document) {
        return analyze(new AnalyzedDocument(document));
    }

    /** Analyses a document that states no publication date as written in {@code assumedYear}. */
    public AnalyzedDocument analyze(Document document, Year assumedYear) {
        return analyze(new AnalyzedDocument(document, assumedYear));
    }

    private AnalyzedDocument analyze(AnalyzedDocument doc) {
        for (AnalysisStage stage : stages) {
            stage.process(doc);
            doc.markDone(stage.provides());
        }
        return doc;
    }
}
