-- Integrations: Discourse instances and the webhook deliveries already applied, RSS/Atom feeds,
-- asynchronous import jobs, and the trend announcements already sent. Portable between H2 and
-- PostgreSQL like V1.

-- Discourse instances registered by an admin, besides the one whose secret is configured. The
-- secret is kept as given because verifying an HMAC needs it; the API never returns it.
CREATE SEQUENCE discourse_instance_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE discourse_instance (
    id           BIGINT PRIMARY KEY,
    instance_url VARCHAR(300) NOT NULL,
    source       VARCHAR(64) NOT NULL,
    secret       VARCHAR(500) NOT NULL,
    created_by   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_discourse_instance_url UNIQUE (instance_url)
);

-- Webhook deliveries already applied, by X-Discourse-Event-Id per source: a replay changes nothing.
CREATE TABLE discourse_event (
    source      VARCHAR(64) NOT NULL,
    event_id    VARCHAR(64) NOT NULL,
    event       VARCHAR(64) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, event_id)
);

-- RSS and Atom feeds, with the validators of the last answer for conditional GET.
CREATE SEQUENCE feed_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE feed (
    id             BIGINT PRIMARY KEY,
    url            VARCHAR(2048) NOT NULL,
    source         VARCHAR(64) NOT NULL,
    title          VARCHAR(500),
    etag           VARCHAR(500),
    last_modified  VARCHAR(100),
    last_polled_at TIMESTAMP WITH TIME ZONE,
    last_status    INTEGER,
    last_error     VARCHAR(1000),
    created_by     VARCHAR(64) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Import jobs. The upload is spooled to a file first; "done" counts input lines (NDJSON) or rows
-- (Stack Exchange) whose effects are committed, so a restarted server resumes after them. The
-- caller is kept as it was when the job was submitted, so a resumed job has the same rights.
CREATE SEQUENCE import_job_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE import_job (
    id                BIGINT PRIMARY KEY,
    format            VARCHAR(32) NOT NULL,
    status            VARCHAR(16) NOT NULL,
    spool_path        VARCHAR(1024) NOT NULL,
    source            VARCHAR(64),
    site_url          VARCHAR(2048),
    total             BIGINT DEFAULT 0 NOT NULL,
    done              BIGINT DEFAULT 0 NOT NULL,
    stored            BIGINT DEFAULT 0 NOT NULL,
    ratings           BIGINT DEFAULT 0 NOT NULL,
    error_count       BIGINT DEFAULT 0 NOT NULL,
    message           VARCHAR(2000),
    caller_name       VARCHAR(64) NOT NULL,
    caller_person_id  BIGINT,
    caller_person_key VARCHAR(128),
    caller_roles      VARCHAR(200) NOT NULL,
    caller_scopes     VARCHAR(100) NOT NULL,
    caller_sources    VARCHAR(2000) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_import_job_status ON import_job (status);

-- The first errors of a job (the count in import_job covers all of them).
CREATE TABLE import_error (
    job_id      BIGINT NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    line_number BIGINT NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (job_id, line_number)
);

-- Terms announced to the outbound webhook, per trend window: each at most once.
CREATE TABLE trend_announcement (
    term_key     VARCHAR(200) NOT NULL,
    trend_window VARCHAR(16) NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (term_key, trend_window)
);
