package org.nkgraph.doc;

import java.util.List;

/**
 * Turns the decoded content of one file into documents. A reader is registered in {@link DocumentReaderRegistry}
 * under the file extensions of its format.
 */
public interface DocumentReader {

    /** The format's name, also stored with each article ({@code txt}, {@code html}, {@code jsonl}). */
    String format();

    /** The file extensions, lower case without the dot, that this reader takes. */
    List<String> extensions();

    /**
     * Reads the file's content (already checked to be valid, non-blank UTF-8 and normalised by
     * {@link TextNormalizer#normalize(String)}).
     *
     * @throws InputRejectedException when the file, or any row of it, cannot become a document: the whole file is
     *                                then rejected, so nothing of it reaches the store
     */
    List<Document> read(SourceFile file);
}
