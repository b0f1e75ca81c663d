package org.nkgraph.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.nkgraph.sys.NkGraphException;

/**
 * The OpenNLP models nkgraph uses, loaded once from the classpath. Models are thread-safe; the detectors built on
 * them are not, so each {@link SentenceSplitter} and {@link Tokenizer} makes its own.
 */
public final class NlpModels {

    private static final String MODELS_FILE = "/org/nkgraph/text/models.properties";
    private static volatile NlpModels english;

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;

    private NlpModels(SentenceModel sentenceModel, TokenizerModel tokenizerModel) {
        this.sentenceModel = sentenceModel;
        this.tokenizerModel = tokenizerModel;
    }

    /** The English models, loaded on first use. */
    public static NlpModels english() {
        NlpModels m = english;
        if (m == null) {
            synchronized (NlpModels.class) {
                m = english;
                if (m == null) {
                    m = load();
                    english = m;
                }
            }
        }
        return m;
    }

    private static NlpModels load() {
        Properties names = new Properties();
        try (InputStream in = open(MODELS_FILE)) {
            names.load(in);
        } catch (IOException e) {
            throw new NkGraphException(MODELS_FILE + ": " + e.getMessage(), e);
        }
        String sentence = names.getProperty("sentence");
        String tokens = names.getProperty("tokens");
        try (InputStream s = open(sentence);
                InputStream t = open(tokens)) {
            return new NlpModels(new SentenceModel(s), new TokenizerModel(t));
        } catch (IOException e) {
            throw new NkGraphException("cannot load OpenNLP model: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        if (resource == null) {
            throw new NkGraphException(MODELS_FILE + ": a model name is missing");
        }
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new NkGraphException("model " + resource + " is not on the classpath (see " + MODELS_FILE + ")");
        }
        return in;
    }

    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    public TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }
}
