#pragma once

// Nextcloud's GPodder Sync app (/index.php/apps/gpoddersync/…): the same subscription changes
// and episode actions as gpodder.net, for the user as a whole (no devices), authenticated with an
// app password over HTTP Basic on each request.

#include "sync/syncapi.h"

namespace ondes {

class NextcloudApi : public SyncApi
{
    Q_OBJECT
public:
    using SyncApi::SyncApi;

    // Reads the subscriptions once: the only way the app tells whether the password is right.
    void login(Done<bool> done) override;
    void subscriptionChanges(qint64 since, Done<SubscriptionChanges> done) override;
    void uploadSubscriptionChanges(const QStringList& add, const QStringList& remove,
                                   Done<UploadResult> done) override;
    void episodeActions(qint64 since, Done<RemoteEpisodeActions> done) override;
    void uploadEpisodeActions(const QList<EpisodeAction>& actions,
                              Done<UploadResult> done) override;
};

} // namespace ondes
