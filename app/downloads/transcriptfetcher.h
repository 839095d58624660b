#pragma once

// Fetches an episode's transcript once and keeps it in the library (TranscriptStore). The
// source, in order: a sidecar file beside the episode's local or downloaded audio (same base
// name, .vtt then .srt), else the feed's podcast:transcript link that suits best: in the
// interface language first (then one in no stated language, then the others), then a timed
// format (WebVTT, SRT, JSON, HTML, plain text). A stored transcript is not fetched again.
// Every fetch() ends in exactly one ready or failed signal, never from inside fetch().

#include "feed/feedtypes.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace ondes {

class Database;
class HttpClient;
class Library;

class TranscriptFetcher : public QObject
{
    Q_OBJECT
public:
    TranscriptFetcher(Database& database, Library& library, HttpClient& http,
                      QObject* parent = nullptr);

    // The interface language ("fr", "en-GB"); QLocale's by default.
    void setLanguage(const QString& language) { m_language = language; }

    // Gets the episode's transcript unless it is stored already (again: fetch anyway, replacing
    // it). A fetch already running for the episode is not started twice.
    void fetch(qint64 episodeId, bool again = false);
    // Whether the episode has a transcript to show or to get: stored, a sidecar file beside its
    // audio, or a link in its feed.
    bool hasTranscript(qint64 episodeId) const;
    // Whether a fetch for the episode is under way.
    bool isFetching(qint64 episodeId) const { return m_running.contains(episodeId); }
    // After a download: reads a sidecar beside the file, else fetches as fetch() does.
    void fetchAfterDownload(qint64 episodeId, const QString& path);

    // The link fetch() would choose for this interface language, or nullopt when none.
    static std::optional<Transcript> bestLink(const QList<Transcript>& links,
                                              const QString& language);
    // The sidecar transcript beside audioPath (a local path), or an empty string.
    static QString sidecarFor(const QString& audioPath);

Q_SIGNALS:
    // The transcript is in the library (TranscriptStore::load).
    void ready(qint64 episodeId);
    void failed(qint64 episodeId, const QString& error);

private:
    bool readSidecar(qint64 episodeId, const QString& audioPath);
    void fetchLink(qint64 episodeId);
    void finish(qint64 episodeId, const QString& error);
    // A transcript was saved: its voices are now speakers of the episode.
    void announceSaved(qint64 episodeId);

    Database& m_database;
    Library& m_library;
    HttpClient& m_http;
    QString m_language;
    QSet<qint64> m_running;
};

} // namespace ondes
