-- Migration 8: one person, one row; the listener's corrections; production credits (issue 15).
-- After these statements the library merges the spelling variants of a name within each show
-- ("Jerome L. Pettaway" and "Jerome Pettaway"): that step is C++ (Database, migration steps).

-- What the person does in the episode: 'host', 'guest', 'reporter', 'columnist', 'reader',
-- 'narrator', 'interpreter', or '' when unknown. episode_people.source is now 'feed',
-- 'description' (guessed from the text) or 'user' (the listener's: a refresh keeps it).
ALTER TABLE episode_people ADD COLUMN kind TEXT NOT NULL DEFAULT '';

-- A speaker the listener removed from an episode: a refresh does not bring it back.
CREATE TABLE speaker_removals (
    episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (episode_id, person_id)
);

-- The names of people merged into another (by the listener, or as spelling variants): a
-- refresh that finds the old name links the person it was merged into.
CREATE TABLE person_aliases (
    key       TEXT    PRIMARY KEY, -- personKey() of the merged name
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE
);
CREATE INDEX person_aliases_person ON person_aliases(person_id);

-- Production credits (réalisation, montage, producer…): not speakers, not in People.
CREATE TABLE episode_credits (
    episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    role       TEXT    NOT NULL DEFAULT '',
    source     TEXT    NOT NULL DEFAULT 'description', -- 'feed' or 'description'
    PRIMARY KEY (episode_id, ordinal)
);

-- Kinds and credits were not stored before: the next refresh reads every episode's speakers
-- again (an unchanged episode is otherwise skipped by its fingerprint).
UPDATE episodes SET content_hash = 0;
