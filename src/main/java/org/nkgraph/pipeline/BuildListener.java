package org.nkgraph.pipeline;

import org.nkgraph.doc.Document;
import org.nkgraph.doc.InputRejectedException;
import org.nkgraph.store.ArticleStatus;

/** Hears what a build does, file by file: the command line prints progress and rejections from it. */
public interface BuildListener {

    /** A file or row was rejected; nothing of it was written. */
    default void rejected(InputRejectedException problem) {}

    /** An article was written (or found unchanged). */
    default void article(Document doc, ArticleStatus status) {}

    /** {@code done} of {@code total} files have been read. */
    default void progress(int done, int total) {}

    BuildListener SILENT = new BuildListener() {};
}
