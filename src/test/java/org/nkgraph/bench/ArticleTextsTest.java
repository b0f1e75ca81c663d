package org.nkgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkgraph.doc.Document;
import org.nkgraph.doc.SourceFileLoader;

class ArticleTextsTest {

    @TempDir
    Path dir;

    @Test
    void writesOneFilePerArticleWithTheDocumentsText() throws IOException {
        List<Path> files = corpus(40);
        List<Document> expected = readAll(files);
        assertTrue(expected.stream().anyMatch(d -> d.source().format().equals("jsonl")), "JSON Lines rows");
        assertTrue(expected.stream().anyMatch(d -> d.title() != null), "headers taken apart from the text");

        List<Document> documents = ArticleTexts.firstArticles(files, Integer.MAX_VALUE);
        List<Path> written = ArticleTexts.write(documents, dir.resolve("texts"));

        assertEquals(expected.size(), written.size());
        assertEquals(written, listed(dir.resolve("texts")), "one file per article, names sorted in article order");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).text(), Files.readString(written.get(i), StandardCharsets.UTF_8),
                    expected.get(i).source().toString());
        }
    }

    @Test
    void firstArticlesStopsAtTheLimitAndWriteReplacesOldTexts() throws IOException {
        List<Path> files = corpus(40);
        List<Document> all = readAll(files);
        ArticleTexts.write(all, dir.resolve("texts"));

        List<Document> first = ArticleTexts.firstArticles(files, 7);
        List<Path> written = ArticleTexts.write(first, dir.resolve("texts"));

        assertEquals(all.subList(0, 7), first);
        assertEquals(7, listed(dir.resolve("texts")).size(), "texts of an earlier, larger run are gone");
        assertEquals(all.get(6).text(), Files.readString(written.get(6), StandardCharsets.UTF_8));
    }

    private List<Path> corpus(int articles) {
        CorpusGenerator.bundled().generate(articles, 8L, dir.resolve("corpus"));
        return SourceFileLoader.standard().collect(List.of(dir.resolve("corpus")));
    }

    private static List<Document> readAll(List<Path> files) {
        List<Document> documents = new ArrayList<>();
        files.forEach(f -> documents.addAll(SourceFileLoader.standard().read(f)));
        return documents;
    }

    private static List<Path> listed(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.sorted().toList();
        }
    }
}
