-- Migration 14: the search index keeps prefix lists for 2, 3 and 4 letters, no longer for 1, 5
-- and 6 (issue 16).
-- Each prefix length adds one entry per word indexed: with six, indexing a new show's episodes
-- cost about three times as much as the words alone and was the largest part of adding a
-- 10,000-episode show. A one-letter word is now searched as that whole word
-- (SearchIndex::matchExpression), which needs no prefix list; two to four letters are the
-- prefixes that begin so many words that FTS5 would merge all their lists at a keystroke;
-- from five letters few words share a prefix and the merge is short.
-- FTS5 also gathers 4 MB of terms before writing them out as a segment (1 MB by default): a
-- large show is written in a quarter as many segments, with less merging inside its
-- transaction. The setting is stored in the index (episode_search_config).
-- The rebuilt index is then merged into one segment (3.4 s of CPU for 100,000 episodes): left
-- as the rebuild wrote it, the next show added would pay for merging its segments (1,000
-- episodes into a library of 100,000: 0.445 s of CPU instead of 0.380).
DROP TABLE episode_search;
CREATE VIRTUAL TABLE episode_search USING fts5(
    title, description, show, speakers,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
INSERT INTO episode_search (episode_search, rank) VALUES ('hashsize', 4194304);
INSERT INTO episode_search (rowid, title, description, show, speakers)
SELECT e.id, e.title, e.description, s.title,
       COALESCE((SELECT group_concat(p.name, ' ') FROM episode_people ep
                 JOIN people p ON p.id = ep.person_id WHERE ep.episode_id = e.id), '')
FROM episodes e JOIN shows s ON s.id = e.show_id;
INSERT INTO episode_search (episode_search) VALUES ('optimize');
