package io.groundswell.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A body as text to show people: HTML reduced to its text with paragraphs kept apart, text and
 * Markdown as written (Markdown is meant to read as text). Clients put it in text nodes and need
 * no HTML or entity knowledge of their own.
 */
public final class ReadableText {

    private ReadableText() {}

    public static String of(String body, BodyFormat format) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        return format == BodyFormat.HTML ? ofHtml(body) : body;
    }

    private static String ofHtml(String html) {
        StringBuilder text = new StringBuilder(html.length());
        // jsoup drops scripts, styles and comments from text and decodes every entity; blocks become
        // the blank lines that separate paragraphs, <br> a line break.
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            text.append(textNode.text());
                        } else if (node instanceof Element element && element.nameIs("br")) {
                            text.append('\n');
                        } else if (isBlock(node)) {
                            text.append("\n\n");
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (isBlock(node)) {
                            text.append("\n\n");
                        }
                    }
                },
                Jsoup.parseBodyFragment(html).body());
        return text.toString()
                .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && element.isBlock();
    }
}
