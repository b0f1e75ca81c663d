package org.nkgraph.doc;

import java.util.Objects;

/**
 * One news article as read from a file: its metadata and its normalised text.
 *
 * <p>Every character offset that nkgraph stores (sentences, mentions, evidence) counts into {@link #text()}, which
 * is the article body after {@link TextNormalizer#normalize(String)}: no byte-order mark, LF line endings, NFC.
 *
 * @param source    where the document came from (file, line, format)
 * @param title     the headline, or null when the source has none
 * @param published the publication date, or null when the source states none (nothing stands in for it)
 * @param updated   the date of the last update, or null
 * @param byline    the byline as written ("By Jane Doe in Seoul", "Staff Reporter"), or null
 * @param author    the author's name when the byline names a person, or null for generic bylines
 * @param dateline  the place the byline or dateline names ("Seoul"), or null
 * @param publisher the publisher's name, or null
 * @param url       the article's address, or null
 * @param text      the normalised article body, never blank
 */
public record Document(
        DocumentSource source,
        String title,
        PublicationDate published,
        PublicationDate updated,
        String byline,
        String author,
        String dateline,
        String publisher,
        String url,
        String text) {

    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("document text is blank: " + source);
        }
    }

    /** A document with only a source and text, the rest unknown. */
    public static Document ofText(DocumentSource source, String text) {
        return new Document(source, null, null, null, null, null, null, null, null, text);
    }

    /** The article's identity: a hash of its whitespace-folded text, the same whatever file it came from. */
    public String id() {
        return TextNormalizer.contentHash(text);
    }
}
