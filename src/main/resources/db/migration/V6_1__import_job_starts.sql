-- How many runs of an import job began and did not end in a shutdown: a job that crashes the
-- process is resumed on the next start only a few times, not forever.
ALTER TABLE import_job ADD COLUMN starts INTEGER DEFAULT 0 NOT NULL;
