#pragma once

// DirectorySearch asks the directories the user switched on, all at once, and merges their
// answers as they arrive: shows by feed address (DirectoryMerge), episodes of a person in the
// order they come. A directory that fails says so in one line (providerFailed) and the others'
// results stay. Answers are kept by DirectoryCache for a few hours. A new query cancels the
// one running: its late answers are never shown.
// Nothing is sent to a directory that is off; nothing is sent at all until start().

#include "discovery/directorymerge.h"
#include "discovery/directorytypes.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace ondes {

class DirectoryCache;
class DirectoryProvider;
class HttpClient;
class PodcastIndexDirectory;
class Settings;

class DirectorySearch : public QObject
{
    Q_OBJECT

public:
    // Makes the four directories, each at its documented address unless the environment
    // replaces it (ONDES_DIRECTORY_APPLE, _PODCASTINDEX, _GPODDER, _FYYD: "http://host:port").
    // cache may be null (nothing kept).
    DirectorySearch(HttpClient& http, DirectoryCache* cache, QObject* parent = nullptr);
    ~DirectorySearch() override;

    // Every directory, in a fixed order: apple, podcastindex, gpodder, fyyd.
    QList<DirectoryProvider*> providers() const { return m_providers; }
    DirectoryProvider* provider(const QString& id) const;
    // The ids asked by start(); by default none.
    void setEnabled(const QStringList& ids);
    QStringList enabled() const { return m_enabled; }
    void setPodcastIndexCredentials(const QString& key, const QString& secret);

    // The directories the settings switch on: each one's setting, and Podcast Index only with
    // a key and secret.
    static QStringList enabledBySettings(const Settings& settings, bool podcastIndexKey);
    // The system's country ("fr") and language ("fr"), the defaults of charts.
    static QString systemCountry();
    static QString systemLanguage();

    // Asks the enabled directories that answer this kind of query. Returns how many were
    // asked (0: finished() follows at once).
    int start(const DirectoryQuery& query);
    void cancel();
    bool isBusy() const { return m_pending > 0; }

    DirectoryQuery query() const { return m_query; }
    const QList<DirectoryShow>& shows() const { return m_merge.shows(); }
    const QList<DirectoryEpisode>& episodes() const { return m_episodes; }
    // The same shows merged in the directories' fixed order rather than as they came, so that
    // the list does not depend on which answered first (for printing once finished()).
    QList<DirectoryShow> settledShows() const;
    // Failure lines of the current query, by directory id.
    QHash<QString, QString> failures() const { return m_failures; }
    // How many directories answered (successfully) the current query.
    int answered() const { return m_answered; }
    // The directories switched on that were not asked for a chart of one category because their
    // charts do not take Ondes's categories (gpodder.net has none; fyyd's are its own).
    QStringList withoutCategories() const { return m_withoutCategories; }

Q_SIGNALS:
    // start() emptied the results (for models to reset).
    void cleared();
    // Shows [firstAdded, shows().size()) are new; updated ones gained a directory or fields.
    void showsChanged(qsizetype firstAdded, const QList<qsizetype>& updated);
    void episodesAdded(qsizetype firstAdded);
    void providerFailed(const QString& provider, const QString& message);
    void finished();

private:
    void take(const DirectoryAnswer& answer, bool fromCache);

    QList<DirectoryProvider*> m_providers;
    PodcastIndexDirectory* m_podcastIndex = nullptr;
    DirectoryCache* m_cache;
    QStringList m_enabled;
    DirectoryQuery m_query;
    DirectoryMerge m_merge;
    QList<DirectoryEpisode> m_episodes;
    QHash<QString, QList<DirectoryShow>> m_answers; // by directory id
    QHash<QString, QString> m_failures;
    QStringList m_waiting; // directories asked that have not answered yet
    QStringList m_withoutCategories;
    int m_pending = 0;
    int m_answered = 0;
    quint64 m_generation = 0;
};

} // namespace ondes
