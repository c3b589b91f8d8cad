package io.groundswell.post;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The outcome of one item of a bulk request, in request order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkItemResult(Integer line, String externalId, Long id, String status, String error) {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String REJECTED = "rejected";

    public static BulkItemResult rejected(Integer line, String externalId, String error) {
        return new BulkItemResult(line, externalId, null, REJECTED, error);
    }

    public BulkItemResult atLine(int lineNumber) {
        return new BulkItemResult(lineNumber, externalId, id, status, error);
    }
}
