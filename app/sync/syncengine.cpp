#include "sync/syncengine.h"

#include "library/library.h"
#include "sync/gpodderapi.h"
#include "sync/nextcloudapi.h"
#include "sync/syncserverpolicy.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

#include <malloc.h>

namespace ondes {

Q_LOGGING_CATEGORY(lcSyncEngine, "ondes.sync")

namespace {

// Library::episodeChanged signals per event-loop turn: each view's slot is cheap, but 50,000
// at once would hold the window for a while.
constexpr qsizetype kAnnouncedPerTurn = 2000;

QString libraryWriteError()
{
    return SyncEngine::tr("The library could not be written; nothing was lost, the sync will be "
                          "tried again.");
}

} // namespace

SyncEngine::SyncEngine(Library& library, QObject* parent)
    : QObject(parent), m_library(library), m_store(library.database()),
      m_applier(library.database())
{
    qRegisterMetaType<ondes::SyncReport>();
    m_applyThread.setMaxThreadCount(1);
}

SyncEngine::~SyncEngine()
{
    m_applyThread.waitForDone();
}

QString SyncEngine::deviceIdFor(const QString& name)
{
    QString id = name.trimmed().toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    return id.isEmpty() ? QStringLiteral("ondes") : id.left(64);
}

void SyncEngine::sync(const SyncRequest& request)
{
    if (m_api) {
        m_next = request;
        return;
    }
    m_report = SyncReport{};
    const QString refusal =
        syncserverpolicy::refusal(request.account.server, request.allowPlainHttp);
    if (refusal.isEmpty() && !m_store.setAccount(request.service, request.account.server.toString(),
                                                 request.account.user, request.account.deviceId)) {
        m_report.error = libraryWriteError();
    }
    if (request.service == QLatin1String("nextcloud"))
        m_api = std::make_unique<NextcloudApi>(request.account);
    else
        m_api = std::make_unique<GpodderApi>(request.account);
    m_applier.setPlayedThresholdSeconds(request.playedThresholdSeconds);
    Q_EMIT started();
    if (!refusal.isEmpty() || !m_report.error.isEmpty()) {
        const QString error = refusal.isEmpty() ? m_report.error : refusal;
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    // Logged in and registered once per run of Ondes: the credentials go with every request.
    const QString identity = QStringList{request.service, request.account.server.toString(),
                                         request.account.user, request.account.deviceId}
                                 .join(QLatin1Char('\n'));
    if (identity == m_loggedIn) {
        sendSubscriptions();
        return;
    }
    m_api->login([this, identity](bool, const QString& error) {
        if (!error.isEmpty()) {
            finish(error);
            return;
        }
        m_loggedIn = identity;
        sendSubscriptions();
    });
}

std::optional<OutboxBatch> SyncEngine::takeBatch(SyncStore::Kind kind)
{
    const auto batch = m_store.nextBatch(kind, m_batchSize);
    if (!batch)
        finish(libraryWriteError());
    return batch;
}

bool SyncEngine::keepRewrites(const UploadResult& result)
{
    if (m_store.addRewrites(result.updateUrls))
        return true;
    finish(libraryWriteError());
    return false;
}

void SyncEngine::sendSubscriptions()
{
    const auto batch = takeBatch(SyncStore::Kind::Subscriptions);
    if (!batch)
        return;
    if (batch->rows.isEmpty()) {
        readSubscriptions();
        return;
    }
    // The last change of an address wins within a batch (the protocol refuses an address that
    // is both added and removed).
    QStringList add;
    QStringList remove;
    for (const OutboxRow& row : batch->rows) {
        add.removeAll(row.feedUrl);
        remove.removeAll(row.feedUrl);
        (row.kind == QLatin1String("subscribe") ? add : remove) << row.feedUrl;
    }
    const qint64 number = batch->number;
    const int count = int(batch->rows.size());
    m_api->uploadSubscriptionChanges(
        add, remove, [this, number, count](const UploadResult& result, const QString& error) {
            if (!batchSent(result, error, number))
                return;
            m_report.sentSubscriptionChanges += count;
            sendSubscriptions();
        });
}

bool SyncEngine::batchSent(const UploadResult& result, const QString& error, qint64 number)
{
    if (!error.isEmpty()) {
        finish(error);
        return false;
    }
    if (!keepRewrites(result))
        return false;
    if (!m_store.finishBatch(number)) {
        finish(libraryWriteError());
        return false;
    }
    return true;
}

void SyncEngine::readSubscriptions()
{
    const qint64 since = m_store.account().value_or(SyncAccountState{}).subscriptionsSince;
    m_api->subscriptionChanges(
        since, [this](const SubscriptionChanges& changes, const QString& error) {
            if (!error.isEmpty()) {
                finish(error);
                return;
            }
            const auto applied = m_applier.applySubscriptions(changes);
            if (!applied || !m_store.setSince(SyncStore::Kind::Subscriptions, changes.timestamp)) {
                finish(libraryWriteError());
                return;
            }
            m_report.subscriptions = *applied;
            if (!applied->addedShowIds.isEmpty() || !applied->removed.isEmpty())
                Q_EMIT m_library.showsChanged();
            sendActions();
        });
}

void SyncEngine::sendActions()
{
    const auto batch = takeBatch(SyncStore::Kind::RemoteEpisodeActions);
    if (!batch)
        return;
    if (batch->rows.isEmpty()) {
        readActions();
        return;
    }
    QList<EpisodeAction> actions;
    actions.reserve(batch->rows.size());
    for (const OutboxRow& row : batch->rows)
        actions << EpisodeAction{row.feedUrl, row.episodeUrl, row.guid,  row.kind, row.timestamp,
                                 row.started, row.position,   row.total, {}};
    const qint64 number = batch->number;
    const int count = int(actions.size());
    m_api->uploadEpisodeActions(
        actions, [this, number, count](const UploadResult& result, const QString& error) {
            if (!batchSent(result, error, number))
                return;
            m_report.sentEpisodeActions += count;
            sendActions();
        });
}

void SyncEngine::readActions()
{
    const qint64 since = m_store.account().value_or(SyncAccountState{}).actionsSince;
    m_api->episodeActions(since, [this](const RemoteEpisodeActions& actions, const QString& error) {
        if (!error.isEmpty()) {
            finish(error);
            return;
        }
        applyActions(actions);
    });
}

void SyncEngine::applyActions(const RemoteEpisodeActions& actions)
{
    using Result = std::optional<ActionsApplied>;
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, timestamp = actions.timestamp] {
                watcher->deleteLater();
                const Result applied = watcher->result();
                if (!applied ||
                    !m_store.setSince(SyncStore::Kind::RemoteEpisodeActions, timestamp)) {
                    finish(libraryWriteError());
                    return;
                }
                m_report.actions = *applied;
                m_changed.clear();
                QSet<qint64> seen;
                for (const qint64 id : applied->changedEpisodeIds) {
                    if (!seen.contains(id)) {
                        seen.insert(id);
                        m_changed << id;
                    }
                }
                announceChanged(0);
            });
    Database& database = m_library.database();
    const int threshold = m_applier.playedThresholdSeconds();
    watcher->setFuture(
        QtConcurrent::run(&m_applyThread, [&database, threshold, list = actions.actions]() mutable {
            SyncApplier applier(database);
            applier.setPlayedThresholdSeconds(threshold);
            const Result applied = applier.applyActions(std::exchange(list, {}));
            // The answer was parsed, and is applied, on other threads than the program's: their
            // malloc arenas keep what the tens of megabytes of a big answer left free unless
            // told to give it back.
            malloc_trim(0);
            return applied;
        }));
}

void SyncEngine::announceChanged(qsizetype from)
{
    const qsizetype end = qMin(m_changed.size(), from + kAnnouncedPerTurn);
    for (qsizetype i = from; i < end; ++i)
        Q_EMIT m_library.episodeChanged(m_changed.at(i));
    if (end < m_changed.size()) {
        QTimer::singleShot(0, this, [this, end] { announceChanged(end); });
        return;
    }
    m_changed.clear();
    finish({});
}

void SyncEngine::finish(const QString& error)
{
    m_report.error = error;
    if (!error.isEmpty())
        m_loggedIn.clear(); // the next sync checks the credentials again
    m_report.finishedAt = QDateTime::currentSecsSinceEpoch();
    m_report.rejected = m_api ? m_api->rejectedCount() : 0;
    m_store.recordResult(m_report.finishedAt, error);
    if (!error.isEmpty())
        qCInfo(lcSyncEngine) << "sync failed:" << error;
    // The API may be inside its own callback: it goes once that has returned.
    if (m_api)
        m_api.release()->deleteLater();
    const SyncReport report = m_report;
    Q_EMIT finished(report);
    if (m_next) {
        const SyncRequest next = *m_next;
        m_next.reset();
        sync(next);
    }
}

} // namespace ondes
