package org.nkgraph.doc;

import java.nio.file.Path;

/**
 * A file's checked, decoded and normalised content, ready for a {@link DocumentReader}.
 *
 * @param path      absolute normalised path
 * @param display   the file as the user named it, for messages
 * @param content   the content, valid UTF-8 decoded and normalised
 * @param firstLine the 1-based line of the file on which {@code content} starts: normalisation strips leading
 *                  blank lines, and line-based formats (JSON Lines) still report the file's own line numbers
 */
public record SourceFile(Path path, String display, String content, int firstLine) {

    /** Content that starts on the file's first line. */
    public SourceFile(Path path, String display, String content) {
        this(path, display, content, 1);
    }
}
