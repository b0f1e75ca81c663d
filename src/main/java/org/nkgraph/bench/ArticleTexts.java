package org.nkgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.InputRejectedException;
import org.nkgraph.doc.SourceFileLoader;
import org.nkgraph.sys.NkGraphException;

/**
 * The articles of a corpus as nkgraph reads them, for a tool that reads only plain text: each
 * {@link Document#text()} after {@link SourceFileLoader} (headers, bylines and JSON Lines fields already taken
 * apart) in a file of its own, so that another tool analyses exactly the text nkgraph analyses.
 *
 * <pre>
 * List&lt;Document&gt; docs = ArticleTexts.firstArticles(files, 1000);
 * List&lt;Path&gt; written = ArticleTexts.write(docs, work.resolve("texts"));   // 000001.txt, 000002.txt, ...
 * </pre>
 */
public final class ArticleTexts {

    private ArticleTexts() {}

    /**
     * The first {@code limit} articles of the files, in the files' order and, within a JSON Lines file, in row
     * order; a rejected file is skipped as a build would skip it.
     */
    public static List<Document> firstArticles(List<Path> files, int limit) {
        SourceFileLoader loader = SourceFileLoader.standard();
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            if (documents.size() >= limit) {
                break;
            }
            try {
                List<Document> read = loader.read(file);
                documents.addAll(read.subList(0, Math.min(read.size(), limit - documents.size())));
            } catch (InputRejectedException e) {
                // skipped: the build and the extraction measurement skip it too
            }
        }
        return documents;
    }

    /**
     * Replaces {@code dir} with one UTF-8 {@code .txt} file per document holding exactly its text, named by its
     * 1-based position with zeros in front so that the names sort in the documents' order.
     *
     * @return the files written, in the documents' order
     */
    public static List<Path> write(List<Document> documents, Path dir) {
        BenchRunner.deleteTree(dir);
        int width = Math.max(6, String.valueOf(documents.size()).length());
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < documents.size(); i++) {
                Path file = dir.resolve(String.format(Locale.ROOT, "%0" + width + "d.txt", i + 1));
                Files.writeString(file, documents.get(i).text(), StandardCharsets.UTF_8);
                written.add(file);
            }
        } catch (IOException e) {
            throw new NkGraphException("cannot write the article texts into " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }
}
