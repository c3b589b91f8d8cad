-- A queue row for a change of the rating summary alone: the indexer then updates the post's
-- rating doc values in place instead of analysing its text again.
ALTER TABLE index_queue ADD COLUMN rating_only BOOLEAN DEFAULT FALSE NOT NULL;
