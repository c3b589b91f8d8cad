package io.groundswell.rating;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.groundswell.post.BulkItemResult;

/**
 * The outcome of one item of a bulk rating request, in request order: {@code index} counts items
 * from 0, {@code line} is the NDJSON line. Statuses as for posts' bulk, plus {@code unchanged} for
 * a replay that changed nothing or that is older than the rating already stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RatingItemResult(int index, Integer line, Long postId, String raterId, String status, String error) {

    public static final String CREATED = BulkItemResult.CREATED;
    public static final String UPDATED = BulkItemResult.UPDATED;
    public static final String UNCHANGED = "unchanged";
    public static final String REJECTED = BulkItemResult.REJECTED;
}
