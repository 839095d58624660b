#pragma once

// Library is the one place that reads and writes shows, episodes, people and positions.
// Callers get plain rows; the views are told what changed through signals. (library.cpp:
// shows, episodes, people, refresh bookkeeping; libraryplayback.cpp: positions, the queue,
// speeds, search, chapters; libraryspeakers.cpp: credits and the listener's corrections of who
// speaks. The episode list's paged queries are EpisodeQuery.)

#include "feed/feedtypes.h"
#include "library/chaptersource.h"
#include "library/episodeneighbours.h"
#include "library/feedmerger.h"
#include "library/librarytypes.h"
#include "library/searchindex.h"

#include <QObject>

#include <optional>

namespace ondes {

class Database;

class Library : public QObject
{
    Q_OBJECT
public:
    explicit Library(Database& database, QObject* parent = nullptr);

    // For the query classes that read lists page by page (EpisodeQuery).
    Database& database() const { return m_database; }

    QList<ShowRow> shows() const;
    std::optional<ShowRow> show(qint64 showId) const;
    std::optional<qint64> showIdForUrl(const QString& feedUrl) const;
    QList<EpisodeRow> episodes(qint64 showId) const;
    std::optional<EpisodeRow> episode(qint64 episodeId) const;
    QList<SpeakerRow> speakers(qint64 episodeId) const;

    // Everyone who speaks in at least one episode, by name, with their episode counts.
    QList<PersonRow> people() const;
    std::optional<PersonRow> person(qint64 personId) const;
    // A person by name, however it is written (case, accents, spacing).
    std::optional<PersonRow> findPerson(const QString& name) const;
    // All the episodes a person speaks in, across shows, newest first.
    QList<EpisodeRow> episodesWithPerson(qint64 personId) const;
    bool isEmpty() const;

    // Stores a parsed feed as the show at feedUrl, merging with what is there (one transaction;
    // safe from a worker thread, which gets its own connection). Returns what changed, or
    // nullopt with *error set and nothing written.
    std::optional<MergeResult>
    storeFeed(const QString& feedUrl, ShowKind kind, const ParsedFeed& feed,
              QString* error = nullptr,
              FeedMerger::Coverage coverage = FeedMerger::Coverage::Complete);

    // Adds shows known only by address and title (an OPML import); a refresh fills them in.
    // Returns the ids of all of them, including those that were already in the library.
    QList<qint64> addShows(const QList<QPair<QString, QString>>& urlsAndTitles);

    // Refreshing.
    std::optional<ShowFetchState> fetchState(qint64 showId) const;
    QList<qint64> refreshableShowIds() const; // feeds and web shows, not the demo
    // After a successful fetch: the validators for the next conditional GET; a new address
    // when the show moved for good (ignored when another show already has it).
    bool recordFetch(qint64 showId, const QString& etag, const QString& lastModified,
                     const QString& movedTo = {});
    // A failed refresh keeps the show as it was and says why.
    bool recordFetchError(qint64 showId, const QString& error);

    qint64 position(qint64 episodeId) const; // milliseconds, 0 when none
    bool savePosition(qint64 episodeId, qint64 positionMs);
    bool setPlayed(qint64 episodeId, bool played);
    // Marks many episodes at once (one transaction); episodeChanged for each.
    bool setPlayed(const QList<qint64>& episodeIds, bool played);
    // The listener has had the episode in front of them: it is no longer New.
    bool markSeen(qint64 episodeId);
    // How many of these episodes are played (a few queries however many there are); -1 when
    // the library cannot be read.
    int playedCount(const QList<qint64>& episodeIds) const;
    // How many episodes the views All, New, In progress and Downloaded list (EpisodeQuery).
    EpisodeViewCounts viewCounts() const;
    // The episodes of the same show published just before and just after this one.
    Neighbours neighbours(qint64 episodeId) const;

    // --- Playback: queue, speed per show, progress ---

