package io.groundswell.integration.feed;

/** Small feeds as real servers send them: RSS 2.0 and Atom, with the quirks the parser must survive. */
final class FeedDocuments {

    private FeedDocuments() {}

    /** RSS 2.0: a guid, a relative link, dc:creator, a title with an ampersand, and an item without a date. */
    static String rss() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel>
                    <title>Team blog</title>
                    <link>https://blog.example/</link>
                    <description>What the team is up to</description>
                    <item>
                      <title>Quarterly planning &amp; budgets</title>
                      <link>/posts/planning</link>
                      <guid isPermaLink="false">post-planning-1</guid>
                      <dc:creator>Jane Doe</dc:creator>
                      <category>Planning</category>
                      <pubDate>Mon, 12 Jan 2026 09:30:00 GMT</pubDate>
                      <description>&lt;p&gt;The &lt;b&gt;budget&lt;/b&gt; is out.&lt;/p&gt;</description>
                    </item>
                    <item>
                      <title>No date here</title>
                      <link>/posts/undated</link>
                      <description>An entry without a pubDate.</description>
                    </item>
                  </channel>
                </rss>
                """;
    }

    /** Declared ISO-8859-15 in the prolog only; the euro sign and Œ exist in -15 but not in -1. */
    static String latinRss() {
        return """
                <?xml version="1.0" encoding="ISO-8859-15"?>
                <rss version="2.0">
                  <channel>
                    <title>Le blog</title>
                    <link>https://blog.example/fr/</link>
                    <description>En français</description>
                    <item>
                      <title>Café crème à 3 €, déjà vu</title>
                      <link>https://blog.example/fr/cafe</link>
                      <guid>https://blog.example/fr/cafe</guid>
                      <author>marie@example.com (Marie Curie)</author>
                      <pubDate>Tue, 13 Jan 2026 10:00:00 +0100</pubDate>
                      <description>Œuvre complète, naïveté, garçon.</description>
                    </item>
                  </channel>
                </rss>
                """;
    }

    /** Atom, sent as UTF-16 with a byte-order mark, with an entry link relative to the feed. */
    static String atom() {
        return """
                <?xml version="1.0" encoding="UTF-16"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Breite Zeichen</title>
                  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
                  <updated>2026-01-14T08:00:00Z</updated>
                  <entry>
                    <title type="text">Über naïve Größe – 日本語</title>
                    <link href="entries/7"/>
                    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                    <updated>2026-01-14T08:00:00Z</updated>
                    <author><name>Jürgen Ökonom</name></author>
                    <content type="html">&lt;p&gt;Grüße aus Köln&lt;/p&gt;</content>
                  </entry>
                </feed>
                """;
    }
}
