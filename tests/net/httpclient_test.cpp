// HttpClient against the loopback TestHttpServer.

#include "httpclienttestsupport.h"
#include "net/httpclient.h"
#include "support/skiporfail.h"
#include "support/testhttpserver.h"

#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using ondes::HttpClient;
using ondes::HttpReply;
using ondes::HttpRequestOptions;
using ondes::HttpResult;
using ondes::test::HttpClientTest;
using ondes::test::Outcome;
using ondes::test::patternBytes;
using ondes::test::RecordedRequest;
using ondes::test::Route;
using ondes::test::TestHttpServer;

namespace {

const QDateTime modified = QDateTime(QDate(2024, 3, 10), QTime(8, 30, 0), Qt::UTC);

// A self-signed certificate for CN=ondes-test.invalid, valid for a century.
const char certificatePem[] = "-----BEGIN CERTIFICATE-----\n"
                              "MIIBkTCCATegAwIBAgIUURqxiXqOU6IQNnkgq+Hot+DjnLgwCgYIKoZIzj0EAwIw\n"
                              "HTEbMBkGA1UEAwwSb25kZXMtdGVzdC5pbnZhbGlkMCAXDTI2MTEyOTA5NDE0MVoY\n"
                              "DzIxMjYxMTA1MDk0MTQxWjAdMRswGQYDVQQDDBJvbmRlcy10ZXN0LmludmFsaWQw\n"
                              "WTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAARJbQ3CJThxiAOxmmiU4yMGtyw4LmG5\n"
                              "gDcEosKK8ip6UcLtuc/HI0ufSCWvPzM9GrF8YmwG1Yqb35K8AX2Qw4Deo1MwUTAd\n"
                              "BgNVHQ4EFgQUF0OiScz8KY5dqYai+SmB16x9480wHwYDVR0jBBgwFoAUF0OiScz8\n"
                              "KY5dqYai+SmB16x9480wDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBF\n"
                              "AiALiHR+DGRQMP3York0Ni5/M8Ioe6f0gRTwfkHLtZfybwIhALR17tZtVGI3hw4f\n"
                              "h/shu9TVIYDRnw7dUaMY4xywadzW\n"
                              "-----END CERTIFICATE-----\n";
const char privateKeyPem[] = "-----BEGIN PRIVATE KEY-----\n"
                             "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg6HbvDYvzngjeBD8y\n"
                             "7/fxjRrTV3nGiEZ/kcsCBGJ6UsahRANCAARJbQ3CJThxiAOxmmiU4yMGtyw4LmG5\n"
                             "gDcEosKK8ip6UcLtuc/HI0ufSCWvPzM9GrF8YmwG1Yqb35K8AX2Qw4De\n"
                             "-----END PRIVATE KEY-----\n";

HttpRequestOptions noRetry()
{
    HttpRequestOptions options;
    options.retries = 0;
    return options;
}

} // namespace

TEST_F(HttpClientTest, FetchesABodyWithItsValidators)
{
    Route route = Route::text("<rss/>", "application/rss+xml; charset=utf-8");
    route.etag = "e1";
    route.lastModified = modified;
    server.setRoute(u"/feed"_s, route);

    const HttpResult result = fetch(u"/feed"_s);
    EXPECT_TRUE(result.ok()) << qPrintable(result.error);
    EXPECT_EQ(result.status, 200);
    EXPECT_EQ(result.body, "<rss/>");
    EXPECT_EQ(result.contentType, "application/rss+xml; charset=utf-8");
    EXPECT_EQ(result.etag, "\"e1\"");
    EXPECT_EQ(result.lastModified, u"Sun, 10 Mar 2024 08:30:00 GMT"_s);
    EXPECT_EQ(result.finalUrl, server.url(u"/feed"_s));
    EXPECT_TRUE(result.permanentUrl.isEmpty());
    EXPECT_FALSE(result.notModified);

    const RecordedRequest request = server.requests().at(0);
    EXPECT_EQ(request.header("User-Agent"), HttpClient::userAgent());
    EXPECT_TRUE(HttpClient::userAgent().startsWith("Ondes/"));
    EXPECT_FALSE(request.header("Accept").isEmpty());
    EXPECT_TRUE(request.header("If-None-Match").isEmpty());
}

