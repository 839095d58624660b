-- Migration 6: downloads. A row in downloads is an episode waiting for, receiving, or stopped
-- in the middle of its download; a finished download leaves the table and sets
-- episodes.local_file. The validators (etag, last_modified) describe the bytes already in the
-- partial file, so that a resume after a restart asks for the rest of the same file (If-Range).
CREATE TABLE downloads (
    episode_id    INTEGER PRIMARY KEY REFERENCES episodes(id) ON DELETE CASCADE,
    state         TEXT    NOT NULL DEFAULT 'queued', -- 'queued', 'running', 'paused', 'failed'
    target_path   TEXT    NOT NULL DEFAULT '',       -- the final file; the partial one ends in .part
    received      INTEGER NOT NULL DEFAULT 0,
    total         INTEGER NOT NULL DEFAULT -1,
    etag          TEXT    NOT NULL DEFAULT '',
    last_modified TEXT    NOT NULL DEFAULT '',
    error         TEXT    NOT NULL DEFAULT '',
    ordinal       INTEGER NOT NULL DEFAULT 0,        -- queue order
    added_at      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX downloads_order ON downloads(ordinal);

-- When the file arrived (Unix seconds), and whether cleanup must leave it alone.
ALTER TABLE episodes ADD COLUMN downloaded_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE episodes ADD COLUMN keep INTEGER NOT NULL DEFAULT 0;
CREATE INDEX episodes_local_file ON episodes(local_file) WHERE local_file <> '';

-- Auto-download per show: 'off', 'new' (every new episode), or 'latest' (keep the latest
-- keep_latest episodes downloaded).
ALTER TABLE shows ADD COLUMN auto_download TEXT NOT NULL DEFAULT 'off';
ALTER TABLE shows ADD COLUMN keep_latest INTEGER NOT NULL DEFAULT 0;
