package org.nkgraph.text;

import java.nio.file.Path;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.DocumentSource;
import org.nkgraph.reference.ReferenceData;

/** The pipeline the statement tests run: the real stages up to mentions, the test stand-ins, then statements. */
final class StatementTestLib {

    private StatementTestLib() {}

    static AnalysisPipeline pipeline() {
        NlpModels models = NlpModels.english();
        return AnalysisPipeline.of(new SentenceSplitter(models), new Tokenizer(models),
                new GazetteerMentionFinder(ReferenceData.bundled().gazetteer(), GazetteerRules.bundled()),
                new StandInNames(), new StandInCoreference(), new StatementExtractor(StatementRules.bundled()));
    }

    static Document document(String text) {
        return Document.ofText(DocumentSource.ofFile(Path.of("test.txt"), "txt"), text);
    }
}
