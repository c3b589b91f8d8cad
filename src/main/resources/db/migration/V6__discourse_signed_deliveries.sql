-- Discourse deliveries are judged by their signed body alone. X-Discourse-Event-Id is not signed:
-- a captured body replayed with a new id was applied again, and a forged id could pre-empt a
-- genuine delivery, so deliveries are now remembered by the SHA-256 of their body instead.
DROP TABLE discourse_event;
CREATE TABLE discourse_delivery (
    source      VARCHAR(64) NOT NULL,
    body_sha256 CHAR(64) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, body_sha256)
);
CREATE INDEX ix_discourse_delivery_received ON discourse_delivery (received_at);

-- The newest state of each Discourse post applied here, kept after the post is deleted: an older
-- signed body replayed later must not revert an edit or bring a deleted post back.
CREATE TABLE discourse_post (
    source     VARCHAR(64) NOT NULL,
    post_id    VARCHAR(256) NOT NULL,
    version    INTEGER,
    updated_at TIMESTAMP WITH TIME ZONE,
    deleted    BOOLEAN NOT NULL,
    PRIMARY KEY (source, post_id)
);
