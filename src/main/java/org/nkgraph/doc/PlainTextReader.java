package org.nkgraph.doc;

import java.util.List;

/**
 * Reads a {@code .txt} file as one news article. A header at the top (headline, date lines, byline, a glued date
 * marker, a wire dateline) fills the document's metadata and is removed from the body; see
 * {@link TextHeaderScanner} for the shapes it recognises. A file without a header is all body, with no title and
 * no date: nothing stands in for a date the text does not state.
 *
 * <pre>
 * List&lt;Document&gt; docs = new PlainTextReader().read(SourceFileLoader.standard().load(Path.of("a.txt")));
 * </pre>
 */
public final class PlainTextReader implements DocumentReader {

    private final TextHeaderScanner scanner;

    /** A reader with the bundled header patterns. */
    public PlainTextReader() {
        this(HeaderPatterns.standard());
    }

    public PlainTextReader(HeaderPatterns patterns) {
        this.scanner = new TextHeaderScanner(patterns);
    }

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public List<String> extensions() {
        return List.of("txt");
    }

    @Override
    public List<Document> read(SourceFile file) {
        String content = TextNormalizer.normalize(file.content());
        if (content.isEmpty()) {
            throw new InputRejectedException(file.display(), "no text");
        }
        TextHeader header = scanner.scan(content);
        String body = TextNormalizer.normalize(content.substring(header.bodyStart()));
        if (body.isEmpty()) {
            throw new InputRejectedException(file.display(), "no article text after the header");
        }
        Document doc = new Document(DocumentSource.ofFile(file.path(), format()), header.title(), header.published(),
                header.updated(), header.byline(), header.author(), header.dateline(), null, null, body);
        return List.of(doc);
    }
}
