package org.nkgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/** Tokenizes each sentence with OpenNLP's model; token offsets count into the whole document text. */
public final class Tokenizer implements AnalysisStage {

    private final TokenizerME tokenizer;

    public Tokenizer(NlpModels models) {
        this.tokenizer = new TokenizerME(models.tokenizerModel());
    }

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public void process(AnalyzedDocument doc) {
        List<Sentence> withTokens = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            withTokens.add(s.withTokens(tokenize(s.text(), s.start())));
        }
        doc.setSentences(withTokens);
    }

    /** The tokens of a piece of text that starts at {@code offset} in the document. */
    public List<Token> tokenize(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        for (Span span : tokenizer.tokenizePos(text)) {
            tokens.add(new Token(offset + span.getStart(), offset + span.getEnd(),
                    text.substring(span.getStart(), span.getEnd())));
        }
        return tokens;
    }
}
