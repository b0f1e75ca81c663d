package org.nkgraph.doc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The article metadata of a page's JSON-LD ({@code <script type="application/ld+json">}): the first node, at the
 * top, in an array or in an {@code @graph}, whose {@code @type} is an article type or that has a
 * {@code datePublished}. A script that is not valid JSON is skipped: broken metadata does not make the article
 * unreadable.
 *
 * @param headline      {@code headline}, or null
 * @param datePublished {@code datePublished} as written, or null
 * @param dateModified  {@code dateModified} as written, or null
 * @param author        the {@code author}'s name (names joined for several), or null
 * @param publisher     the {@code publisher}'s name, or null
 * @param url           {@code url} or {@code mainEntityOfPage}, or null
 */
record JsonLdArticle(String headline, String datePublished, String dateModified, String author, String publisher,
        String url) {

    static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, null, null, null);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The article metadata of the page's JSON-LD, or {@link #NONE}. */
    static JsonLdArticle find(org.jsoup.nodes.Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = MAPPER.readTree(script.data());
            } catch (JsonProcessingException e) {
                continue;
            }
            JsonNode article = findArticle(root);
            if (article != null) {
                return of(article);
            }
        }
        return NONE;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticleType(node.get("@type")) || node.hasNonNull("datePublished")) {
            return node;
        }
        return findArticle(node.get("@graph"));
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText("");
        return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report");
    }

    private static JsonLdArticle of(JsonNode article) {
        return new JsonLdArticle(text(article.get("headline")), text(article.get("datePublished")),
                text(article.get("dateModified")), names(article.get("author")), names(article.get("publisher")),
                ReaderLib.firstPresent(text(article.get("url")), text(article.get("mainEntityOfPage"))));
    }

    /** A string value, or the {@code @id} of an object, or null. */
    private static String text(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isObject()) {
            return text(value.get("@id"));
        }
        return value.isTextual() ? ReaderLib.trimToNull(value.asText()) : null;
    }

    /** The name of a person or organisation node, a plain string, or the names of an array of them. */
    private static String names(JsonNode value) {
        if (value == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        Iterable<JsonNode> items = value.isArray() ? value : List.of(value);
        for (JsonNode item : items) {
            String name = item.isObject() ? text(item.get("name")) : text(item);
            if (name != null) {
                names.add(name);
            }
        }
        return ReaderLib.joinNames(names);
    }
}
