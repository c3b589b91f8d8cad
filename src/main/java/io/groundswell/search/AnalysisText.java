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

    /**
     * Headers of forwarded mail and reply attributions, in the languages we analyse, matched
     * against one stripped line that contains a colon. Quantifiers are possessive or bounded, so
     * a line costs one pass, never a pass per character.
     */
    private static final Pattern HEADER = Pattern.compile(
            "(?i)(from|sent|to|cc|subject|date|de|envoyé|à|objet|von|gesendet|an|betreff|asunto|enviado|para)\\s*+:.*+"
                    + "|on .{3,120} wrote:|le .{3,120} a écrit\\s*+:|am .{3,120} schrieb .{0,80}:");

    /**
     * A longer line is prose (or data) that happens to start like a header or hold an operator,
     * not a header or a line of code; the patterns never read it, however long bodies get.
     */
    private static final int MAX_CHECKED_LINE = 1_000;

    private static final String FENCE = "```";

    /** Operators and markup typical of code, looked for in lines holding one of CODE_CHARS. */
    private static final Pattern CODE_MARKER = Pattern.compile("=>|==|!=|\\)\\s*+\\{|\\w\\(\\)|</?\\w++>");

    private static final String CODE_CHARS = "=!()<";

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
        return dropQuotesAndCode(withoutFencedCode(decoded));
    }

    /**
     * Replaces each fenced code block (plain text or Markdown sent as text) by a space; a fence
     * left open runs to the end. One pass over the text.
     */
    static String withoutFencedCode(String text) {
        int open = text.indexOf(FENCE);
        if (open < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        while (open >= 0) {
            kept.append(text, from, open).append(' ');
            int close = text.indexOf(FENCE, open + FENCE.length());
            from = close < 0 ? text.length() : close + FENCE.length();
            open = close < 0 ? -1 : text.indexOf(FENCE, from);
        }
        return kept.append(text, from, text.length()).toString();
    }

    /**
     * Drops quoted reply lines ("> …"), mail headers and lines that read like code (ending in
     * {@code ; { }} or holding typical operators), line by line: cheap character tests first, a
     * regular expression only for the few lines they let through.
     */
    static String dropQuotesAndCode(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (!isQuoteOrHeader(line) && !looksLikeCode(line)) {
                kept.append(line);
            }
            if (end < text.length()) {
                kept.append('\n');
            }
            start = end + 1;
        }
        return kept.toString();
    }

    private static boolean isQuoteOrHeader(String line) {
        String stripped = line.strip();
        return stripped.startsWith(">")
                || (stripped.length() <= MAX_CHECKED_LINE
                        && stripped.indexOf(':') >= 0
                        && HEADER.matcher(stripped).matches());
    }

    private static boolean looksLikeCode(String line) {
        String trimmed = line.stripTrailing();
        if (!trimmed.isEmpty() && ";{}".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            return true;
        }
        if (line.length() > MAX_CHECKED_LINE) {
            return false;
        }
        for (int i = 0; i < CODE_CHARS.length(); i++) {
            if (line.indexOf(CODE_CHARS.charAt(i)) >= 0) {
                return CODE_MARKER.matcher(line).find();
            }
        }
        return false;
    }
}
