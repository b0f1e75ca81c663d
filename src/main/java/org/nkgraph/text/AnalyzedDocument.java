package org.nkgraph.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.nkgraph.doc.Document;

/** A document and what the analysis stages have found in it so far. */
public final class AnalyzedDocument {

    private final Document document;
    private final Set<Layer> layers = EnumSet.noneOf(Layer.class);
    private List<Sentence> sentences = List.of();
    private final List<Mention> mentions = new ArrayList<>();

    public AnalyzedDocument(Document document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    void markDone(Set<Layer> provided) {
        layers.addAll(provided);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public void setSentences(List<Sentence> newSentences) {
        this.sentences = List.copyOf(newSentences);
    }

    /** The mentions found, ordered by offset. */
    public List<Mention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    public void addMention(Mention mention) {
        mentions.add(mention);
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    }

    /** The sentence that contains the offset; every offset inside the text has one. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no sentence at offset " + offset + " in " + document.source());
    }
}
