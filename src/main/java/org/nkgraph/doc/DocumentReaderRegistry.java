package org.nkgraph.doc;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The readers by file extension (lower case, without the dot). A new format is added by registering its reader,
 * not by editing a switch.
 *
 * <pre>
 * DocumentReaderRegistry readers = DocumentReaderRegistry.standard();   // txt, html, htm, jsonl
 * readers.register(new MyReader());
 * Optional&lt;DocumentReader&gt; r = readers.forPath(Path.of("news/a.HTML"));   // the HTML reader
 * </pre>
 *
 * <p>Registration is not synchronised: register readers before sharing the registry between threads.
 */
public final class DocumentReaderRegistry {

    private final Map<String, DocumentReader> byExtension = new TreeMap<>();

    /** An empty registry. */
    public DocumentReaderRegistry() {}

    /** A new registry with the three standard readers: plain text, HTML and JSON Lines. */
    public static DocumentReaderRegistry standard() {
        HeaderPatterns patterns = HeaderPatterns.standard();
        return new DocumentReaderRegistry()
                .register(new PlainTextReader(patterns))
                .register(new HtmlReader(patterns))
                .register(new JsonLinesReader(patterns));
    }

    /** Registers the reader under each of its extensions, replacing any reader registered there before. */
    public DocumentReaderRegistry register(DocumentReader reader) {
        for (String extension : reader.extensions()) {
            byExtension.put(extension.toLowerCase(Locale.ROOT), reader);
        }
        return this;
    }

    /** The reader for an extension, in any case, with or without the dot. */
    public Optional<DocumentReader> forExtension(String extension) {
        String key = extension.startsWith(".") ? extension.substring(1) : extension;
        return Optional.ofNullable(byExtension.get(key.toLowerCase(Locale.ROOT)));
    }

    /** The reader for a file by its extension; empty for a file with none or with an unknown one. */
    public Optional<DocumentReader> forPath(Path file) {
        String extension = extensionOf(file);
        return extension.isEmpty() ? Optional.empty() : forExtension(extension);
    }

    /** The registered extensions, sorted. */
    public SortedSet<String> extensions() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byExtension.keySet()));
    }

    /** The file name's extension in lower case without the dot, or "" when it has none (".bashrc" has none). */
    public static String extensionOf(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 || dot == s.length() - 1 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