    // When the position was last saved (Unix seconds, 0 when never): smart rewind reads how
    // long the listener has been away from it, also across restarts.
    qint64 positionSavedAt(qint64 episodeId) const;
    bool savePosition(qint64 episodeId, qint64 positionMs, qint64 savedAtSecs);
    // Started and not finished (position > 0, not played), most recently listened first.
    QList<EpisodeRow> inProgressEpisodes(int limit = 100) const;
    // The episode that plays this URL (stream or local file), for MPRIS OpenUri.
    std::optional<qint64> episodeIdForUrl(const QString& url) const;

    // The speed a show plays at; 0 when it follows the global default.
    double showPlaybackRate(qint64 showId) const;
    bool setShowPlaybackRate(qint64 showId, double rate);
    // The length the media itself reports once it is open (the feed's is often rounded or
    // wrong): stored, and episodeChanged, when it differs from the one known.
    bool setDuration(qint64 episodeId, qint64 durationSeconds);

    // The "Up next" queue, in play order.
    QList<qint64> queue() const;
    QList<EpisodeRow> queuedEpisodes() const;
    // Rewrites the whole queue in this order (one transaction; a queue is short).
    bool setQueue(const QList<qint64>& episodeIds);

    // --- Chapters, kept apart by where they come from (ChapterList merges them) ---

    QList<Chapter> chapters(qint64 episodeId, ChapterSource source) const;
    // Replaces the episode's chapters of this source (one transaction).
    bool storeChapters(qint64 episodeId, ChapterSource source, const QList<Chapter>& chapters);
    // The episode's podcast:chapters address; empty when it has none.
    QString chaptersUrl(qint64 episodeId) const;

    // --- Downloaded files: what the download feature writes on an episode; each emits
    // episodeChanged (app/library/librarydownloads.cpp) ---
    // One transaction: the download leaves the download list and the episode gets its file (and
    // its exact duration when durationSeconds > 0).
    bool setDownloaded(qint64 episodeId, const QString& localFile, qint64 durationSeconds);
    // The file moved (a new folder), or went ("").
    bool setLocalFile(qint64 episodeId, const QString& localFile);
    // The file's own cover, when the feed gave the episode no artwork.
    bool setEpisodeImage(qint64 episodeId, const QString& imageUrl);

    // --- Search ---

    // Episodes across shows whose title, description, show name or speakers, or one line of
    // whose stored transcript, contain every word of text as a word prefix (case and accents
    // ignored), newest first, at most limit. TranscriptStore::searchEpisode gives the lines.
    QList<EpisodeRow> searchEpisodes(const QString& text,
                                     int limit = SearchIndex::kDefaultLimit) const;

    // --- Who speaks: credits and the listener's corrections (kept across refreshes) ---

    QList<CreditRow> credits(qint64 episodeId) const;
    // The episode's speaker called name, however it is written (case, accents, a middle
    // initial), or nullopt.
    std::optional<SpeakerRow> findSpeaker(qint64 episodeId, const QString& name) const;
    bool removeSpeaker(qint64 episodeId, qint64 personId, QString* error = nullptr);
    // Adds a speaker, or makes the one of that name the listener's (role nullopt: keep theirs).
    std::optional<qint64> addSpeaker(qint64 episodeId, const QString& name,
                                     const std::optional<QString>& role, QString* error = nullptr);
    bool setSpeakerRole(qint64 episodeId, qint64 personId, const QString& role,
                        QString* error = nullptr);
    // fromId becomes intoId everywhere (intoId's name stays); a later refresh keeps it so.
    bool mergePeople(qint64 fromId, qint64 intoId, QString* error = nullptr);

Q_SIGNALS:
    void showsChanged();
    void episodesChanged(qint64 showId);
    void episodeChanged(qint64 episodeId);
    void queueChanged();
    // storeChapters() replaced a source (a feed refresh says episodesChanged instead).
    void chaptersChanged(qint64 episodeId);
    // The listener corrected the episode's speakers.
    void speakersChanged(qint64 episodeId);
    // People were added, merged or lost their last episode (the People view reads them again).
    void peopleChanged();

private:
    Database& m_database;
};

} // namespace ondes
