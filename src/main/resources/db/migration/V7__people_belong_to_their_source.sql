-- People named by an API key belong to that key's source: their key becomes <source>:<id>, so an
-- integration can never address an account holder (usernames have no ':'). Account holders are
-- "managed": their name and department come from the directory, never from posts or ratings.
-- Portable between H2 and PostgreSQL.

ALTER TABLE person ALTER COLUMN person_key SET DATA TYPE VARCHAR(200);
ALTER TABLE person ADD COLUMN managed BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE person SET managed = TRUE WHERE id IN (SELECT person_id FROM user_account);

-- Each unmanaged person's home source: where they wrote, else where they rated (the first by name
-- if several). Keys with a ':' already carry a source (the server's own integrations write them so).
CREATE TABLE person_home (person_id BIGINT PRIMARY KEY, source VARCHAR(64) NOT NULL);
INSERT INTO person_home (person_id, source)
    SELECT author_id, MIN(source) FROM post GROUP BY author_id;
INSERT INTO person_home (person_id, source)
    SELECT r.rater_id, MIN(p.source) FROM rating r JOIN post p ON p.id = r.post_id
    WHERE NOT EXISTS (SELECT 1 FROM person_home h WHERE h.person_id = r.rater_id)
    GROUP BY r.rater_id;

UPDATE person
SET person_key = (SELECT h.source FROM person_home h WHERE h.person_id = person.id) || ':' || person_key
WHERE managed = FALSE
  AND person_key NOT LIKE '%:%'
  AND EXISTS (
      SELECT 1 FROM person_home h
      WHERE h.person_id = person.id
        AND NOT EXISTS (SELECT 1 FROM person q WHERE q.person_key = h.source || ':' || person.person_key));

DROP TABLE person_home;
