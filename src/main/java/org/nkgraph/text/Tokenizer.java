package org.nkgraph.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Tokenizes each sentence with OpenNLP's model; token offsets count into the whole document text. Not thread-safe:
 * one per thread.
 */
public final class Tokenizer implements AnalysisStage {

    /** Words remembered before the memory starts afresh; a few MB, more than a large corpus's vocabulary. */
    private static final int MEMORY = 50_000;

    private final TokenizerME tokenizer;
    /**
     * How each whitespace-separated word splits, as offsets into it. The model decides a word's splits from that
     * word alone, and the same words recur all through a corpus, so asking it once per word saves most of its time.
     */
    private final Map<String, Span[]> splits = new HashMap<>();

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
        // The same whitespace split TokenizerME makes before it asks the model about each word.
        for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            int at = word.getStart();
            for (Span span : splitsOf(text.substring(at, word.getEnd()))) {
                tokens.add(new Token(offset + at + span.getStart(), offset + at + span.getEnd(),
                        text.substring(at + span.getStart(), at + span.getEnd())));
            }
        }
        return tokens;
    }

    private Span[] splitsOf(String word) {
        Span[] known = splits.get(word);
        if (known == null) {
            if (splits.size() >= MEMORY) {
                splits.clear();
            }
            known = tokenizer.tokenizePos(word);
            splits.put(word, known);
        }
        return known;
    }
}
