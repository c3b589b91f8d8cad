-- Words an organisation never wants to see trending (its own name, product code names, ...).
-- Applied when trends are computed, so an edit takes effect without reindexing.
CREATE TABLE org_stop_word (
    word       VARCHAR(100) PRIMARY KEY,
    added_by   VARCHAR(64) NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
