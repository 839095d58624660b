-- Migration 10: transcripts (issue 20).

-- The feed's podcast:transcript links of each episode, in the feed's order (a refresh rewrites
-- them with the episode).
CREATE TABLE episode_transcript_links (
    episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    url        TEXT    NOT NULL,
    type       TEXT    NOT NULL DEFAULT '', -- MIME type as the feed says ("text/vtt")
    language   TEXT    NOT NULL DEFAULT '',
    rel        TEXT    NOT NULL DEFAULT '', -- "captions" for a timed file
    PRIMARY KEY (episode_id, ordinal)
) WITHOUT ROWID;

-- The transcript fetched for an episode (at most one), kept so that it works offline.
CREATE TABLE transcripts (
    episode_id INTEGER PRIMARY KEY REFERENCES episodes(id) ON DELETE CASCADE,
    source_url TEXT    NOT NULL,            -- the link, or the sidecar file's path
    format     TEXT    NOT NULL,            -- 'vtt', 'srt', 'json', 'html', 'text'
    language   TEXT    NOT NULL DEFAULT '',
    timed      INTEGER NOT NULL DEFAULT 1,
    speakers   TEXT    NOT NULL DEFAULT '', -- the voices, one per line; cues refer to them
    fetched_at INTEGER NOT NULL             -- Unix seconds
);

-- Its lines. id = episode_id * 1048576 + position (a transcript has at most 100,000 lines):
-- an episode's lines are one range of the table, read in order without another index, and
-- the search index's rowids name the episode.
CREATE TABLE transcript_cues (
    id       INTEGER PRIMARY KEY,
    start_ms INTEGER NOT NULL,
    end_ms   INTEGER NOT NULL,
    speaker  INTEGER,                       -- line of transcripts.speakers (0-based); NULL: none
    text     TEXT    NOT NULL
);

-- "What was said": the words of every line. The text stays in transcript_cues (external
-- content); the store writes the index in one statement per transcript (a trigger per row
-- would write an index segment per line inside a transaction). No column sizes: nothing ranks.
CREATE VIRTUAL TABLE transcript_search USING fts5(
    text,
    content = 'transcript_cues', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    columnsize = 0
);

-- An episode that goes takes its transcript's lines and their index entries with it.
CREATE TRIGGER transcripts_delete AFTER DELETE ON transcripts
BEGIN
    INSERT INTO transcript_search (transcript_search, rowid, text)
    SELECT 'delete', id, text FROM transcript_cues
     WHERE id BETWEEN OLD.episode_id * 1048576 AND OLD.episode_id * 1048576 + 1048575;
    DELETE FROM transcript_cues
     WHERE id BETWEEN OLD.episode_id * 1048576 AND OLD.episode_id * 1048576 + 1048575;
END;

-- Transcript links were not stored before: the next refresh writes every episode again (an
-- unchanged episode is otherwise skipped by its fingerprint).
UPDATE episodes SET content_hash = 0;
