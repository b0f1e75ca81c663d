package org.nkgraph.doc;

import java.nio.file.Path;

/**
 * A file's checked, decoded and normalised content, ready for a {@link DocumentReader}.
 *
 * @param path    absolute normalised path
 * @param display the file as the user named it, for messages
 * @param content the content, valid UTF-8 decoded and normalised
 */
public record SourceFile(Path path, String display, String content) {}
