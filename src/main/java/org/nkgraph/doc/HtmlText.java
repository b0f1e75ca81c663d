package org.nkgraph.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML element: text of paragraphs, headings, list items and other blocks, separated by
 * blank lines so that sentence splitting never runs one block into the next; {@code <br>} becomes a line break.
 * Navigation, page header and footer, asides, forms, scripts and styles are left out.
 */
final class HtmlText {

    /** Elements whose text is never article text. */
    static final String NON_CONTENT =
            "script, style, noscript, template, iframe, svg, button, nav, header, footer, aside, form";

    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "dd", "div", "dl", "dt",
            "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre",
            "section", "table", "td", "th", "tr", "ul");

    private HtmlText() {}

    /** The element's text, paragraphs separated by "\n\n", or an empty string when it has none. */
    static String of(Element element) {
        Element copy = element.clone();
        copy.select(NON_CONTENT).remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }
        }, copy);
        return tidy(out.toString());
    }

    /** Collapses spaces, trims lines, and keeps exactly one blank line between non-empty blocks. */
    private static String tidy(String raw) {
        List<String> blocks = new ArrayList<>();
        for (String block : raw.split("\n\\s*\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\n")) {
                String s = line.replace('\u00A0', ' ').replaceAll("[ \\t\\f\\x0B]+", " ").strip();
                if (!s.isEmpty()) {
                    lines.add(s);
                }
            }
            if (!lines.isEmpty()) {
                blocks.add(String.join("\n", lines));
            }
        }
        return String.join("\n\n", blocks);
    }
}