TEST_F(HttpClientTest, ConditionalGetWithETag)
{
    Route route = Route::text("<rss/>");
    route.etag = "e2";
    server.setRoute(u"/feed"_s, route);
    const HttpResult first = fetch(u"/feed"_s);
    ASSERT_TRUE(first.ok());

    HttpRequestOptions options;
    options.etag = first.etag;
    const HttpResult second = fetch(u"/feed"_s, options);
    EXPECT_TRUE(second.ok()) << qPrintable(second.error);
    EXPECT_TRUE(second.notModified);
    EXPECT_EQ(second.status, 304);
    EXPECT_TRUE(second.body.isEmpty());
    EXPECT_EQ(second.etag, "\"e2\"");
    EXPECT_EQ(server.requests().at(1).header("If-None-Match"), "\"e2\"");
}

TEST_F(HttpClientTest, ConditionalGetWithLastModified)
{
    Route route = Route::text("<rss/>");
    route.lastModified = modified;
    server.setRoute(u"/feed"_s, route);
    const HttpResult first = fetch(u"/feed"_s);
    ASSERT_TRUE(first.ok());

    HttpRequestOptions options;
    options.lastModified = first.lastModified;
    const HttpResult second = fetch(u"/feed"_s, options);
    EXPECT_TRUE(second.notModified);
    EXPECT_EQ(second.lastModified, first.lastModified);
    EXPECT_EQ(server.requests().at(1).header("If-Modified-Since"), first.lastModified.toLatin1());

    server.setRoute(u"/feed"_s, [] {
        Route changed = Route::text("<rss>new</rss>");
        changed.lastModified = modified.addDays(1);
        return changed;
    }());
    const HttpResult third = fetch(u"/feed"_s, options);
    EXPECT_FALSE(third.notModified);
    EXPECT_EQ(third.body, "<rss>new</rss>");
}

TEST_F(HttpClientTest, DecodesGzipAndLimitsTheDecodedSize)
{
    QByteArray text;
    for (int i = 0; i < 3000; ++i)
        text += "<item>" + QByteArray::number(i) + "</item>\n";
    Route route = Route::text(text, "application/xml");
    route.gzip = true;
    server.setRoute(u"/z"_s, route);
    const HttpResult result = fetch(u"/z"_s);
    EXPECT_TRUE(result.ok()) << qPrintable(result.error);
    EXPECT_EQ(result.body, text);
    EXPECT_TRUE(server.requests().at(0).header("Accept-Encoding").contains("gzip"));

    // A small gzip member that inflates beyond the limit is refused while it inflates.
    Route bomb = Route::text(QByteArray(4 * 1024 * 1024, '\0'));
    bomb.gzip = true;
    server.setRoute(u"/bomb"_s, bomb);
    HttpRequestOptions options;
    options.maxBytes = 256 * 1024;
    EXPECT_EQ(fetch(u"/bomb"_s, options).error, u"the document is larger than 256 KB"_s);
}

TEST_F(HttpClientTest, PermanentRedirectsGiveTheNewAddress)
{
    server.setRoute(u"/a"_s, Route::redirect(301, "/b"));
    server.setRoute(u"/b"_s, Route::redirect(308, server.url(u"/c"_s).toEncoded()));
    server.setRoute(u"/c"_s, Route::text("here"));
    const HttpResult result = fetch(u"/a"_s);
    EXPECT_TRUE(result.ok()) << qPrintable(result.error);
    EXPECT_EQ(result.body, "here");
    EXPECT_EQ(result.finalUrl, server.url(u"/c"_s));
    EXPECT_EQ(result.permanentUrl, server.url(u"/c"_s));
}

