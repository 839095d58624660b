#pragma once

// SyncApplier writes what a server sent into the library, muted so that the library's sync
// triggers do not send it back: subscriptions in one transaction per call, episode actions in
// transactions of kActionsPerTransaction (applying an action twice changes nothing: it is stale
// the second time, so a sync cut short between two of them is simply done again). Any thread
// may apply: each uses its own connection to the library.
// Subscriptions: an added address becomes a show (to be refreshed); a removed one removes the
// show, remembered in sync_removed_shows so the listener can undo it.
// Episode actions, matched by guid within the show, then by enclosure address (both read through
// the server's address rewrites), oldest first:
// - an action older than (or as old as) the episode's last change here is stale and ignored:
//   it never moves a position backwards (the write itself refuses to, should the listener move
//   it while a long sync is applied);
// - a newer play action sets the position, or marks the episode played when it reached the end
//   (within the played threshold): an episode in progress here becomes played only so;
// - a newer "new" marks it unplayed; download and delete are about the other device's files and
//   change nothing here.

#include "sync/syncaction.h"

#include <QList>
#include <QString>

namespace ondes {

class Database;

struct SubscriptionsApplied
{
    QList<qint64> addedShowIds; // new shows, to refresh
    QStringList removed;        // feed addresses of the shows removed
};

struct ActionsApplied
{
    QList<qint64> changedEpisodeIds;
    int positions = 0; // positions moved
    int played = 0;    // marked played
    int unplayed = 0;  // marked unplayed ("new")
    int stale = 0;     // older than what is here
    int unmatched = 0; // no such show or episode here
};

class SyncApplier
{
public:
    static constexpr int kActionsPerTransaction = 1000;

    explicit SyncApplier(Database& database) : m_database(database) {}

    void setPlayedThresholdSeconds(int seconds) { m_playedThresholdSeconds = seconds; }
    int playedThresholdSeconds() const { return m_playedThresholdSeconds; }

    // nullopt when the library could not be written (nothing was).
    std::optional<SubscriptionsApplied> applySubscriptions(const SubscriptionChanges& changes);
    // nullopt when the library could not be written (the transactions before stay: the same
    // actions applied again change nothing more).
    std::optional<ActionsApplied> applyActions(QList<EpisodeAction> actions);
    // Subscribes again to a show removed by another device (sent to the server too).
    std::optional<qint64> undoRemoval(const QString& feedUrl);
    QStringList removedShows() const;
    // The title a show removed by another device had ("" when it is not one of them).
    QString removedShowTitle(const QString& feedUrl) const;

private:
    Database& m_database;
    int m_playedThresholdSeconds = 30;
};

} // namespace ondes
