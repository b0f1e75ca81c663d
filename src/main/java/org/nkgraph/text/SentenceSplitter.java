package org.nkgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences with OpenNLP's model. Paragraph breaks (blank lines, or any line break: news text
 * puts one paragraph on a line) always end a sentence, whatever the model says, so a headline-like line never
 * runs into the next paragraph.
 */
public final class SentenceSplitter implements AnalysisStage {

    private final SentenceDetectorME detector;

    public SentenceSplitter(NlpModels models) {
        this.detector = new SentenceDetectorME(models.sentenceModel());
    }

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public void process(AnalyzedDocument doc) {
        doc.setSentences(split(doc.text()));
    }

    /** The sentences of a text, with offsets into it. */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : detector.sentPosDetect(line)) {
                    Span trimmed = span.trim(line);
                    if (trimmed.length() > 0) {
                        int start = lineStart + trimmed.getStart();
                        int end = lineStart + trimmed.getEnd();
                        out.add(new Sentence(out.size(), start, end, text.substring(start, end), List.of()));
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }
}
