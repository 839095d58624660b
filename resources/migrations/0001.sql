-- Migration 1: shows, episodes, the people who speak in them, playback positions.
CREATE TABLE shows (
    id              INTEGER PRIMARY KEY,
    feed_url        TEXT    NOT NULL UNIQUE,
    kind            TEXT    NOT NULL DEFAULT 'feed', -- 'feed', 'web', 'demo', 'folder'
    title           TEXT    NOT NULL,
    description     TEXT    NOT NULL DEFAULT '',
    link            TEXT    NOT NULL DEFAULT '',
    image_url       TEXT    NOT NULL DEFAULT '',
    author          TEXT    NOT NULL DEFAULT '',
    language        TEXT    NOT NULL DEFAULT '',
    etag            TEXT    NOT NULL DEFAULT '',
    last_modified   TEXT    NOT NULL DEFAULT '',
    last_refresh    INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT    NOT NULL DEFAULT '',
    added_at        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX shows_title ON shows(title COLLATE NOCASE);

CREATE TABLE episodes (
    id                INTEGER PRIMARY KEY,
    show_id           INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
    guid              TEXT    NOT NULL DEFAULT '',
    title             TEXT    NOT NULL,
    link              TEXT    NOT NULL DEFAULT '',
    description       TEXT    NOT NULL DEFAULT '',
    description_html  TEXT    NOT NULL DEFAULT '',
    author            TEXT    NOT NULL DEFAULT '',
    image_url         TEXT    NOT NULL DEFAULT '',
    published         INTEGER NOT NULL DEFAULT 0,
    duration          INTEGER NOT NULL DEFAULT 0, -- seconds
    enclosure_url     TEXT    NOT NULL DEFAULT '',
    enclosure_type    TEXT    NOT NULL DEFAULT '',
    enclosure_size    INTEGER NOT NULL DEFAULT -1,
    chapters_url      TEXT    NOT NULL DEFAULT '',
    local_file        TEXT    NOT NULL DEFAULT '',
    played            INTEGER NOT NULL DEFAULT 0,
    added_at          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX episodes_show_published ON episodes(show_id, published DESC);
CREATE INDEX episodes_published ON episodes(published DESC);
CREATE INDEX episodes_guid ON episodes(show_id, guid);
CREATE INDEX episodes_enclosure ON episodes(show_id, enclosure_url);

CREATE TABLE people (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE, -- normalised name: one person across shows
    name  TEXT NOT NULL,
    img   TEXT NOT NULL DEFAULT '',
    href  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE episode_people (
    episode_id  INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role        TEXT    NOT NULL DEFAULT '',
    grp         TEXT    NOT NULL DEFAULT '',
    source      TEXT    NOT NULL DEFAULT 'feed', -- 'feed' or 'description'
    ordinal     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (episode_id, person_id)
);
CREATE INDEX episode_people_person ON episode_people(person_id);

CREATE TABLE playback_positions (
    episode_id  INTEGER PRIMARY KEY REFERENCES episodes(id) ON DELETE CASCADE,
    position_ms INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX playback_positions_updated ON playback_positions(updated_at DESC);
