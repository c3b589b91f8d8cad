package io.groundswell.integration.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.groundswell.integration.IncomingText;
import io.groundswell.post.BodyFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * The one place that knows Rome. Rome's XmlReader picks the encoding from the bytes (BOM), the XML
 * prolog and the Content-Type together, which is what makes ISO-8859-15 and UTF-16 feeds decode;
 * doctypes stay refused so a feed cannot make the parser read local files (XXE).
 */
final class FeedParser {

    /** A parsed feed: its title and its entries in document order. */
    record Parsed(String title, List<FeedEntry> entries) {}

    private FeedParser() {}

    static Parsed parse(byte[] document, String contentType, URI base) throws IOException, FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try (XmlReader reader = contentType == null
                ? new XmlReader(new ByteArrayInputStream(document), true)
                : new XmlReader(new ByteArrayInputStream(document), contentType, true)) {
            feed = input.build(reader);
        }
        List<FeedEntry> entries = new ArrayList<>(feed.getEntries().size());
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(entry(entry, base));
        }
        return new Parsed(feed.getTitle(), entries);
    }

    private static FeedEntry entry(SyndEntry entry, URI base) {
        String rawLink = entry.getLink();
        if (blank(rawLink) && !entry.getLinks().isEmpty()) {
            rawLink = entry.getLinks().stream()
                    .map(SyndLink::getHref)
                    .filter(href -> !blank(href))
                    .findFirst()
                    .orElse(null);
        }
        String link = resolve(base, rawLink);
        // For RSS items without a guid Rome reports the (maybe relative) link as the id.
        String id = blank(entry.getUri()) || entry.getUri().equals(rawLink)
                ? null
                : entry.getUri().strip();
        SyndContent content = entry.getContents().isEmpty()
                ? entry.getDescription()
                : entry.getContents().get(0);
        return new FeedEntry(
                id,
                link,
                title(entry),
                content == null || content.getValue() == null ? "" : content.getValue(),
                format(content),
                author(entry),
                instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                entry.getCategories().stream().map(SyndCategory::getName).toList());
    }

    /**
     * Atom says whether a title is text, html or xhtml; an RSS title is text, whatever it looks
     * like (the RSS Advisory Board: titles do not contain HTML, and are shown literally).
     */
    private static String title(SyndEntry entry) {
        SyndContent title = entry.getTitleEx();
        boolean html = title != null
                && title.getType() != null
                && title.getType().toLowerCase(Locale.ROOT).contains("html");
        return html ? IncomingText.textOfHtml(title.getValue()) : entry.getTitle();
    }

    private static String author(SyndEntry entry) {
        if (!blank(entry.getAuthor())) {
            return entry.getAuthor().strip();
        }
        return entry.getAuthors().stream()
                .map(SyndPerson::getName)
                .filter(name -> !blank(name))
                .map(String::strip)
                .findFirst()
                .orElse(null);
    }

    /** RSS descriptions are escaped HTML in practice; Atom says "text", "html" or "xhtml". */
    private static BodyFormat format(SyndContent content) {
        String type = content == null || content.getType() == null
                ? "html"
                : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? BodyFormat.TEXT : BodyFormat.HTML;
    }

    private static String resolve(URI base, String link) {
        if (blank(link)) {
            return null;
        }
        try {
            return base.resolve(link.strip()).toString();
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