TEST_F(HttpClientTest, TemporaryRedirectsKeepTheAddress)
{
    server.setRoute(u"/c"_s, Route::text("here"));
    for (const int status : {302, 303, 307}) {
        server.setRoute(u"/t"_s, Route::redirect(status, "/c"));
        const HttpResult result = fetch(u"/t"_s);
        EXPECT_TRUE(result.ok()) << qPrintable(result.error);
        EXPECT_EQ(result.finalUrl, server.url(u"/c"_s));
        EXPECT_TRUE(result.permanentUrl.isEmpty()) << status;
    }
    // Permanent up to the first temporary hop only.
    server.setRoute(u"/m"_s, Route::redirect(301, "/n"));
    server.setRoute(u"/n"_s, Route::redirect(302, "/o"));
    server.setRoute(u"/o"_s, Route::redirect(301, "/c"));
    const HttpResult mixed = fetch(u"/m"_s);
    EXPECT_EQ(mixed.finalUrl, server.url(u"/c"_s));
    EXPECT_EQ(mixed.permanentUrl, server.url(u"/n"_s));
}

TEST_F(HttpClientTest, BoundsRedirects)
{
    server.setRoute(u"/x"_s, Route::redirect(302, "/y"));
    server.setRoute(u"/y"_s, Route::redirect(301, "/x"));
    const HttpResult loop = fetch(u"/x"_s);
    EXPECT_EQ(loop.error, QStringLiteral("redirect loop at ") + server.url(u"/x"_s).toString());
    EXPECT_EQ(server.requests().size(), 2);

    for (int i = 0; i < 6; ++i)
        server.setRoute(u"/r"_s + QString::number(i),
                        Route::redirect(302, "/r" + QByteArray::number(i + 1)));
    HttpRequestOptions options;
    options.maxRedirects = 3;
    EXPECT_EQ(fetch(u"/r0"_s, options).error, u"too many redirects (more than 3)"_s);
    EXPECT_EQ(server.requestCount(u"/r3"_s), 1);
    EXPECT_EQ(server.requestCount(u"/r4"_s), 0);

    server.setRoute(u"/evil"_s, Route::redirect(302, "file:///etc/passwd"));
    const HttpResult evil = fetch(u"/evil"_s);
    EXPECT_TRUE(evil.error.startsWith(u"redirected to an address that cannot be fetched"_s))
        << qPrintable(evil.error);
}

TEST_F(HttpClientTest, ReadableHttpErrorsAndNoRetryOn4xx)
{
    server.setRoute(u"/gone"_s, Route::error(404));
    const HttpResult missing = fetch(u"/gone"_s);
    EXPECT_FALSE(missing.ok());
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(missing.error, u"not found (HTTP 404)"_s);
    EXPECT_EQ(server.requestCount(u"/gone"_s), 1);

    server.setRoute(u"/broken"_s, Route::error(500));
    EXPECT_EQ(fetch(u"/broken"_s, noRetry()).error, u"server error (HTTP 500)"_s);
    EXPECT_EQ(HttpClient::statusMessage(403), u"access denied (HTTP 403)"_s);
    EXPECT_EQ(HttpClient::statusMessage(418), u"request refused (HTTP 418)"_s);
}

TEST_F(HttpClientTest, RetriesServerErrorsWithBackoff)
{
    server.setRouteSequence(u"/flaky"_s, {Route::error(500), Route::error(503), Route::text("ok")});
    HttpRequestOptions options;
    options.retryDelayMs = 50;
    QElapsedTimer clock;
    clock.start();
    const HttpResult result = fetch(u"/flaky"_s, options);
    EXPECT_TRUE(result.ok()) << qPrintable(result.error);
    EXPECT_EQ(result.body, "ok");
    EXPECT_EQ(server.requestCount(u"/flaky"_s), 3);
    EXPECT_GE(clock.elapsed(), 50 + 100);

    server.setRoute(u"/down"_s, Route::error(503));
    options.retryDelayMs = 10;
    EXPECT_EQ(fetch(u"/down"_s, options).error, u"service unavailable (HTTP 503)"_s);
    EXPECT_EQ(server.requestCount(u"/down"_s), 3);
}

