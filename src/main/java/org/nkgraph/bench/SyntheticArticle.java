package org.nkgraph.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One generated article: its style, header fields and body, and how it is written to a file. */
record SyntheticArticle(ArticleStyle style, String title, LocalDate published, String author, String body,
        int words) {

    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter POSTED = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ENGLISH);

    /** The file text of a {@code .txt} article (a JSON Lines row is written by the generator). */
    String render() {
        return switch (style) {
            case HEADER -> title + "\nPublished: " + PUBLISHED.format(published) + "\n"
                    + author.toUpperCase(Locale.ROOT) + "\n\n" + body + "\n";
            case MARKER -> " date " + published + " " + body + "\n";
            case PLAIN -> "\n" + body + "\n";
            case WIRE -> title + "\nPosted: " + POSTED.format(published) + " 09:30 KST\n\n" + body + "\n";
            case JSONL -> throw new IllegalStateException("a JSON Lines article is a row, not a file");
        };
    }
}
