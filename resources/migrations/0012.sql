-- Migration 12: a search index that is cheaper to write (issue 16).
-- Migration 7's prefix indexes of one to six letters made each word of a new episode go into
-- seven indexes: writing the search rows was the largest part of adding a long show (0.58 s
-- of CPU for 10,000 episodes, with the commit). The prefixes that need an index are the short
-- ones: a word of one to three letters begins thousands of different words, and without an
-- index FTS5 reads and merges all of their entries (40 ms for one letter on 100,000 episodes).
-- From four letters on a prefix begins few words and FTS5 merges them in a few milliseconds,
-- as it already did from seven letters on. Nothing ranks the results, so no column sizes are
-- kept. The results are the same; writing the index costs 0.40 s for those 10,000 episodes,
-- and the index is rebuilt once here (about 7 s of CPU for 100,000 episodes). A keystroke on
-- 100 shows x 1,000 episodes stays within a few milliseconds of full-text work
-- (bench/episodelist_bench.cpp).
DROP TABLE episode_search;
CREATE VIRTUAL TABLE episode_search USING fts5(
    title, description, show, speakers,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3',
    columnsize = 0
);
INSERT INTO episode_search (rowid, title, description, show, speakers)
SELECT e.id, e.title, e.description, s.title,
       COALESCE((SELECT group_concat(p.name, ' ') FROM episode_people ep
                 JOIN people p ON p.id = ep.person_id WHERE ep.episode_id = e.id), '')
FROM episodes e JOIN shows s ON s.id = e.show_id;
