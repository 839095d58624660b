-- Migration 11: sync with a gpodder.net-API or Nextcloud GPodder Sync server (issue 19).
-- (0010 belongs to another change; the migration code skips a number that has no file.)

-- The account this library syncs with: at most one row, made at login. Its device id and the
-- server's `since` timestamps of the last successful reads. While there is no row, nothing is
-- recorded for sync.
CREATE TABLE sync_account (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    service             TEXT    NOT NULL, -- 'gpodder' or 'nextcloud'
    server              TEXT    NOT NULL,
    user                TEXT    NOT NULL,
    device_id           TEXT    NOT NULL,
    subscriptions_since INTEGER NOT NULL DEFAULT 0,
    actions_since       INTEGER NOT NULL DEFAULT 0,
    last_sync           INTEGER NOT NULL DEFAULT 0, -- Unix seconds of the last complete sync
    last_error          TEXT    NOT NULL DEFAULT ''
);

-- What changed here and is still to be sent, in order. A row is written by the triggers below,
-- in the same transaction as the change. Before a request the engine stamps the rows it sends
-- with a batch number; it deletes them only after the server's answer. After a crash the same
-- batch is sent again, byte for byte (the timestamp is the change's own), so a resend is the
-- same action, not a second one. Positions coalesce: one unsent play action per episode.
CREATE TABLE sync_outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT    NOT NULL, -- subscribe, unsubscribe, play, download, delete, new
    feed_url    TEXT    NOT NULL,
    episode_id  INTEGER,          -- NULL for subscriptions
    episode_url TEXT    NOT NULL DEFAULT '',
    guid        TEXT    NOT NULL DEFAULT '',
    started     INTEGER NOT NULL DEFAULT -1, -- seconds, play only
    position    INTEGER NOT NULL DEFAULT -1,
    total       INTEGER NOT NULL DEFAULT -1,
    timestamp   INTEGER NOT NULL,            -- Unix seconds of the change
    batch       INTEGER                      -- set while being sent
);
CREATE UNIQUE INDEX sync_outbox_unsent_play ON sync_outbox(episode_id)
    WHERE kind = 'play' AND batch IS NULL;
CREATE INDEX sync_outbox_batch ON sync_outbox(batch);

-- A row here, inside the transaction that applies what the server sent, keeps the triggers
-- from echoing it back. It never outlives that transaction.
CREATE TABLE sync_muted (id INTEGER PRIMARY KEY);

-- Shows removed because another device unsubscribed: kept so the listener can undo it.
CREATE TABLE sync_removed_shows (
    feed_url   TEXT    PRIMARY KEY,
    title      TEXT    NOT NULL DEFAULT '',
    removed_at INTEGER NOT NULL
);

-- The addresses a server rewrote (update_urls): what the server calls server_url is local_url
-- here. Incoming changes are read through it; the library keeps its own addresses.
CREATE TABLE sync_rewrites (
    server_url TEXT PRIMARY KEY,
    local_url  TEXT NOT NULL
);

CREATE TRIGGER sync_show_added AFTER INSERT ON shows
WHEN new.kind = 'feed' AND EXISTS (SELECT 1 FROM sync_account)
     AND NOT EXISTS (SELECT 1 FROM sync_muted)
BEGIN
    INSERT INTO sync_outbox (kind, feed_url, timestamp)
    VALUES ('subscribe', new.feed_url, CAST(strftime('%s', 'now') AS INTEGER));
END;

CREATE TRIGGER sync_show_removed AFTER DELETE ON shows
WHEN old.kind = 'feed' AND EXISTS (SELECT 1 FROM sync_account)
     AND NOT EXISTS (SELECT 1 FROM sync_muted)
BEGIN
    INSERT INTO sync_outbox (kind, feed_url, timestamp)
    VALUES ('unsubscribe', old.feed_url, CAST(strftime('%s', 'now') AS INTEGER));
END;

CREATE TRIGGER sync_show_moved AFTER UPDATE OF feed_url ON shows
WHEN new.kind = 'feed' AND old.feed_url <> new.feed_url AND EXISTS (SELECT 1 FROM sync_account)
     AND NOT EXISTS (SELECT 1 FROM sync_muted)
BEGIN
    INSERT INTO sync_outbox (kind, feed_url, timestamp)
    VALUES ('unsubscribe', old.feed_url, CAST(strftime('%s', 'now') AS INTEGER));
    INSERT INTO sync_outbox (kind, feed_url, timestamp)
    VALUES ('subscribe', new.feed_url, CAST(strftime('%s', 'now') AS INTEGER));
END;

