-- Migration 5: the chapters of each episode, one list per source (0: the feed's inline Podlove
-- Simple Chapters, 1: chapters embedded in the audio file, 2: the podcast:chapters JSON). The
-- sources are kept apart and merged when an episode plays (ChapterList), so that a refresh can
-- replace one source without losing the others.
CREATE TABLE chapters (
    episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    source INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    start_ms INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    href TEXT NOT NULL DEFAULT '',
    image TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (episode_id, source, ordinal)
);
