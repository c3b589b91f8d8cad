package io.groundswell.post;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What part a post plays in its thread: it opens one (question, article) or replies (answer, comment). */
public enum PostKind {
    QUESTION,
    ANSWER,
    COMMENT,
    ARTICLE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PostKind fromWire(String value) {
        for (PostKind kind : values()) {
            if (kind.wireName().equalsIgnoreCase(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind must be one of question, answer, comment, article");
    }

    /** Answers and comments reply to a thread someone else opened. */
    public boolean isReply() {
        return this == ANSWER || this == COMMENT;
    }
}
