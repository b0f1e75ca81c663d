package org.nkgraph.store;

import java.util.Objects;

/**
 * One article for a {@link BulkWriter}.
 *
 * @param id        the article's content hash
 * @param sourceKey the article's source slot (file, or JSON Lines row)
 * @param writer    writes the article's quads to the stream it is given
 */
public record ArticleWrite(String id, String sourceKey, ArticleWriter writer) {

    public ArticleWrite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(writer, "writer");
    }
}
