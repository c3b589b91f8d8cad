package io.groundswell.search;

import io.groundswell.post.BodyFormat;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The text of a post as trend analytics should read it: what people wrote in their own words.
 * Unlike the text for search, it leaves out code, quoted replies and mail headers, which repeat
 * or are not prose, and it decodes HTML entities even in plain-text bodies.
 */
final class AnalysisText {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN_HTML = HtmlRenderer.builder().build();

    /** Quoted reply lines ("> …") and headers of forwarded mail, in the languages we analyse. */
    private static final Pattern QUOTED_OR_HEADER = Pattern.compile(
            "(?im)^\\s*(>.*|(from|sent|to|cc|subject|date|de|envoyé|à|objet|von|gesendet|an|betreff|asunto|enviado|para)\\s*:.*"
                    + "|on .{3,120} wrote:\\s*|le .{3,120} a écrit\\s*:\\s*|am .{3,120} schrieb .{0,80}:\\s*)$");

    /** Fenced code blocks in plain text or Markdown that was sent as text. */
    private static final Pattern FENCED_CODE = Pattern.compile("(?s)```.*?(```|$)");

    /** A line that reads like code: ends in ; { } or holds typical operators. */
    private static final Pattern CODE_LINE =
            Pattern.compile("(?m)^.*([;{}]\\s*$|=>|==|!=|\\)\\s*\\{|\\w+\\(\\)|</?\\w+>).*$");

    private AnalysisText() {}

    static String of(String title, String body, BodyFormat format) {
        // Titles are plain text, but integrations do send "R&amp;D": decode for analysis.
        String decodedTitle = org.jsoup.parser.Parser.unescapeEntities(title == null ? "" : title, false);
        return decodedTitle + "\n" + bodyText(body == null ? "" : body, format);
    }

    private static String bodyText(String body, BodyFormat format) {
        return switch (format) {
            case HTML -> fromHtml(body);
            case MARKDOWN -> fromHtml(MARKDOWN_HTML.render(MARKDOWN.parse(body)));
            case TEXT -> fromPlainText(body);
        };
    }

    private static String fromHtml(String html) {
        Document document = Jsoup.parse(html);
        document.select("pre, code, blockquote, script, style").remove();
        // Keep line structure so quoted lines and headers can still be recognised.
        document.select("br, p, div, li, tr, h1, h2, h3, h4, h5, h6").append("\\n");
        String text = document.text().replace("\\n", "\n");
        return dropQuotesAndCode(text);
    }

    private static String fromPlainText(String text) {
        String decoded = org.jsoup.parser.Parser.unescapeEntities(text, false);
        return dropQuotesAndCode(FENCED_CODE.matcher(decoded).replaceAll(" "));
    }

    private static String dropQuotesAndCode(String text) {
        String withoutQuotes = QUOTED_OR_HEADER.matcher(text).replaceAll("");
        return CODE_LINE.matcher(withoutQuotes).replaceAll("");
    }
}
