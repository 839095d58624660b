#include "playback/chapterfetcher.h"

#include "feed/chaptersjson.h"
#include "library/library.h"
#include "net/httpclient.h"
#include "playback/chapterlist.h"
#include "playback/player.h"

#include <QLoggingCategory>

namespace ondes {

Q_DECLARE_LOGGING_CATEGORY(lcPlayback)

ChapterFetcher::ChapterFetcher(HttpClient& http, Library& library, Player& player, QObject* parent)
    : QObject(parent), m_http(http), m_library(library), m_player(player)
{
    connect(&m_player, &Player::currentEpisodeChanged, this, &ChapterFetcher::fetch);
}

bool ChapterFetcher::fetch(qint64 episodeId)
{
    if (!episodeId || m_running.contains(episodeId))
        return false;
    const QUrl url(m_library.chaptersUrl(episodeId));
    if (url.isEmpty() || !HttpClient::unsupportedUrlReason(url).isEmpty())
        return false;
    // Once stored, the chapters are not fetched again: a feed rarely rewrites them.
    if (!m_library.chapters(episodeId, ChapterSource::Json).isEmpty())
        return false;

    HttpRequestOptions options;
    options.accept = "application/json+chapters, application/json;q=0.9, */*;q=0.1";
    options.maxBytes = ChaptersJson::maxBytes;
    options.retries = 1;
    m_running.insert(episodeId);
    qCDebug(lcPlayback) << "fetching chapters of" << episodeId << url.toString();
    HttpReply* reply = m_http.get(url, options);
    connect(reply, &HttpReply::finished, this, [this, episodeId](const HttpResult& result) {
        m_running.remove(episodeId);
        QString error = result.error;
        if (error.isEmpty()) {
            const auto chapters =
                ChaptersJson::parse(result.body, &error, result.finalUrl.toString());
            if (chapters) {
                if (m_library.storeChapters(episodeId, ChapterSource::Json, *chapters)) {
                    m_player.reloadChapters(episodeId);
                    Q_EMIT fetched(episodeId, int(chapters->size()));
                    return;
                }
                error = tr("The chapters could not be saved.");
            }
        }
        qCWarning(lcPlayback) << "chapters of" << episodeId << "not fetched:" << error;
        Q_EMIT failed(episodeId, error);
    });
    return true;
}

} // namespace ondes
