package org.nkgraph.doc;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads an {@code .html} or {@code .htm} file as one news article.
 *
 * <ul>
 *   <li>Text: the first of {@code <article>} (the one with most text when there are several),
 *       {@code [itemprop=articleBody]}, {@code <main>} and {@code <body>} that has text, without navigation, page
 *       header and footer, asides, forms, scripts and styles; blocks separated by blank lines. A leading heading
 *       equal to the title is dropped. A page without text is rejected.</li>
 *   <li>Title: {@code og:title}, else the first {@code <h1>}, else {@code <title>}.</li>
 *   <li>Published: meta {@code article:published_time}, {@code og:published_time}, {@code date}, {@code pubdate},
 *       {@code dc.date}, {@code dc.date.issued}; then {@code <time datetime>} in the article; then JSON-LD
 *       {@code datePublished}. The first that parses wins. Updated: {@code article:modified_time},
 *       {@code og:updated_time}, JSON-LD {@code dateModified}.</li>
 *   <li>Byline: meta {@code author}, {@code article:author} (unless a link), JSON-LD author, {@code [rel=author]};
 *       the author is null when the byline is generic ("Yonhap", "Staff Reporter").</li>
 *   <li>Publisher: {@code og:site_name}, JSON-LD publisher. URL: {@code link[rel=canonical]}, {@code og:url},
 *       JSON-LD {@code url}.</li>
 * </ul>
 */
public final class HtmlReader implements DocumentReader {

    private static final List<String> PUBLISHED_KEYS = List.of("article:published_time", "og:published_time",
            "date", "pubdate", "dc.date", "dc.date.issued", "datepublished");
    private static final List<String> UPDATED_KEYS = List.of("article:modified_time", "og:updated_time",
            "datemodified");

    private final HeaderDateParser dates;
    private final BylineParser bylines;

    /** A reader with the bundled header patterns (for dates and generic bylines). */
    public HtmlReader() {
        this(HeaderPatterns.standard());
    }

    public HtmlReader(HeaderPatterns patterns) {
        this.dates = new HeaderDateParser(patterns);
        this.bylines = new BylineParser(patterns);
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm");
    }

    @Override
    public List<Document> read(SourceFile file) {
        org.jsoup.nodes.Document page = Jsoup.parse(file.content());
        Map<String, String> meta = metaValues(page);
        JsonLdArticle ld = JsonLdArticle.find(page);
        String title = ReaderLib.firstPresent(meta.get("og:title"), textOf(page.selectFirst("h1")), page.title());
        Body body = body(page, title).orElseThrow(
                () -> new InputRejectedException(file.display(), "no article text"));
        Element time = body.root().selectFirst("time[datetime]");
        PublicationDate published = firstDate(meta, PUBLISHED_KEYS, time == null ? null : time.attr("datetime"),
                ld.datePublished());
        PublicationDate updated = firstDate(meta, UPDATED_KEYS, ld.dateModified());
        String articleAuthor = meta.get("article:author");
        String byline = ReaderLib.firstPresent(meta.get("author"), isLink(articleAuthor) ? null : articleAuthor,
                ld.author(), textOf(page.selectFirst("[rel=author]")));
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = ReaderLib.firstPresent(canonical == null ? null : canonical.attr("href"), meta.get("og:url"),
                ld.url());
        String publisher = ReaderLib.firstPresent(meta.get("og:site_name"), ld.publisher());
        Document doc = new Document(DocumentSource.ofFile(file.path(), format()), title, published, updated, byline,
                bylines.authorOf(byline), null, publisher, url, TextNormalizer.normalize(body.text()));
        return List.of(doc);
    }

    /** The first candidate that has text besides the title. */
    private static Optional<Body> body(org.jsoup.nodes.Document page, String title) {
        for (Element candidate : candidates(page)) {
            String text = withoutLeadingTitle(HtmlText.of(candidate), title);
            if (!text.isBlank()) {
                return Optional.of(new Body(candidate, text));
            }
        }
        return Optional.empty();
    }

    /** Where article text may be, most specific first; the longest of several {@code <article>}s first. */
    private static List<Element> candidates(org.jsoup.nodes.Document page) {
        Element article = page.select("article").stream()
                .max((a, b) -> Integer.compare(a.text().length(), b.text().length())).orElse(null);
        return Stream.of(article, page.selectFirst("[itemprop=articleBody]"),
                page.selectFirst("main"), page.body()).filter(Objects::nonNull).toList();
    }

    /** The first content of each meta key ({@code property}, {@code name} or {@code itemprop}), keys lower case. */
    private static Map<String, String> metaValues(org.jsoup.nodes.Document page) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : page.select("meta[content]")) {
            String key = ReaderLib.firstPresent(meta.attr("property"), meta.attr("name"), meta.attr("itemprop"));
            String content = ReaderLib.trimToNull(meta.attr("content"));
            if (key != null && content != null) {
                values.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
            }
        }
        return values;
    }

    private PublicationDate firstDate(Map<String, String> meta, List<String> keys, String... more) {
        for (String key : keys) {
            PublicationDate d = dates.parse(meta.get(key)).orElse(null);
            if (d != null) {
                return d;
            }
        }
        for (String text : more) {
            PublicationDate d = dates.parse(text).orElse(null);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String withoutLeadingTitle(String text, String title) {
        if (title == null || !text.startsWith(title)) {
            return text;
        }
        String rest = text.substring(title.length());
        return rest.isEmpty() || rest.startsWith("\n\n") ? rest.strip() : text;
    }

    private static String textOf(Element element) {
        return element == null ? null : element.text();
    }

    private static boolean isLink(String value) {
        return value != null && value.matches("(?i)^https?://.*");
    }

    /** The element the article text comes from, and the text. */
    private record Body(Element root, String text) {}
}
