package io.groundswell.integration.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small Stack Exchange dump in the real format: 2 questions, 3 answers, a tag wiki (not a post
 * here), an owner known only by name; up-, down- and other votes, one on a post not in the dump.
 * Zipped with Votes.xml first, so the import must open entries in its own order.
 */
final class StackExchangeDump {

    static final int POSTS = 5;
    /** Up- and down-votes on imported posts: 3 + 1 up on question 1, 1 down on answer 3, 1 up on answer 4. */
    static final int RATINGS = 6;

    private StackExchangeDump() {}

    static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            add(zip, "dump/Votes.xml", VOTES);
            add(zip, "dump/Users.xml", USERS);
            add(zip, "dump/Posts.xml", POSTS_XML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        // Dumps start with a byte-order mark.
        zip.write(("\uFEFF" + xml).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static final String POSTS_XML =
            """
            <?xml version="1.0" encoding="utf-8"?>
            <posts>
              <row Id="1" PostTypeId="1" AcceptedAnswerId="3" CreationDate="2021-03-01T10:15:30.123" Score="4" \
            Body="&lt;p&gt;Should we allow &lt;em&gt;caf&#xE9;&lt;/em&gt; questions?&lt;/p&gt;&#xA;" \
            OwnerUserId="10" Title="Are caf&#xE9; questions on topic?" Tags="&lt;discussion&gt;&lt;scope&gt;" \
            AnswerCount="2" ContentLicense="CC BY-SA 4.0" />
              <row Id="2" PostTypeId="1" CreationDate="2021-03-02T08:00:00.000" Score="1" \
            Body="&lt;p&gt;The tag list needs pruning.&lt;/p&gt;" OwnerDisplayName="Gone User" \
            Title="Prune the tags" Tags="|tags|maintenance|" ContentLicense="CC BY-SA 4.0" />
              <row Id="3" PostTypeId="2" ParentId="1" CreationDate="2021-03-01T12:00:00.000" Score="2" \
            Body="&lt;p&gt;Yes, within reason.&lt;/p&gt;" OwnerUserId="11" ContentLicense="CC BY-SA 4.0" />
              <row Id="4" PostTypeId="2" ParentId="1" CreationDate="2021-03-01T13:00:00.000" Score="0" \
            Body="&lt;p&gt;No.&lt;/p&gt;" OwnerUserId="-1" ContentLicense="CC BY-SA 4.0" />
              <row Id="5" PostTypeId="4" CreationDate="2021-03-01T13:00:00.000" Score="0" \
            Body="" OwnerUserId="-1" ContentLicense="CC BY-SA 4.0" />
              <row Id="6" PostTypeId="2" ParentId="2" CreationDate="2021-03-03T09:00:00.000" Score="0" \
            Body="&lt;p&gt;Agreed.&lt;/p&gt;" OwnerUserId="10" ContentLicense="CC BY-SA 4.0" />
            </posts>
            """;

    private static final String USERS =
            """
            <?xml version="1.0" encoding="utf-8"?>
            <users>
              <row Id="-1" Reputation="1" CreationDate="2021-01-01T00:00:00.000" DisplayName="Community" />
              <row Id="10" Reputation="101" CreationDate="2021-01-01T00:00:00.000" DisplayName="Zo&#xEB; Asker" />
              <row Id="11" Reputation="50" CreationDate="2021-01-01T00:00:00.000" DisplayName="Ann Answerer" />
              <row Id="12" Reputation="1" CreationDate="2021-01-01T00:00:00.000" DisplayName="Never Posted" />
            </users>
            """;

    private static final String VOTES =
            """
            <?xml version="1.0" encoding="utf-8"?>
            <votes>
              <row Id="1" PostId="1" VoteTypeId="2" CreationDate="2021-03-01T00:00:00.000" />
              <row Id="2" PostId="1" VoteTypeId="2" CreationDate="2021-03-01T00:00:00.000" />
              <row Id="3" PostId="1" VoteTypeId="2" CreationDate="2021-03-01T00:00:00.000" />
              <row Id="4" PostId="3" VoteTypeId="3" CreationDate="2021-03-01T00:00:00.000" />
              <row Id="5" PostId="3" VoteTypeId="1" CreationDate="2021-03-01T00:00:00.000" />
              <row Id="6" PostId="5" VoteTypeId="2" CreationDate="2021-03-01T00:00:00.000" />
              <row Id="7" PostId="99" VoteTypeId="2" CreationDate="2021-03-01T00:00:00.000" />
              <row Id="8" PostId="4" VoteTypeId="2" CreationDate="2021-03-02T00:00:00.000" />
              <row Id="9" PostId="1" VoteTypeId="2" CreationDate="2021-03-02T00:00:00.000" />
              <row Id="10" PostId="2" VoteTypeId="10" CreationDate="2021-03-02T00:00:00.000" />
            </votes>
            """;
}