TEST_F(HttpClientTest, TimesOutWhenTheServerSaysNothing)
{
    Route silent;
    silent.neverRespond = true;
    server.setRoute(u"/silent"_s, silent);
    HttpRequestOptions options = noRetry();
    options.timeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    const HttpResult result = fetch(u"/silent"_s, options);
    EXPECT_EQ(result.error,
              QStringLiteral("timed out: no data from 127.0.0.1:%1 for 0.3 s").arg(server.port()));
    EXPECT_GE(clock.elapsed(), 250); // a coarse timer may fire 5 % early
    EXPECT_LT(clock.elapsed(), 3000);

    // A slow body that keeps coming is no timeout.
    Route slow = Route::generated(2000);
    slow.bytesPerSecond = 10000;
    server.setRoute(u"/slow"_s, slow);
    options.timeoutMs = 150;
    const HttpResult trickle = fetch(u"/slow"_s, options);
    EXPECT_TRUE(trickle.ok()) << qPrintable(trickle.error);
    EXPECT_EQ(trickle.body, patternBytes(0, 2000));
}

TEST_F(HttpClientTest, RefusesDocumentsOverTheSizeLimit)
{
    HttpRequestOptions options = noRetry();
    options.maxBytes = 1024 * 1024;
    const QString tooLarge = u"the document is larger than 1 MB"_s;

    server.setRoute(u"/announced"_s, Route::generated(100LL * 1024 * 1024));
    EXPECT_EQ(fetch(u"/announced"_s, options).error, tooLarge);

    server.setRoute(u"/endless"_s, Route::generated(-1));
    EXPECT_EQ(fetch(u"/endless"_s, options).error, tooLarge);

    Route chunked = Route::generated(-1);
    chunked.chunked = true;
    server.setRoute(u"/chunked"_s, chunked);
    EXPECT_EQ(fetch(u"/chunked"_s, options).error, tooLarge);

    Route slow = Route::generated(-1);
    slow.bytesPerSecond = 400 * 1024;
    server.setRoute(u"/slow"_s, slow);
    options.maxBytes = 64 * 1024;
    EXPECT_EQ(fetch(u"/slow"_s, options).error, u"the document is larger than 64 KB"_s);

    options.maxBytes = 1000;
    server.setRoute(u"/exact"_s, Route::generated(1000));
    EXPECT_TRUE(fetch(u"/exact"_s, options).ok());
}

TEST_F(HttpClientTest, ReportsABodyThatBreaksOffAndRetriesIt)
{
    Route cut = Route::generated(100000);
    cut.cutAfterBytes = 1000;
    server.setRouteSequence(u"/cut"_s, {cut, Route::generated(100000)});
    EXPECT_EQ(fetch(u"/cut"_s, noRetry()).error,
              u"the connection was closed before the end of the document"_s);

    server.setRouteSequence(u"/cut"_s, {cut, Route::generated(100000)});
    HttpRequestOptions options;
    options.retryDelayMs = 10;
    const HttpResult retried = fetch(u"/cut"_s, options);
    EXPECT_TRUE(retried.ok()) << qPrintable(retried.error);
    EXPECT_EQ(retried.body, patternBytes(0, 100000));
}

