package io.groundswell.integration;

import io.groundswell.system.InstantBounds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * Makes what other systems send fit a post's rules (field lengths, at most 50 tags, no dates in
 * the future), so one odd field does not cost the whole post. Titles are text: kept as sent, and
 * read as HTML only where the source format says they are HTML.
 */
public final class IncomingText {

    public static final int MAX_TITLE = 500;
    public static final int MAX_EXTERNAL_ID = 256;
    public static final int MAX_PERSON_KEY = 128;
    public static final int MAX_URL = 2048;
    private static final int MAX_TAGS = 50;
    private static final int MAX_TAG = 64;

    private IncomingText() {}

    /**
     * A title that its source sends as plain text (Discourse's topic_title, a Stack Exchange dump's
     * Title, an RSS title), kept as sent: "Is a<b && b>c true?" stays exactly that. Only the
     * surrounding white space goes, and what is over the limit.
     */
    public static String title(String raw, String fallback) {
        String text = raw == null ? "" : raw.strip();
        return cut(text.isEmpty() ? fallback : text, MAX_TITLE);
    }

    /** The text of a field that its source declares HTML, such as an Atom title of type html. */
    public static String textOfHtml(String html) {
        return html == null ? null : Jsoup.parseBodyFragment(html).text();
    }

    /** An id that fits the external-id column; longer ones are replaced by their SHA-256, which stays unique. */
    public static String externalId(String raw) {
        return raw.length() <= MAX_EXTERNAL_ID ? raw : "sha256:" + sha256(raw);
    }

    /** A person key that fits; longer ones keep their start and a hash of the whole. */
    public static String personKey(String raw) {
        if (raw.length() <= MAX_PERSON_KEY) {
            return raw;
        }
        return raw.substring(0, MAX_PERSON_KEY - 17) + "#" + sha256(raw).substring(0, 16);
    }

    /** The URL if it is an absolute http(s) URL that fits, else null. */
    public static String url(String raw) {
        if (raw == null || raw.length() > MAX_URL || !raw.matches("https?://\\S+")) {
            return null;
        }
        return raw;
    }

    /** Lower-case, distinct, non-blank tags that fit, at most 50. */
    public static List<String> tags(Collection<String> raw) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : raw) {
            if (tag == null || tag.isBlank() || tags.size() == MAX_TAGS) {
                continue;
            }
            tags.add(cut(tag.strip().toLowerCase(Locale.ROOT), MAX_TAG));
        }
        return new ArrayList<>(tags);
    }

    /**
     * Dates in the future (wrong clocks, scheduled posts) become now; dates before the year 0001
     * are no date at all (null, as is null), since nothing stores or indexes them.
     */
    public static Instant notAfterNow(Instant instant) {
        if (instant == null || instant.isBefore(InstantBounds.EARLIEST)) {
            return null;
        }
        Instant now = Instant.now();
        return instant.isBefore(now) ? instant : now;
    }

    /** The text, or its first {@code max} characters; a character outside the BMP is never halved. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
