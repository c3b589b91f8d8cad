package io.groundswell.integration.feed;

/**
 * What one poll did: the HTTP status of the feed server (304 when unchanged since the last poll)
 * and how many entries were read, created, updated and rejected.
 */
public record PollResult(
        long feedId, int httpStatus, boolean notModified, int entries, int created, int updated, int rejected) {

    static PollResult notModified(long feedId) {
        return new PollResult(feedId, 304, true, 0, 0, 0, 0);
    }
}
