package org.nkgraph.doc;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a document came from.
 *
 * @param path   the file, as an absolute normalised path
 * @param line   the 1-based line for a JSON Lines row, 0 for a whole-file document
 * @param format the format's name ({@code txt}, {@code html}, {@code jsonl})
 * @param key    what identifies this document's slot across builds: the path, plus the row's URL or line for
 *               JSON Lines. A later build that finds different text under the same key replaces the article.
 */
public record DocumentSource(Path path, int line, String format, String key) {

    public DocumentSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(key, "key");
    }

    /** The source of a whole-file document. */
    public static DocumentSource ofFile(Path path, String format) {
        Path p = path.toAbsolutePath().normalize();
        return new DocumentSource(p, 0, format, p.toString());
    }

    /** The file's name without folders, as CQ06 and CQ08 report it. */
    public String fileName() {
        return path.getFileName().toString();
    }

    @Override
    public String toString() {
        return line > 0 ? path + ":" + line : path.toString();
    }
}