TEST_F(HttpClientTest, StreamsTheBodyAndStartsItAgainOnARetry)
{
    Route cut = Route::generated(300000, "application/rss+xml");
    cut.cutAfterBytes = 100000;
    server.setRouteSequence(u"/stream"_s, {cut, Route::generated(300000, "application/rss+xml")});
    HttpRequestOptions options;
    options.streamBody = true;
    options.retryDelayMs = 10;
    HttpReply* reply = client.get(server.url(u"/stream"_s), options);
    int starts = 0;
    QByteArray body;
    QObject::connect(reply, &HttpReply::bodyStarted, [&](const QUrl& url, const QByteArray& type) {
        ++starts;
        body.clear(); // what came before the retry is to be forgotten
        EXPECT_EQ(url, server.url(u"/stream"_s));
        EXPECT_EQ(type, "application/rss+xml");
    });
    QObject::connect(reply, &HttpReply::bodyData, [&](const QByteArray& chunk) {
        EXPECT_GT(starts, 0);
        body += chunk;
    });
    const Outcome outcome(reply);
    ASSERT_TRUE(outcome.wait());
    EXPECT_TRUE(outcome.get().ok()) << qPrintable(outcome.get().error);
    EXPECT_TRUE(outcome.get().body.isEmpty()); // streamed, never held whole
    EXPECT_EQ(starts, 2);
    EXPECT_EQ(body, patternBytes(0, 300000));
}

TEST_F(HttpClientTest, APausedBodyWaitsAndResumesWhole)
{
    server.setRoute(u"/paused"_s, Route::generated(20 * 1024 * 1024));
    HttpRequestOptions options = noRetry();
    options.streamBody = true;
    options.timeoutMs = 500; // a pause is not silence
    HttpReply* reply = client.get(server.url(u"/paused"_s), options);
    QByteArray body;
    qint64 atPause = -1;
    QObject::connect(reply, &HttpReply::bodyData, [&](const QByteArray& chunk) {
        body += chunk;
        if (atPause < 0 && body.size() >= 1024 * 1024) {
            atPause = body.size();
            reply->setBodyPaused(true);
        }
    });
    const Outcome outcome(reply);
    ASSERT_TRUE(QTest::qWaitFor([&] { return atPause >= 0; }, 10000));
    QTest::qWait(1500);              // three silence timeouts long
    EXPECT_EQ(body.size(), atPause); // nothing handed on while paused
    EXPECT_FALSE(outcome.result->has_value());
    // The socket is no longer read: the server could not send everything.
    EXPECT_EQ(server.requests(u"/paused"_s).first().finishedMs, -1);
    reply->setBodyPaused(false);
    ASSERT_TRUE(outcome.wait());
    EXPECT_TRUE(outcome.get().ok()) << qPrintable(outcome.get().error);
    EXPECT_EQ(body, patternBytes(0, 20 * 1024 * 1024));
}

TEST_F(HttpClientTest, StreamedBodiesKeepTheSizeLimit)
{
    Route big = Route::generated(5 * 1024 * 1024);
    big.chunked = true; // no Content-Length to refuse it by
    server.setRoute(u"/big"_s, big);
    HttpRequestOptions options = noRetry();
    options.streamBody = true;
    options.maxBytes = 1024 * 1024;
    qint64 received = 0;
    HttpReply* reply = client.get(server.url(u"/big"_s), options);
    QObject::connect(reply, &HttpReply::bodyData,
                     [&](const QByteArray& chunk) { received += chunk.size(); });
    const Outcome outcome(reply);
    ASSERT_TRUE(outcome.wait());
    EXPECT_EQ(outcome.get().error, u"the document is larger than 1 MB"_s);
    EXPECT_LE(received, 1024 * 1024);
}

TEST_F(HttpClientTest, RefusesAddressesThatAreNotHttp)
{
    const QStringList refused = {u"file:///etc/passwd"_s,
                                 u"data:text/plain,hi"_s,
                                 u"ftp://example.org/feed.xml"_s,
                                 u"javascript:alert(1)"_s,
                                 u"example.org/feed.xml"_s,
                                 u"http://"_s,
                                 QString()};
    for (const QString& address : refused) {
        HttpReply* reply = client.get(QUrl(address));
        // finished() never comes from inside get(): connecting afterwards is safe.
        const Outcome outcome(reply);
        ASSERT_TRUE(outcome.wait(2000)) << qPrintable(address);
        EXPECT_FALSE(outcome.get().ok()) << qPrintable(address);
        EXPECT_FALSE(outcome.get().error.isEmpty());
    }
    EXPECT_EQ(HttpClient::unsupportedUrlReason(QUrl(u"file:///etc/passwd"_s)),
              u"unsupported address scheme \"file:\" (only http and https)"_s);
    EXPECT_TRUE(HttpClient::unsupportedUrlReason(QUrl(u"https://example.org/"_s)).isEmpty());
    EXPECT_EQ(server.requests().size(), 0);
}

