// The one attempt loop that feeds (HttpClient) and downloads (DownloadTransfer) share: the rules
// they used to each implement their own way are now the same, down to the translated words.

#include "downloads/downloadtestsupport.h"
#include "net/httpclient.h"
#include "translations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>

using namespace Qt::Literals::StringLiterals;
using ondes::DownloadRequest;
using ondes::HttpClient;
using ondes::HttpReply;
using ondes::HttpRequestOptions;
using ondes::HttpResult;
using ondes::Translations;
using ondes::test::DownloadTransferTest;
using ondes::test::Route;

namespace {

class HttpAttemptLoopTest : public DownloadTransferTest
{
protected:
    void TearDown() override { Translations::install(*qApp, {}); }

    HttpResult fetch(const QUrl& url, const HttpRequestOptions& options)
    {
        std::optional<HttpResult> result;
        HttpReply* reply = client.get(url, options);
        QObject::connect(reply, &HttpReply::finished, [&](const HttpResult& r) { result = r; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            << "no result for " << qPrintable(url.toString());
        return result.value_or(HttpResult{});
    }
    // The same request made by HttpClient and by DownloadTransfer: their error lines, and the
    // paths the server was asked for by each.
    struct Both
    {
        QString feedError;
        QString downloadError;
        QStringList feedPaths;
        QStringList downloadPaths;
    };
    Both both(const QUrl& url, int maxRedirects = 10)
    {
        Both result;
        HttpRequestOptions options;
        options.retries = 0;
        options.maxRedirects = maxRedirects;
        server.clearRequests();
        result.feedError = fetch(url, options).error;
        result.feedPaths = paths();

        DownloadRequest r = request({});
        r.url = url;
        r.maxRedirects = maxRedirects;
        server.clearRequests();
        const ondes::test::TransferLog log = run(r);
        result.downloadError = log.outcome->error;
        result.downloadPaths = paths();
        QFile::remove(target());
        return result;
    }
    QStringList paths() const
    {
        QStringList list;
        for (const ondes::test::RecordedRequest& request : server.requests())
            list << request.path;
        return list;
    }
    QUrl refusedUrl() const
    {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost);
        return QUrl(u"http://127.0.0.1:%1/ep.mp3"_s.arg(closed.serverPort()));
    }

    HttpClient client;
};

} // namespace

TEST_F(HttpAttemptLoopTest, HttpClientRetriesA429AfterItsRetryAfter)
{
    Route limited = Route::error(429);
    limited.extraHeaders = {{"Retry-After", "1"}};
    server.setRouteSequence(u"/feed"_s, {limited, Route::text("<rss/>")});
    HttpRequestOptions options;
    options.retries = 1;
    options.retryDelayMs = 10;
    QElapsedTimer clock;
    clock.start();
    const HttpResult result = fetch(server.url(u"/feed"_s), options);
    EXPECT_TRUE(result.ok()) << qPrintable(result.error);
    EXPECT_EQ(result.body, "<rss/>");
    EXPECT_EQ(server.requestCount(u"/feed"_s), 2);
    EXPECT_GE(clock.elapsed(), 950); // the server's second, not the 10 ms backoff

    // A Retry-After longer than the cap waits the cap only; a 408 is retried too.
    Route busy = Route::error(503);
    busy.extraHeaders = {{"Retry-After", "3600"}};
    server.setRouteSequence(u"/busy"_s, {busy, Route::error(408), Route::text("<rss/>")});
    options.retries = 2;
    options.maxRetryDelayMs = 300;
    clock.restart();
    const HttpResult capped = fetch(server.url(u"/busy"_s), options);
    EXPECT_TRUE(capped.ok()) << qPrintable(capped.error);
    EXPECT_EQ(server.requestCount(u"/busy"_s), 3);
    EXPECT_GE(clock.elapsed(), 285);
    EXPECT_LT(clock.elapsed(), 5000);

    // Out of retries, the 429 is the error.
    server.setRoute(u"/limited"_s, limited);
    options.retries = 0;
    EXPECT_EQ(fetch(server.url(u"/limited"_s), options).error, u"too many requests (HTTP 429)"_s);
}

TEST_F(HttpAttemptLoopTest, ADownloadFollowsTheSameRedirectsAsAFeed)
{
    server.setRoute(u"/ep.mp3"_s, Route::generated(5000, "audio/mpeg"));
    server.setRoute(u"/a/1"_s, Route::redirect(301, "../b/2"));
    server.setRoute(u"/b/2"_s, Route::redirect(302, server.url(u"/c"_s).toEncoded()));
    server.setRoute(u"/c"_s, Route::redirect(307, "/d"));
    server.setRoute(u"/d"_s, Route::redirect(308, "ep.mp3"));
    const auto followed = both(server.url(u"/a/1"_s));
    EXPECT_EQ(followed.feedError, QString());
    EXPECT_EQ(followed.downloadError, QString());
    const QStringList hops = {u"/a/1"_s, u"/b/2"_s, u"/c"_s, u"/d"_s, u"/ep.mp3"_s};
    EXPECT_EQ(followed.feedPaths, hops);
    EXPECT_EQ(followed.downloadPaths, hops);

    server.setRoute(u"/x"_s, Route::redirect(302, "/y"));
    server.setRoute(u"/y"_s, Route::redirect(301, "/x"));
    const auto loop = both(server.url(u"/x"_s));
    EXPECT_EQ(loop.feedError, u"redirect loop at "_s + server.url(u"/x"_s).toString());
    EXPECT_EQ(loop.downloadError, loop.feedError);
    EXPECT_EQ(loop.downloadPaths, loop.feedPaths);

    for (int i = 0; i < 6; ++i)
        server.setRoute(u"/r%1"_s.arg(i), Route::redirect(303, "/r" + QByteArray::number(i + 1)));
    const auto endless = both(server.url(u"/r0"_s), 3);
    EXPECT_EQ(endless.feedError, u"too many redirects (more than 3)"_s);
    EXPECT_EQ(endless.downloadError, endless.feedError);
    EXPECT_EQ(endless.feedPaths, (QStringList{u"/r0"_s, u"/r1"_s, u"/r2"_s, u"/r3"_s}));
    EXPECT_EQ(endless.downloadPaths, endless.feedPaths);

    server.setRoute(u"/evil"_s, Route::redirect(302, "file:///etc/passwd"));
    const auto evil = both(server.url(u"/evil"_s));
    EXPECT_EQ(evil.feedError, u"redirected to an address that cannot be fetched: unsupported "
                              "address scheme \"file:\" (only http and https)"_s);
    EXPECT_EQ(evil.downloadError, evil.feedError);

    server.setRoute(u"/nowhere"_s, Route::redirect(302, {}));
    const auto nowhere = both(server.url(u"/nowhere"_s));
    EXPECT_EQ(nowhere.feedError, u"redirect without a destination (HTTP 302)"_s);
    EXPECT_EQ(nowhere.downloadError, nowhere.feedError);
}

TEST_F(HttpAttemptLoopTest, BothSayTheSameTranslatedLine)
{
    ASSERT_EQ(Translations::install(*qApp, u"fr"_s), u"fr"_s);
    const QUrl refused = refusedUrl();
    const auto unreachable = both(refused);
    EXPECT_EQ(unreachable.feedError, u"connexion refusée par 127.0.0.1:%1"_s.arg(refused.port()));
    EXPECT_EQ(unreachable.downloadError, unreachable.feedError);

    for (int i = 0; i < 6; ++i)
        server.setRoute(u"/r%1"_s.arg(i), Route::redirect(302, "/r" + QByteArray::number(i + 1)));
    const auto endless = both(server.url(u"/r0"_s), 3);
    EXPECT_EQ(endless.feedError, u"trop de redirections (plus de 3)"_s);
    EXPECT_EQ(endless.downloadError, endless.feedError);

    server.setRoute(u"/gone"_s, Route::error(404));
    const auto gone = both(server.url(u"/gone"_s));
    EXPECT_EQ(gone.feedError, u"introuvable (HTTP 404)"_s);
    EXPECT_EQ(gone.downloadError, gone.feedError);

    // And in English again, the source lines.
    Translations::install(*qApp, u"en"_s);
    const auto english = both(refused);
    EXPECT_EQ(english.feedError, u"connection refused by 127.0.0.1:%1"_s.arg(refused.port()));
    EXPECT_EQ(english.downloadError, english.feedError);
}
