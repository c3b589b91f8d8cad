package io.groundswell.integration.imports;

import io.groundswell.integration.IncomingText;
import io.groundswell.integration.imports.StackExchangeStore.Question;
import io.groundswell.person.PersonDirectory.PersonRef;
import io.groundswell.post.BodyFormat;
import io.groundswell.post.PostKind;
import io.groundswell.post.PostRequest;
import io.groundswell.post.PostRequest.AuthorRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How rows of a Stack Exchange dump become posts, people and ratings.
 *
 * <p>People: a post's owner is {@code <source>:<OwnerUserId>}, named from Users.xml; an owner
 * known only by OwnerDisplayName (a deleted account) is {@code <source>:name:<name>}. Voters are
 * anonymous in the dump, so every up- or down-vote is a rater of its own, {@code
 * <source>:voter-<vote Id>}: distinct raters per post as on the site, and the same key when the
 * dump is imported again, so a re-import or a resumed job changes no rating.
 */
final class StackExchangeRows {

    static final String QUESTION = "1";
    static final String ANSWER = "2";
    static final String UP_VOTE = "2";
    static final String DOWN_VOTE = "3";
    static final String ANONYMOUS_VOTER = "Anonymous voter";

    private StackExchangeRows() {}

    static boolean isQuestionOrAnswer(XmlRows.Row row) {
        return QUESTION.equals(row.get("PostTypeId")) || ANSWER.equals(row.get("PostTypeId"));
    }

    /**
     * A question, or an answer titled "Re: <its question>" and tagged like it, in the thread of its
     * question (its ParentId, the question's external id).
     */
    static PostRequest post(XmlRows.Row row, Question question, String source, String siteUrl) {
        String id = row.get("Id");
        boolean isQuestion = QUESTION.equals(row.get("PostTypeId"));
        String title = isQuestion
                ? IncomingText.title(row.get("Title"), "Question " + id)
                : IncomingText.cut(
                        "Re: " + (question == null ? "question " + row.get("ParentId") : question.title()),
                        IncomingText.MAX_TITLE);
        List<String> tags = isQuestion ? tags(row.get("Tags")) : question == null ? List.of() : question.tags();
        return new PostRequest(
                source,
                id,
                siteUrl == null ? null : IncomingText.url(siteUrl + (isQuestion ? "/q/" : "/a/") + id),
                title,
                row.get("Body") == null ? "" : row.get("Body"),
                BodyFormat.HTML,
                owner(row, source),
                IncomingText.notAfterNow(date(row.get("CreationDate"))),
                IncomingText.tags(tags),
                isQuestion ? null : row.get("ParentId"),
                isQuestion ? PostKind.QUESTION : PostKind.ANSWER);
    }

    static AuthorRequest owner(XmlRows.Row row, String source) {
        String userId = row.get("OwnerUserId");
        if (userId != null && !userId.isBlank()) {
            return new AuthorRequest(userKey(source, userId), null, null);
        }
        String name = row.get("OwnerDisplayName");
        if (name != null && !name.isBlank()) {
            return new AuthorRequest(
                    IncomingText.personKey(source + ":name:" + name.strip().toLowerCase(Locale.ROOT)),
                    IncomingText.cut(name.strip(), 200),
                    null);
        }
        return new AuthorRequest(source + ":unknown", "Unknown user", null);
    }

    static String userKey(String source, String userId) {
        return IncomingText.personKey(source + ":" + userId.strip());
    }

    static PersonRef voter(XmlRows.Row vote, String source) {
        return new PersonRef(IncomingText.personKey(source + ":voter-" + vote.get("Id")), ANONYMOUS_VOTER, null);
    }

    /** 5 stars for an up-vote, 1 for a down-vote, 0 for votes that are not ratings (favourites, closes, ...). */
    static int stars(XmlRows.Row vote) {
        String type = vote.get("VoteTypeId");
        return UP_VOTE.equals(type) ? 5 : DOWN_VOTE.equals(type) ? 1 : 0;
    }

    /** {@code <a><b>} in older dumps, {@code |a|b|} in newer ones. */
    static List<String> tags(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String[] parts = raw.startsWith("|")
                ? raw.split("\\|")
                : raw.replace("><", "|").replaceAll("[<>]", "").split("\\|");
        return Arrays.stream(parts).filter(tag -> !tag.isBlank()).toList();
    }

    /** Dump dates are UTC without a zone: {@code 2010-08-25T19:50:51.187}. */
    static Instant date(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(raw).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
