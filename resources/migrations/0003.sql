-- Migration 3: what a refresh needs to skip unchanged episodes and to walk web shows.
-- A fingerprint of everything the feed said about an episode: a refresh rewrites only the
-- episodes whose fingerprint changed.
ALTER TABLE episodes ADD COLUMN content_hash INTEGER NOT NULL DEFAULT 0;
-- When the feed stopped listing the episode (kept because the listener still needs it); 0 when
-- it is still listed.
ALTER TABLE episodes ADD COLUMN gone_since INTEGER NOT NULL DEFAULT 0;
CREATE INDEX episodes_link ON episodes(show_id, link);
