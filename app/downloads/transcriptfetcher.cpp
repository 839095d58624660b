#include "downloads/transcriptfetcher.h"

#include "feed/transcriptparser.h"
#include "library/database.h"
#include "library/library.h"
#include "library/transcriptlinks.h"
#include "library/transcriptstore.h"
#include "net/httpclient.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <tuple>

namespace ondes {

Q_LOGGING_CATEGORY(lcTranscripts, "ondes.transcripts")

namespace {

QString primaryLanguage(const QString& tag)
{
    return tag.section(u'-', 0, 0).section(u'_', 0, 0).trimmed().toLower();
}

int formatRank(const Transcript& link)
{
    using Format = TranscriptDocument::Format;
    switch (TranscriptParser::detectFormat({}, link.type, link.url)) {
    case Format::WebVtt:
        return 0;
    case Format::Srt:
        return 1;
    case Format::Json:
        return 2;
    case Format::Html:
        return 3;
    case Format::PlainText:
        return 4;
    }
    return 5;
}

// The audio file of the episode on this computer, or an empty string.
QString localAudio(const EpisodeRow& episode)
{
    if (!episode.localFile.isEmpty())
        return episode.localFile;
    const QUrl url(episode.enclosureUrl);
    if (url.isLocalFile())
        return url.toLocalFile();
    if (episode.enclosureUrl.startsWith(u'/'))
        return episode.enclosureUrl;
    return {};
}

} // namespace

TranscriptFetcher::TranscriptFetcher(Database& database, Library& library, HttpClient& http,
                                     QObject* parent)
    : QObject(parent), m_database(database), m_library(library), m_http(http),
      m_language(QLocale().name())
{}

std::optional<Transcript> TranscriptFetcher::bestLink(const QList<Transcript>& links,
                                                      const QString& language)
{
    const QString wanted = primaryLanguage(language);
    std::optional<Transcript> best;
    std::tuple<int, int> bestRank{99, 99};
    for (const Transcript& link : links) {
        const QUrl url(link.url);
        if (!url.isValid() || !HttpClient::unsupportedUrlReason(url).isEmpty())
            continue;
        const QString own = primaryLanguage(link.language);
        const int languageRank = own.isEmpty() ? 1 : (own == wanted ? 0 : 2);
        const std::tuple<int, int> rank{languageRank, formatRank(link)};
        if (!best || rank < bestRank) {
            best = link;
            bestRank = rank;
        }
    }
    return best;
}

QString TranscriptFetcher::sidecarFor(const QString& audioPath)
{
    if (audioPath.isEmpty())
        return {};
    const QFileInfo audio(audioPath);
    const QString base = audio.absolutePath() + u'/' + audio.completeBaseName();
    for (const char* extension : {".vtt", ".srt", ".VTT", ".SRT"}) {
        const QString candidate = base + QLatin1String(extension);
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

void TranscriptFetcher::finish(qint64 episodeId, const QString& error)
{
    // Never from inside fetch(): the caller connects after calling it.
    QTimer::singleShot(0, this, [this, episodeId, error] {
        if (error.isEmpty())
            Q_EMIT ready(episodeId);
        else
            Q_EMIT failed(episodeId, error);
    });
}

bool TranscriptFetcher::readSidecar(qint64 episodeId, const QString& audioPath)
{
    const QString path = sidecarFor(audioPath);
    if (path.isEmpty())
        return false;
    QFile file(path);
    QString error;
    if (file.size() > TranscriptParser::maxBytes) {
        error = TranscriptParser::tr("the transcript is larger than %1 MB")
                    .arg(TranscriptParser::maxBytes / (1024 * 1024));
    } else if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
    } else {
        const auto document = TranscriptParser::parse(file.readAll(), {}, path, &error);
        if (document && TranscriptStore(m_database).save(episodeId, *document, path, &error))
            announceSaved(episodeId);
    }
    if (!error.isEmpty())
        error = tr("Cannot read the transcript %1: %2").arg(path, error);
    finish(episodeId, error);
    return true;
}

void TranscriptFetcher::fetch(qint64 episodeId, bool again)
{
    if (m_running.contains(episodeId))
        return;
    const std::optional<EpisodeRow> episode = m_library.episode(episodeId);
    if (!episode) {
        finish(episodeId, tr("There is no episode %1.").arg(episodeId));
        return;
    }
    if (!again && TranscriptStore(m_database).contains(episodeId)) {
        finish(episodeId, {});
        return;
    }
    if (readSidecar(episodeId, localAudio(*episode)))
        return;
    fetchLink(episodeId);
}

bool TranscriptFetcher::hasTranscript(qint64 episodeId) const
{
    if (TranscriptStore(m_database).contains(episodeId) ||
        !TranscriptLinks::read(m_database.connection(), episodeId).isEmpty())
        return true;
    const std::optional<EpisodeRow> episode = m_library.episode(episodeId);
    return episode && !sidecarFor(localAudio(*episode)).isEmpty();
}

void TranscriptFetcher::announceSaved(qint64 episodeId)
{
    Q_EMIT m_library.speakersChanged(episodeId);
    Q_EMIT m_library.peopleChanged();
}

void TranscriptFetcher::fetchAfterDownload(qint64 episodeId, const QString& path)
{
    if (m_running.contains(episodeId))
        return;
    if (readSidecar(episodeId, path))
        return;
    if (TranscriptStore(m_database).contains(episodeId))
        return; // nothing new to say
    if (TranscriptLinks::read(m_database.connection(), episodeId).isEmpty())
        return; // a download of an episode without a transcript is not a failure
    fetchLink(episodeId);
}

void TranscriptFetcher::fetchLink(qint64 episodeId)
{
    const std::optional<Transcript> link =
        bestLink(TranscriptLinks::read(m_database.connection(), episodeId), m_language);
    if (!link) {
        finish(episodeId, tr("This episode has no transcript."));
        return;
    }
    HttpRequestOptions options;
    options.accept = "text/vtt, application/x-subrip;q=0.9, application/json;q=0.8, "
                     "text/html;q=0.7, text/plain;q=0.6, */*;q=0.1";
    options.maxBytes = TranscriptParser::maxBytes;
    options.retries = 1;
    m_running.insert(episodeId);
    qCDebug(lcTranscripts) << "fetching the transcript of" << episodeId << link->url;
    HttpReply* reply = m_http.get(QUrl(link->url), options);
    connect(
        reply, &HttpReply::finished, this,
        [this, episodeId, link = *link](const HttpResult& result) {
            m_running.remove(episodeId);
            QString error = result.error;
            if (error.isEmpty()) {
                // The feed's type first: servers often say text/plain for a .vtt.
                const QString type =
                    link.type.isEmpty() ? QString::fromLatin1(result.contentType) : link.type;
                std::optional<TranscriptDocument> document =
                    TranscriptParser::parse(result.body, type, result.finalUrl.path(), &error);
                if (document) {
                    if (document->language.isEmpty())
                        document->language = link.language;
                    if (TranscriptStore(m_database).save(episodeId, *document, link.url, &error))
                        announceSaved(episodeId);
                }
            }
            if (!error.isEmpty()) {
                error = tr("Cannot get the transcript: %1").arg(error);
                qCWarning(lcTranscripts) << "episode" << episodeId << error;
                Q_EMIT failed(episodeId, error);
                return;
            }
            Q_EMIT ready(episodeId);
        });
}

} // namespace ondes
