#include "discovery/directoryprovider.h"

#include "discovery/directoryjson.h"
#include "net/httpclient.h"

#include <QTimer>

namespace ondes {

DirectoryProvider::DirectoryProvider(HttpClient& http, QUrl baseUrl, QObject* parent)
    : QObject(parent), m_http(http), m_baseUrl(std::move(baseUrl))
{}

DirectoryProvider::~DirectoryProvider()
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
}

void DirectoryProvider::start(const DirectoryQuery& query)
{
    cancel();
    m_busy = true;
    const quint64 generation = m_generation;
    QString refusal;
    if (!isUsable())
        refusal = tr("%1 needs an API key and secret (Settings ▸ Discovery)").arg(displayName());
    else if (!supports(query.kind))
        refusal = tr("%1 cannot answer this kind of question").arg(displayName());
    if (!refusal.isEmpty()) {
        QTimer::singleShot(0, this, [this, generation, refusal] {
            if (generation == m_generation)
                fail(refusal);
        });
        return;
    }
    run(query);
}

void DirectoryProvider::cancel()
{
    ++m_generation; // whatever is still on its way is for a query nobody waits for
    m_busy = false;
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
}

void DirectoryProvider::prepare(HttpRequestOptions&) const {}

void DirectoryProvider::fetchJson(const QString& path, const QUrlQuery& query, JsonHandler handler)
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    url.setQuery(query);
    HttpRequestOptions options;
    options.accept = "application/json";
    options.maxBytes = m_maxBytes;
    options.timeoutMs = m_timeoutMs;
    options.retries = 1;
    prepare(options);
    const quint64 generation = m_generation;
    HttpReply* reply = m_http.get(url, options);
    m_reply = reply;
    connect(reply, &HttpReply::finished, this,
            [this, generation, handler = std::move(handler)](const HttpResult& result) {
                if (generation != m_generation)
                    return; // cancelled, or a newer query runs
                m_reply = nullptr;
                if (!result.ok()) {
                    if (result.status == 0)
                        fail(tr("%1 cannot be reached: %2").arg(displayName(), result.error));
                    else if (result.status >= 200 && result.status < 300)
                        failUnreadable(result.error); // too large, cut short
                    else
                        fail(tr("%1 answered with an error: %2").arg(displayName(), result.error));
                    return;
                }
                QString error;
                const std::optional<QJsonDocument> document =
                    directoryjson::parse(result.body, &error);
                if (!document) {
                    failUnreadable(error);
                    return;
                }
                handler(*document);
            });
}

void DirectoryProvider::succeed(DirectoryAnswer answer)
{
    answer.error.clear();
    finishWith(std::move(answer));
}

void DirectoryProvider::fail(const QString& reason)
{
    DirectoryAnswer answer;
    answer.error = reason;
    finishWith(std::move(answer));
}

void DirectoryProvider::failUnreadable(const QString& detail)
{
    fail(tr("%1 sent an answer Ondes cannot read (%2)").arg(displayName(), detail));
}

void DirectoryProvider::finishWith(DirectoryAnswer answer)
{
    answer.provider = id();
    m_busy = false;
    ++m_generation;
    Q_EMIT finished(answer);
}

} // namespace ondes