TEST_F(HttpClientTest, ReadableNetworkErrors)
{
    QUrl closed;
    {
        TestHttpServer gone;
        closed = gone.url(u"/feed"_s);
    }
    EXPECT_EQ(fetchUrl(closed, noRetry()).error,
              u"connection refused by 127.0.0.1:"_s + QString::number(closed.port()));

    HttpRequestOptions options = noRetry();
    options.timeoutMs = 5000;
    EXPECT_EQ(fetchUrl(QUrl(u"http://nonexistent.invalid/feed"_s), options).error,
              u"host not found: nonexistent.invalid"_s);
    EXPECT_EQ(HttpClient::networkErrorMessage(QNetworkReply::HostNotFoundError,
                                              QUrl(u"https://example.org/"_s)),
              u"host not found: example.org"_s);
}

TEST_F(HttpClientTest, ReportsTlsErrorsAndNeverIgnoresThem)
{
    if (!QSslSocket::supportsSsl())
        ONDES_SKIP_OR_FAIL("no TLS backend");
    QSslServer tls;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(QByteArray(certificatePem)));
    configuration.setPrivateKey(QSslKey(QByteArray(privateKeyPem), QSsl::Ec));
    tls.setSslConfiguration(configuration);
    ASSERT_TRUE(tls.listen(QHostAddress::LocalHost));
    QUrl url(u"https://127.0.0.1/feed"_s);
    url.setPort(tls.serverPort());
    const HttpResult untrusted = fetchUrl(url);
    EXPECT_TRUE(untrusted.error.startsWith(u"secure connection to 127.0.0.1 failed: "_s))
        << qPrintable(untrusted.error);

    // TLS spoken to a plain HTTP server.
    server.setRoute(u"/plain"_s, Route::text("plain"));
    QUrl plain = server.url(u"/plain"_s);
    plain.setScheme(u"https"_s);
    const HttpResult mismatch = fetchUrl(plain);
    EXPECT_TRUE(mismatch.error.startsWith(u"secure connection to 127.0.0.1 failed"_s))
        << qPrintable(mismatch.error);
}

TEST_F(HttpClientTest, ReportsProgress)
{
    server.setRoute(u"/big"_s, Route::generated(3 * 1024 * 1024));
    HttpReply* reply = client.get(server.url(u"/big"_s));
    qint64 lastReceived = 0;
    qint64 lastTotal = 0;
    QObject::connect(reply, &HttpReply::progress, [&](qint64 received, qint64 total) {
        lastReceived = received;
        lastTotal = total;
    });
    const Outcome outcome(reply);
    ASSERT_TRUE(outcome.wait());
    EXPECT_EQ(outcome.get().body.size(), 3 * 1024 * 1024);
    EXPECT_EQ(lastReceived, 3 * 1024 * 1024);
    EXPECT_EQ(lastTotal, 3 * 1024 * 1024);
}

TEST_F(HttpClientTest, DestroyingTheClientDropsRequestsQuietly)
{
    Route silent;
    silent.neverRespond = true;
    server.setRoute(u"/silent"_s, silent);
    auto client = std::make_unique<HttpClient>();
    const Outcome first(client->get(server.url(u"/silent"_s)));
    const Outcome queued(client->get(server.url(u"/silent"_s)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount(u"/silent"_s) == 1; }, 5000));
    const Outcome refused(client->get(QUrl(u"file:///x"_s)));
    client.reset();
    QTest::qWait(20);
    EXPECT_FALSE(first.result->has_value());
    EXPECT_FALSE(queued.result->has_value());
    EXPECT_FALSE(refused.result->has_value());
}