-- A position saved (PositionKeeper, Library::savePosition). Rewinding a played episode to 0
-- (the end of playback) is no listening: the played action stands.
CREATE TRIGGER sync_position_inserted AFTER INSERT ON playback_positions
WHEN EXISTS (SELECT 1 FROM sync_account) AND NOT EXISTS (SELECT 1 FROM sync_muted)
BEGIN
    INSERT INTO sync_outbox (kind, feed_url, episode_id, episode_url, guid, started, position,
                             total, timestamp)
    SELECT 'play', s.feed_url, e.id, e.enclosure_url, e.guid, 0, new.position_ms / 1000,
           e.duration, new.updated_at
      FROM episodes e JOIN shows s ON s.id = e.show_id
     WHERE e.id = new.episode_id AND s.kind = 'feed' AND NOT (new.position_ms = 0 AND e.played)
    ON CONFLICT (episode_id) WHERE kind = 'play' AND batch IS NULL DO UPDATE
       SET position = excluded.position, total = excluded.total, timestamp = excluded.timestamp;
END;

CREATE TRIGGER sync_position_updated AFTER UPDATE OF position_ms ON playback_positions
WHEN old.position_ms <> new.position_ms AND EXISTS (SELECT 1 FROM sync_account)
     AND NOT EXISTS (SELECT 1 FROM sync_muted)
BEGIN
    INSERT INTO sync_outbox (kind, feed_url, episode_id, episode_url, guid, started, position,
                             total, timestamp)
    SELECT 'play', s.feed_url, e.id, e.enclosure_url, e.guid, old.position_ms / 1000,
           new.position_ms / 1000, e.duration, new.updated_at
      FROM episodes e JOIN shows s ON s.id = e.show_id
     WHERE e.id = new.episode_id AND s.kind = 'feed' AND NOT (new.position_ms = 0 AND e.played)
    ON CONFLICT (episode_id) WHERE kind = 'play' AND batch IS NULL DO UPDATE
       SET position = excluded.position, total = excluded.total, timestamp = excluded.timestamp;
END;

-- Marked played: a play action to the end (position = total), the protocol's "finished".
CREATE TRIGGER sync_episode_played AFTER UPDATE OF played ON episodes
WHEN new.played = 1 AND old.played = 0 AND EXISTS (SELECT 1 FROM sync_account)
     AND NOT EXISTS (SELECT 1 FROM sync_muted)
BEGIN
    -- The time of the mark, which incoming actions are compared with (newest wins).
    INSERT INTO playback_positions (episode_id, position_ms, updated_at)
    VALUES (new.id, 0, CAST(strftime('%s', 'now') AS INTEGER))
    ON CONFLICT (episode_id) DO UPDATE SET updated_at = excluded.updated_at;
    INSERT INTO sync_outbox (kind, feed_url, episode_id, episode_url, guid, started, position,
                             total, timestamp)
    SELECT 'play', s.feed_url, new.id, new.enclosure_url, new.guid, 0,
           max(new.duration, 1), max(new.duration, 1), CAST(strftime('%s', 'now') AS INTEGER)
      FROM shows s WHERE s.id = new.show_id AND s.kind = 'feed'
    ON CONFLICT (episode_id) WHERE kind = 'play' AND batch IS NULL DO UPDATE
       SET position = excluded.position, total = excluded.total, timestamp = excluded.timestamp;
END;

-- Marked unplayed: the protocol's "new".
CREATE TRIGGER sync_episode_unplayed AFTER UPDATE OF played ON episodes
WHEN new.played = 0 AND old.played = 1 AND EXISTS (SELECT 1 FROM sync_account)
     AND NOT EXISTS (SELECT 1 FROM sync_muted)
BEGIN
    INSERT INTO playback_positions (episode_id, position_ms, updated_at)
    VALUES (new.id, 0, CAST(strftime('%s', 'now') AS INTEGER))
    ON CONFLICT (episode_id) DO UPDATE SET updated_at = excluded.updated_at;
    DELETE FROM sync_outbox WHERE kind = 'play' AND batch IS NULL AND episode_id = new.id;
    INSERT INTO sync_outbox (kind, feed_url, episode_id, episode_url, guid, timestamp)
    SELECT 'new', s.feed_url, new.id, new.enclosure_url, new.guid,
           CAST(strftime('%s', 'now') AS INTEGER)
      FROM shows s WHERE s.id = new.show_id AND s.kind = 'feed';
END;

-- Downloaded (Library::setDownloaded) or its file deleted (Library::setLocalFile "").
CREATE TRIGGER sync_episode_file AFTER UPDATE OF local_file ON episodes
WHEN (old.local_file = '') <> (new.local_file = '') AND EXISTS (SELECT 1 FROM sync_account)
     AND NOT EXISTS (SELECT 1 FROM sync_muted)
BEGIN
    INSERT INTO sync_outbox (kind, feed_url, episode_id, episode_url, guid, timestamp)
    SELECT CASE WHEN new.local_file = '' THEN 'delete' ELSE 'download' END, s.feed_url, new.id,
           new.enclosure_url, new.guid, CAST(strftime('%s', 'now') AS INTEGER)
      FROM shows s WHERE s.id = new.show_id AND s.kind = 'feed';
END;
