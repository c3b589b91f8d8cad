package io.groundswell.post;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;

/** Derives the plain text of a body for indexing and snippets; the original body is kept. */
public final class PlainText {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer MARKDOWN_TEXT =
            TextContentRenderer.builder().build();

    private PlainText() {}

    public static String of(String body, BodyFormat format) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        return switch (format) {
            case TEXT -> body;
                // jsoup drops tags, scripts and styles and decodes entities (&amp;, &eacute;, ...).
            case HTML -> Jsoup.parse(body).text();
            case MARKDOWN -> MARKDOWN_TEXT.render(MARKDOWN.parse(body));
        };
    }
}
