package io.groundswell.integration.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Feed titles are text, except where Atom declares one html or xhtml. */
class FeedTitleTest {

    private static final URI BASE = URI.create("https://blog.example/feed");

    @Test
    void shouldReadRssTitlesAsText() throws Exception {
        assertThat(rssTitle("Why does &lt;div&gt; collapse in flexbox?"))
                .isEqualTo("Why does <div> collapse in flexbox?");
        assertThat(rssTitle("<![CDATA[Is a<b && b>c true?]]>")).isEqualTo("Is a<b && b>c true?");
        assertThat(rssTitle("R&amp;amp;D")).isEqualTo("R&amp;D");
    }

    @Test
    void shouldReadAtomTextTitlesAsText() throws Exception {
        assertThat(atomTitle("type=\"text\"", "&lt;nettime&gt; The War Prayer")).isEqualTo("<nettime> The War Prayer");
        assertThat(atomTitle("", "Cron &lt;yyyy@dogma&gt; /home/yyyy/logs/runme"))
                .isEqualTo("Cron <yyyy@dogma> /home/yyyy/logs/runme");
    }

    @Test
    void shouldReadTheTextOfAtomHtmlTitles() throws Exception {
        assertThat(atomTitle("type=\"html\"", "Is a&amp;lt;b &amp;amp;&amp;amp; b&amp;gt;c &lt;em&gt;true&lt;/em&gt;?"))
                .isEqualTo("Is a<b && b>c true?");
        assertThat(atomTitle("type=\"xhtml\"", "<div xmlns=\"http://www.w3.org/1999/xhtml\">Big <em>news</em></div>"))
                .isEqualTo("Big news");
    }

    private static String rssTitle(String title) throws Exception {
        String rss =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Blog</title><link>https://blog.example/</link>
                  <description>d</description>
                  <item><title>%s</title><link>https://blog.example/1</link><description>b</description></item>
                </channel></rss>
                """
                        .formatted(title);
        return parse(rss);
    }

    private static String atomTitle(String type, String title) throws Exception {
        String atom =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title><id>urn:blog</id>
                  <updated>2026-01-14T08:00:00Z</updated>
                  <entry><title %s>%s</title><link href="https://blog.example/1"/><id>urn:1</id>
                    <updated>2026-01-14T08:00:00Z</updated><content type="text">b</content></entry>
                </feed>
                """
                        .formatted(type, title);
        return parse(atom);
    }

    private static String parse(String document) throws Exception {
        return FeedParser.parse(document.getBytes(StandardCharsets.UTF_8), "application/xml", BASE)
                .entries()
                .get(0)
                .title();
    }
}
