package org.nkgraph.doc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a {@code .jsonl} file: one article per line, a JSON object with the fields {@code text} (required, a
 * non-blank string) and {@code title}, {@code date}, {@code author}, {@code publisher}, {@code url} (optional
 * strings). Blank lines are skipped. {@code date} takes any shape {@link HeaderDateParser} knows; one that does not
 * parse leaves the date unknown. An {@code author} that is generic ("Yonhap") is kept as the byline only.
 *
 * <p>A row that is not JSON, not an object, or has no text rejects the whole file, naming the first bad line:
 * a file is loaded entirely or not at all. Each document's source has the row's line and the key
 * {@code path#url}, or {@code path#L<line>} for a row without a URL.
 *
 * <pre>
 * {"title": "...", "date": "2025-12-05", "url": "https://example.org/a/1", "text": "..."}
 * </pre>
 */
public final class JsonLinesReader implements DocumentReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final HeaderDateParser dates;
    private final BylineParser bylines;

    /** A reader with the bundled header patterns (for dates and generic bylines). */
    public JsonLinesReader() {
        this(HeaderPatterns.standard());
    }

    public JsonLinesReader(HeaderPatterns patterns) {
        this.dates = new HeaderDateParser(patterns);
        this.bylines = new BylineParser(patterns);
    }

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public List<String> extensions() {
        return List.of("jsonl");
    }

    @Override
    public List<Document> read(SourceFile file) {
        List<Document> docs = new ArrayList<>();
        String[] rows = file.content().split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            if (!rows[i].isBlank()) {
                docs.add(readRow(file, file.firstLine() + i, rows[i]));
            }
        }
        if (docs.isEmpty()) {
            throw new InputRejectedException(file.display(), "no rows");
        }
        return docs;
    }

    private Document readRow(SourceFile file, int line, String row) {
        JsonNode node;
        try {
            node = MAPPER.readTree(row);
        } catch (JsonProcessingException e) {
            throw new InputRejectedException(file.display(), line, "not JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            throw new InputRejectedException(file.display(), line,
                    "not a JSON object but " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        JsonNode textNode = node.get("text");
        String text = textNode != null && textNode.isTextual() ? TextNormalizer.normalize(textNode.asText()) : "";
        if (text.isEmpty()) {
            throw new InputRejectedException(file.display(), line, "no \"text\" (a non-blank string is required)");
        }
        String url = field(node, "url");
        String path = file.path().toAbsolutePath().normalize().toString();
        String key = url != null ? path + "#" + url : path + "#L" + line;
        DocumentSource source = new DocumentSource(file.path().toAbsolutePath().normalize(), line, format(), key);
        String byline = field(node, "author");
        PublicationDate published = dates.parse(field(node, "date")).orElse(null);
        return new Document(source, field(node, "title"), published, null, byline, bylines.authorOf(byline), null,
                field(node, "publisher"), url, text);
    }

    /** A string field stripped, or null when it is absent, not a string or blank. */
    private static String field(JsonNode row, String name) {
        JsonNode value = row.get(name);
        return value != null && value.isTextual() ? ReaderLib.trimToNull(value.asText()) : null;
    }
}
