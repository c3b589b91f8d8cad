-- The thread a post belongs to (the key its posts share within their source; null: the post is a
-- thread of its own) and the part it plays there (question, answer, comment, article; null: not said).
ALTER TABLE post ADD COLUMN thread VARCHAR(256);
ALTER TABLE post ADD COLUMN kind VARCHAR(16);
