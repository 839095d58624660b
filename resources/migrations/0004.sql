-- Migration 4: full-text search over episode titles, descriptions, show names and speakers.
-- One row per episode, its rowid the episode's id. The table keeps its own copy of the text
-- (not contentless) so that a row can be replaced by rowid alone: a speaker or show change
-- rewrites the row without having to know what was indexed before. Accents and case are
-- folded by the tokenizer, so "helene" finds "Hélène".
-- New episodes and their speakers are indexed by the library once both are written (one FTS
-- row per episode per merge: a trigger per speaker link would rewrite the row each time).
CREATE VIRTUAL TABLE episode_search USING fts5(
    title, description, show, speakers,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Every trigger below rewrites the rows of the episodes it touched with the same statement
-- pair: drop the row, then rebuild it from the tables (nothing is inserted for an episode
-- that no longer exists, which makes the cascades from deleted shows and episodes safe in
-- any order).



-- A refresh rewrites every column of a changed episode; only the searched ones matter here.
CREATE TRIGGER episode_search_episode_update AFTER UPDATE OF title, description, show_id ON episodes
WHEN OLD.title IS NOT NEW.title OR OLD.description IS NOT NEW.description
     OR OLD.show_id IS NOT NEW.show_id
BEGIN
    DELETE FROM episode_search WHERE rowid = OLD.id;
    INSERT INTO episode_search (rowid, title, description, show, speakers)
    SELECT e.id, e.title, e.description, s.title,
           COALESCE((SELECT group_concat(p.name, ' ') FROM episode_people ep
                     JOIN people p ON p.id = ep.person_id WHERE ep.episode_id = e.id), '')
    FROM episodes e JOIN shows s ON s.id = e.show_id WHERE e.id = NEW.id;
END;

CREATE TRIGGER episode_search_episode_delete AFTER DELETE ON episodes
BEGIN
    DELETE FROM episode_search WHERE rowid = OLD.id;
END;





-- A refresh re-sets the show's title every time; reindex its episodes only when it changed.
CREATE TRIGGER episode_search_show_update AFTER UPDATE OF title ON shows
WHEN OLD.title IS NOT NEW.title
BEGIN
    DELETE FROM episode_search WHERE rowid IN (SELECT id FROM episodes WHERE show_id = NEW.id);
    INSERT INTO episode_search (rowid, title, description, show, speakers)
    SELECT e.id, e.title, e.description, s.title,
           COALESCE((SELECT group_concat(p.name, ' ') FROM episode_people ep
                     JOIN people p ON p.id = ep.person_id WHERE ep.episode_id = e.id), '')
    FROM episodes e JOIN shows s ON s.id = e.show_id WHERE e.show_id = NEW.id;
END;

CREATE TRIGGER episode_search_person_update AFTER UPDATE OF name ON people
WHEN OLD.name IS NOT NEW.name
BEGIN
    DELETE FROM episode_search
    WHERE rowid IN (SELECT episode_id FROM episode_people WHERE person_id = NEW.id);
    INSERT INTO episode_search (rowid, title, description, show, speakers)
    SELECT e.id, e.title, e.description, s.title,
           COALESCE((SELECT group_concat(p.name, ' ') FROM episode_people ep
                     JOIN people p ON p.id = ep.person_id WHERE ep.episode_id = e.id), '')
    FROM episodes e JOIN shows s ON s.id = e.show_id
    WHERE e.id IN (SELECT episode_id FROM episode_people WHERE person_id = NEW.id);
END;

-- The episodes already in the library.
INSERT INTO episode_search (rowid, title, description, show, speakers)
SELECT e.id, e.title, e.description, s.title,
       COALESCE((SELECT group_concat(p.name, ' ') FROM episode_people ep
                 JOIN people p ON p.id = ep.person_id WHERE ep.episode_id = e.id), '')
FROM episodes e JOIN shows s ON s.id = e.show_id;
