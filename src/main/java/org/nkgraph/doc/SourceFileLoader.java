package org.nkgraph.doc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks an input file and decodes it into a {@link SourceFile}, or rejects it with an
 * {@link InputRejectedException} that names the file (and the line, where there is one) and the reason:
 *
 * <ul>
 *   <li>the path does not exist, is not readable, or is not a regular file;</li>
 *   <li>its extension has no reader (the message lists the known ones);</li>
 *   <li>it is larger than the size limit ({@link #DEFAULT_MAX_BYTES} unless set);</li>
 *   <li>it is empty, binary, UTF-16, not valid UTF-8 (the message gives the byte offset), or only white space.</li>
 * </ul>
 *
 * <p>A UTF-8 byte-order mark and CRLF or CR line ends are fine: the content is normalised by
 * {@link TextNormalizer#normalize(String)}, and every offset downstream counts into the normalised text.
 *
 * <pre>
 * SourceFileLoader loader = SourceFileLoader.standard();
 * for (Path p : loader.collect(List.of(Path.of("news"), Path.of("extra.html")))) {
 *     try {
 *         List&lt;Document&gt; docs = loader.read(p);
 *     } catch (InputRejectedException e) {
 *         System.err.println(e.getMessage());   // news/bad.txt: not valid UTF-8: byte 0xC3 at byte offset 120
 *     }
 * }
 * </pre>
 */
public final class SourceFileLoader {

    /**
     * The default size limit: 64 MiB. Far above any news article (a large JSON Lines batch of some thousands of
     * articles fits), yet it stops a stray archive or database dump before it is read into memory.
     */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final DocumentReaderRegistry readers;
    private final long maxBytes;

    /**
     * @param readers  the readers; a file whose extension has none is rejected
     * @param maxBytes the size limit in bytes; larger files are rejected
     */
    public SourceFileLoader(DocumentReaderRegistry readers, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
        }
        this.readers = readers;
        this.maxBytes = maxBytes;
    }

    /** A loader with the standard readers and the default size limit. */
    public static SourceFileLoader standard() {
        return new SourceFileLoader(DocumentReaderRegistry.standard(), DEFAULT_MAX_BYTES);
    }

    /** The same readers with another size limit. */
    public SourceFileLoader withMaxBytes(long limit) {
        return new SourceFileLoader(readers, limit);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public DocumentReaderRegistry readers() {
        return readers;
    }

    /** Checks, loads and reads a file into its documents with the reader for its extension. */
    public List<Document> read(Path file) {
        SourceFile source = load(file);
        return readerFor(file, file.toString()).read(source);
    }

    /** Checks and decodes a file, named in messages as the path is written. */
    public SourceFile load(Path file) {
        return load(file, file.toString());
    }

    /**
     * Checks and decodes a file.
     *
     * @param display the file as the user named it, for messages
     * @throws InputRejectedException when the file cannot become documents; see the class comment
     */
    public SourceFile load(Path file, String display) {
        if (!Files.exists(file)) {
            throw new InputRejectedException(display, "no such file or folder");
        }
        if (!Files.isReadable(file)) {
            throw new InputRejectedException(display, "not readable (permission denied)");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputRejectedException(display, "not a regular file");
        }
        readerFor(file, display);
        byte[] bytes = readBytes(file, display);
        String decoded = ContentChecks.decode(bytes, display);
        String content = TextNormalizer.normalize(decoded);
        if (content.isEmpty()) {
            throw new InputRejectedException(display, "only white space");
        }
        return new SourceFile(file.toAbsolutePath().normalize(), display, content, firstLine(decoded));
    }

    /**
     * The files to load under the given roots, in a stable order: each root in turn; a folder's files with a known
     * extension, recursively and sorted by path, hidden files and folders (name starting with '.') skipped. A file
     * given directly is taken as it is, whatever its extension, and so is a path that does not exist: loading it
     * then rejects it with a message. A file reached twice is listed once.
     *
     * @throws InputRejectedException when a folder cannot be walked
     */
    public List<Path> collect(List<Path> roots) {
        return new InputCollector().collect(roots);
    }

    private DocumentReader readerFor(Path file, String display) {
        return readers.forPath(file).orElseThrow(() -> {
            String extension = DocumentReaderRegistry.extensionOf(file);
            String known = String.join(", ", readers.extensions().stream().map(e -> "." + e).toList());
            String what = extension.isEmpty() ? "no file extension" : "unknown extension '." + extension + "'";
            return new InputRejectedException(display, what + "; known: " + known);
        });
    }

    private byte[] readBytes(Path file, String display) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputRejectedException(display,
                        "too large: " + size + " bytes, over the limit of " + maxBytes + " bytes");
            }
            if (size == 0) {
                throw new InputRejectedException(display, "empty file");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > maxBytes) {
                // the file grew between the size check and the read
                throw new InputRejectedException(display,
                        "too large: over the limit of " + maxBytes + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new InputRejectedException(display, "cannot read: " + e.getMessage());
        }
    }

    /** The line on which the normalised content starts: normalisation strips the leading white space. */
    private static int firstLine(String decoded) {
        int line = 1;
        for (int i = decoded.startsWith("\uFEFF") ? 1 : 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (!Character.isWhitespace(c)) {
                break;
            }
            boolean crlf = c == '\r' && i + 1 < decoded.length() && decoded.charAt(i + 1) == '\n';
            if (c == '\n' || c == '\r' && !crlf) {
                line++;
            }
        }
        return line;
    }
}
