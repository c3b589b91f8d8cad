package io.groundswell.post;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * A body as HTML that is safe to insert into the dashboard: Markdown rendered by commonmark, text
 * split into paragraphs, and every format then cleaned by jsoup against one allow-list. This is
 * the only HTML the dashboard inserts as markup, so the allow-list is deliberately short: text
 * structure, and links to http, https and mailto that open apart from the dashboard.
 */
public final class BodyHtml {

    /** Marks links as written by users: no ranking credit, no window.opener, no referrer. */
    static final String LINK_REL = "nofollow noopener noreferrer ugc";

    private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create(), TablesExtension.create());
    private static final Parser MARKDOWN =
            Parser.builder().extensions(EXTENSIONS).build();
    // Raw HTML inside Markdown is passed on to the cleaner below, which keeps what the allow-list
    // has and drops the rest, as forums that accept Markdown do.
    private static final HtmlRenderer MARKDOWN_HTML =
            HtmlRenderer.builder().extensions(EXTENSIONS).build();

    /**
     * No images, styles, classes or ids: a remote image would tell its host who read the post and
     * when, inline styles are refused by the dashboard's Content-Security-Policy, and classes and
     * ids could take on the dashboard's own styling or anchors.
     */
    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "kbd")
            .addTags("ul", "ol", "li", "dl", "dt", "dd")
            .addTags("strong", "b", "em", "i", "u", "s", "del", "ins", "sub", "sup", "mark", "small", "q", "cite")
            .addTags("table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption")
            .addTags("a")
            .addAttributes("a", "href", "title")
            .addAttributes("ol", "start")
            .addAttributes("th", "colspan", "rowspan")
            .addAttributes("td", "colspan", "rowspan")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", LINK_REL)
            .addEnforcedAttribute("a", "target", "_blank");

    private BodyHtml() {}

    /**
     * The body as sanitised HTML. {@code postUrl}, the post's address in its own system, resolves
     * relative links (a Discourse post links to "/t/topic/12"); without one they are dropped.
     */
    public static String of(String body, BodyFormat format, String postUrl) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String baseUri = baseOf(postUrl);
        Document dirty =
                switch (format) {
                    case HTML -> Jsoup.parseBodyFragment(body, baseUri);
                    case MARKDOWN -> Jsoup.parseBodyFragment(MARKDOWN_HTML.render(MARKDOWN.parse(body)), baseUri);
                    case TEXT -> paragraphs(body, baseUri);
                };
        imagesAsLinks(dirty);
        headingsBelowTheTitle(dirty);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        // A link whose address was refused is left as its text.
        clean.body().select("a:not([href])").unwrap();
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Paragraphs at blank lines, line breaks kept; built as text nodes, so nothing in it is markup. */
    private static Document paragraphs(String text, String baseUri) {
        Document doc = Document.createShell(baseUri);
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            Element p = doc.body().appendElement("p");
            String[] lines = paragraph.split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p.appendElement("br");
                }
                p.appendText(lines[i]);
            }
        }
        return doc;
    }

    /**
     * An image becomes a link to it, so that reading a post loads nothing from elsewhere; an image
     * without a web address to link to leaves only its alt text.
     */
    private static void imagesAsLinks(Document doc) {
        for (Element image : doc.select("img")) {
            String alt = image.attr("alt").strip();
            String src = image.absUrl("src");
            if (src.startsWith("https://") || src.startsWith("http://")) {
                image.replaceWith(new Element("a").attr("href", src).text(alt.isEmpty() ? "Image" : "Image: " + alt));
            } else if (alt.isEmpty()) {
                image.remove();
            } else {
                image.replaceWith(new TextNode(alt));
            }
        }
    }

    /**
     * The post's title is the page's only h1, so a body whose headings start at h1 has them all
     * moved one level down; a body that starts at h2 ("## Rollout" in Markdown) keeps its levels.
     */
    private static void headingsBelowTheTitle(Document doc) {
        if (doc.body().selectFirst("h1") == null) {
            return;
        }
        for (Element heading : doc.body().select("h1, h2, h3, h4, h5")) {
            heading.tagName("h" + (heading.normalName().charAt(1) - '0' + 1));
        }
    }

    /** The post's own address when it is an absolute http(s) URL; empty otherwise. */
    private static String baseOf(String postUrl) {
        if (postUrl == null) {
            return "";
        }
        try {
            URI uri = new URI(postUrl.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : "";
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
