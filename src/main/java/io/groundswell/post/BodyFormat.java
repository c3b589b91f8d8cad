package io.groundswell.post;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a post body is written. The original is kept; plain text is derived for indexing. */
public enum BodyFormat {
    TEXT,
    HTML,
    MARKDOWN;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static BodyFormat fromWire(String value) {
        for (BodyFormat format : values()) {
            if (format.wireName().equalsIgnoreCase(value)) {
                return format;
            }
        }
        throw new IllegalArgumentException("bodyFormat must be one of text, html, markdown");
    }
}
