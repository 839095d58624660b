-- Migration 13: New lists what the listener has not seen, and in a library just subscribed to
-- that is nearly everything (100,000 episodes). Its index holds the unseen, unplayed episodes
-- by date: New's date order is a walk of it, and its COUNT reads it alone, where the index of
-- unseen ids made every New list read and sort all of its episodes (0.7 s on 100,000).
DROP INDEX episodes_unseen;
CREATE INDEX episodes_new ON episodes(published) WHERE seen = 0 AND played = 0;
