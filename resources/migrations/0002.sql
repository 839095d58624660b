-- Migration 2: the play queue ("Up next"), a playback speed per show, "in progress" lookups.
CREATE TABLE queue (
    episode_id  INTEGER PRIMARY KEY REFERENCES episodes(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL
);
CREATE INDEX queue_ordinal ON queue(ordinal);

-- 0 means "the global default speed".
ALTER TABLE shows ADD COLUMN playback_rate REAL NOT NULL DEFAULT 0;

-- Episodes started and not finished, most recently listened first (playback_positions.updated_at
-- is when the position was saved: it also tells smart rewind how long the pause lasted).
CREATE INDEX playback_positions_in_progress ON playback_positions(updated_at DESC)
    WHERE position_ms > 0;
CREATE INDEX episodes_played ON episodes(played);
