-- Migration 9: "New" is what the listener has not seen yet, episode by episode (issue 21).
-- Before, New was an episode published in the last 14 days, never started, not downloaded:
-- an old episode of a show just added was never new. Now each episode has a seen mark, set
-- when the listener has it in front of them (selected in the list) or plays it.
ALTER TABLE episodes ADD COLUMN seen INTEGER NOT NULL DEFAULT 0;

-- What the old rule did not call new counts as seen, so that New keeps what it listed.
UPDATE episodes SET seen = 1
 WHERE played = 1 OR local_file <> ''
    OR published < CAST(strftime('%s', 'now') AS INTEGER) - 14 * 24 * 3600
    OR id IN (SELECT episode_id FROM playback_positions WHERE position_ms > 0);

-- New reads the unseen episodes: a short list, from this index alone.
CREATE INDEX episodes_unseen ON episodes(id) WHERE seen = 0;
