-- Migration 7: the episode list stays fast with 100,000 episodes (issue 7).
-- Sorting the whole library by title or duration reads these indexes page by page instead of
-- every row (an episode row is kilobytes long: its descriptions come before these columns).
CREATE INDEX episodes_title ON episodes(title COLLATE NOCASE);
CREATE INDEX episodes_duration ON episodes(duration);
-- The unplayed count of every show, read from the index alone.
CREATE INDEX episodes_show_played ON episodes(show_id, played);

-- Search as you type: with prefix indexes, the first one to six letters of a word ("b*",
-- "ba*", "alchi*") are one lookup read newest first, instead of a merge of every word they
-- begin, so a keystroke costs about a millisecond on 100,000 episodes instead of up to half a
-- second. The index is rebuilt once (about a minute for 100,000 episodes) and is about half
-- as large again as without prefixes.
DROP TABLE episode_search;
CREATE VIRTUAL TABLE episode_search USING fts5(
    title, description, show, speakers,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6'
);
INSERT INTO episode_search (rowid, title, description, show, speakers)
SELECT e.id, e.title, e.description, s.title,
       COALESCE((SELECT group_concat(p.name, ' ') FROM episode_people ep
                 JOIN people p ON p.id = ep.person_id WHERE ep.episode_id = e.id), '')
FROM episodes e JOIN shows s ON s.id = e.show_id;
