package org.nkgraph.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.DocumentSource;
import org.nkgraph.sys.NkGraphException;

class AnalysisPipelineTest {

    @Test
    void refusesAStageBeforeWhatItRequires() {
        NlpModels models = NlpModels.english();
        NkGraphException e = assertThrows(NkGraphException.class,
                () -> AnalysisPipeline.of(new Tokenizer(models), new SentenceSplitter(models)));
        assertTrue(e.getMessage().contains("'tokens'"), e.getMessage());
        assertTrue(e.getMessage().contains("SENTENCES"), e.getMessage());
    }

    @Test
    void marksTheLayersItsStagesProvide() {
        NlpModels models = NlpModels.english();
        AnalysisPipeline p = AnalysisPipeline.of(new SentenceSplitter(models), new Tokenizer(models));
        Document doc = Document.ofText(DocumentSource.ofFile(Path.of("a.txt"), "txt"), "A short text. Two parts.");
        AnalyzedDocument a = p.analyze(doc);
        assertTrue(a.has(Layer.SENTENCES));
        assertTrue(a.has(Layer.TOKENS));
        assertFalse(a.has(Layer.MENTIONS));
        assertFalse(a.sentences().get(0).tokens().isEmpty());
    }
}
