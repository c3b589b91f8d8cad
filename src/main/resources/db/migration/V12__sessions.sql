-- Dashboard sign-ins (POST /api/session): one row per session, keyed by the SHA-256 (hex) of the
-- random token the browser holds in its HttpOnly cookie. The token itself is never stored, so a
-- copy of the database or of a backup signs no one in. A session ends when its holder signs out,
-- when it was idle or has lasted too long (groundswell.sessions.*), or when its account is
-- disabled, deleted or has its password changed; deleting the account deletes its sessions.
CREATE TABLE user_session (
    token_hash      VARCHAR(64) PRIMARY KEY,
    user_account_id BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_user_session_account FOREIGN KEY (user_account_id) REFERENCES user_account (id) ON DELETE CASCADE
);
CREATE INDEX ix_user_session_account ON user_session (user_account_id);
