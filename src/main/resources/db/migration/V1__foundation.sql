-- Foundation schema. Portable between H2 (embedded default) and PostgreSQL (production):
-- only types and statements both understand. Ids come from sequences that hand out blocks of 50
-- so Hibernate can batch inserts without a round trip per row.

CREATE SEQUENCE person_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE person (
    id           BIGINT PRIMARY KEY,
    person_key   VARCHAR(128) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    department   VARCHAR(100),
    opted_out    BOOLEAN DEFAULT FALSE NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_person_key UNIQUE (person_key)
);

CREATE SEQUENCE post_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE post (
    id           BIGINT PRIMARY KEY,
    source       VARCHAR(64) NOT NULL,
    external_id  VARCHAR(256) NOT NULL,
    url          VARCHAR(2048),
    title        VARCHAR(500) NOT NULL,
    body         VARCHAR(1000000) NOT NULL,
    body_format  VARCHAR(16) NOT NULL,
    author_id    BIGINT NOT NULL REFERENCES person (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Rating summary, kept in step with the rating table inside the same transaction.
    rating_count INTEGER DEFAULT 0 NOT NULL,
    rating_sum   INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT uk_post_source_external UNIQUE (source, external_id)
);
CREATE INDEX ix_post_author ON post (author_id);
CREATE INDEX ix_post_created ON post (created_at);

CREATE TABLE post_tag (
    post_id BIGINT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    tag     VARCHAR(64) NOT NULL,
    PRIMARY KEY (post_id, tag)
);

CREATE SEQUENCE rating_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE rating (
    id         BIGINT PRIMARY KEY,
    post_id    BIGINT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    rater_id   BIGINT NOT NULL REFERENCES person (id),
    stars      SMALLINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_rating_stars CHECK (stars BETWEEN 1 AND 5),
    CONSTRAINT uk_rating_post_rater UNIQUE (post_id, rater_id)
);
CREATE INDEX ix_rating_rater ON rating (rater_id);

CREATE SEQUENCE user_account_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE user_account (
    id            BIGINT PRIMARY KEY,
    username      VARCHAR(64) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    person_id     BIGINT NOT NULL REFERENCES person (id),
    enabled       BOOLEAN DEFAULT TRUE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_user_account_username UNIQUE (username)
);

CREATE SEQUENCE api_key_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE api_key (
    id          BIGINT PRIMARY KEY,
    key_id      VARCHAR(32) NOT NULL,
    secret_hash VARCHAR(64) NOT NULL,
    name        VARCHAR(100) NOT NULL,
    scopes      VARCHAR(100) NOT NULL,
    sources     VARCHAR(2000) NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_api_key_key_id UNIQUE (key_id)
);

-- Posts whose search-index document is out of date. A row is written in the same transaction as
-- the change and deleted only after the Lucene commit that contains it, so a crash at any point
-- leaves the index catchable-up from here. No foreign key: deleted posts must be queued too.
CREATE SEQUENCE index_queue_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE index_queue (
    id          BIGINT PRIMARY KEY,
    post_id     BIGINT NOT NULL,
    enqueued_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Identity of this database for the index: an index built from another database (or from this
-- one before it was wiped) carries another epoch and is rebuilt.
CREATE TABLE index_state (
    id    INTEGER PRIMARY KEY,
    epoch VARCHAR(36) NOT NULL
);
