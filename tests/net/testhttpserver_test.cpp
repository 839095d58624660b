// The loopback test server, checked with QNetworkAccessManager as the client.

#include "support/httpformat.h"
#include "support/skiporfail.h"
#include "support/testhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using ondes::test::patternBytes;
using ondes::test::Route;
using ondes::test::TestHttpServer;

namespace {

struct Fetched
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QNetworkReply* reply = nullptr; // for headers; deleted with the fixture's manager
    QUrl url;

    QByteArray header(const char* name) const { return reply->rawHeader(name); }
    bool hasHeader(const char* name) const { return reply->hasRawHeader(name); }
};

const QDateTime kServedModified = QDateTime(QDate(2024, 3, 10), QTime(8, 30, 0), Qt::UTC);

class TestHttpServerTest : public ::testing::Test
{
protected:
    Fetched fetch(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers = {},
                  const QByteArray& verb = "GET",
                  QNetworkRequest::RedirectPolicy policy = QNetworkRequest::ManualRedirectPolicy)
    {
        QNetworkRequest request(server.url(path));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, policy);
        request.setMaximumRedirectsAllowed(5);
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply* reply =
            verb == "HEAD" ? manager.head(request) : manager.sendCustomRequest(request, verb);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        EXPECT_TRUE(finished.wait(10000)) << "no answer for " << qPrintable(path);
        Fetched result;
        result.reply = reply;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.url = reply->url();
        return result;
    }

    TestHttpServer server;
    QNetworkAccessManager manager;
};

Route patternRoute(qint64 size)
{
    Route route = Route::text(patternBytes(0, size), "application/octet-stream");
    route.etag = "v2";
    route.lastModified = kServedModified;
    return route;
}

} // namespace

TEST_F(TestHttpServerTest, ServesBodyHeadersAndRecordsTheRequest)
{
    ASSERT_TRUE(server.isListening());
    Route route = Route::text("hello", "text/plain");
    route.etag = "v1";
    route.lastModified = kServedModified;
    route.extraHeaders.emplaceBack("X-Extra", "yes");
    server.setRoute(u"/a"_s, route);

    const Fetched got = fetch(u"/a"_s, {{"X-Test", "42"}});
    EXPECT_EQ(got.status, 200);
    EXPECT_EQ(got.body, "hello");
    EXPECT_EQ(got.header("Content-Type"), "text/plain");
    EXPECT_EQ(got.header("Content-Length"), "5");
    EXPECT_EQ(got.header("ETag"), "\"v1\"");
    EXPECT_EQ(got.header("Last-Modified"), "Sun, 10 Mar 2024 08:30:00 GMT");
    EXPECT_EQ(got.header("Accept-Ranges"), "bytes");
    EXPECT_EQ(got.header("X-Extra"), "yes");

    ASSERT_EQ(server.requestCount(u"/a"_s), 1);
    const auto recorded = server.requests().at(0);
    EXPECT_EQ(recorded.method, "GET");
    EXPECT_EQ(recorded.path, u"/a"_s);
    EXPECT_EQ(recorded.header("x-test"), "42");
    EXPECT_EQ(recorded.status, 200);
    EXPECT_EQ(recorded.connection, 1);
    EXPECT_GE(recorded.finishedMs, recorded.receivedMs);
}

TEST_F(TestHttpServerTest, MatchesTargetThenPathAndAnswers404Otherwise)
{
    server.setRoute(u"/feed"_s, Route::text("any page"));
    server.setRoute(u"/feed?page=2"_s, Route::text("page two"));
    EXPECT_EQ(fetch(u"/feed?page=1"_s).body, "any page");
    EXPECT_EQ(fetch(u"/feed?page=2"_s).body, "page two");
    const Fetched missing = fetch(u"/missing"_s);
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(missing.error, QNetworkReply::ContentNotFoundError);
    EXPECT_EQ(server.requestCount(u"/feed"_s), 2);
    EXPECT_EQ(server.requestCount(u"/feed?page=2"_s), 1);
}

TEST_F(TestHttpServerTest, ServesByteRanges)
{
    const QByteArray body = patternBytes(0, 1000);
    server.setRoute(u"/r"_s, patternRoute(1000));
    struct Case
    {
        QByteArray range;
        int status;
        QByteArray contentRange;
        QByteArray body;
    };
    const QList<Case> cases = {
        {"bytes=10-19", 206, "bytes 10-19/1000", body.mid(10, 10)},
        {"bytes=990-", 206, "bytes 990-999/1000", body.mid(990)},
        {"bytes=-5", 206, "bytes 995-999/1000", body.right(5)},
        {"bytes=995-5000", 206, "bytes 995-999/1000", body.mid(995)},
        {"bytes=-5000", 206, "bytes 0-999/1000", body},
        {"bytes=1000-", 416, "bytes */1000", {}},
        {"bytes=-0", 416, "bytes */1000", {}},
        {"bytes=abc", 200, {}, body},
        {"bytes=20-10", 200, {}, body},
        {"bytes=0-1,5-6", 200, {}, body},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.range.toStdString());
        const Fetched got = fetch(u"/r"_s, {{"Range", c.range}});
        EXPECT_EQ(got.status, c.status);
        EXPECT_EQ(got.header("Content-Range"), c.contentRange);
        EXPECT_EQ(got.body, c.body);
        EXPECT_EQ(got.header("Content-Length"), QByteArray::number(c.body.size()));
    }

    Route ignoring = patternRoute(1000);
    ignoring.honourRange = false;
    server.setRoute(u"/norange"_s, ignoring);
    const Fetched got = fetch(u"/norange"_s, {{"Range", "bytes=10-19"}});
    EXPECT_EQ(got.status, 200);
    EXPECT_EQ(got.body, body);
    EXPECT_FALSE(got.hasHeader("Accept-Ranges"));
}

TEST_F(TestHttpServerTest, IfRangeServesTheWholeBodyWhenTheValidatorChanged)
{
    server.setRoute(u"/r"_s, patternRoute(100));
    const auto withIfRange = [&](const QByteArray& validator) {
        return fetch(u"/r"_s, {{"Range", "bytes=0-9"}, {"If-Range", validator}});
    };
    EXPECT_EQ(withIfRange("\"v2\"").status, 206);
    EXPECT_EQ(withIfRange("\"v1\"").status, 200);
    EXPECT_EQ(withIfRange("W/\"v2\"").status, 200); // If-Range needs a strong match
    EXPECT_EQ(withIfRange(ondes::test::httpDate(kServedModified)).status, 206);
    const Fetched stale = withIfRange(ondes::test::httpDate(kServedModified.addSecs(-60)));
    EXPECT_EQ(stale.status, 200);
    EXPECT_EQ(stale.body.size(), 100);
}

TEST_F(TestHttpServerTest, AnswersConditionalRequestsWith304)
{
    server.setRoute(u"/c"_s, patternRoute(100));
    const QByteArray date = ondes::test::httpDate(kServedModified);
    const Fetched hit = fetch(u"/c"_s, {{"If-None-Match", "\"v2\""}});
    EXPECT_EQ(hit.status, 304);
    EXPECT_TRUE(hit.body.isEmpty());
    EXPECT_EQ(hit.header("ETag"), "\"v2\"");
    EXPECT_EQ(fetch(u"/c"_s, {{"If-None-Match", "\"a\", W/\"v2\""}}).status, 304);
    EXPECT_EQ(fetch(u"/c"_s, {{"If-None-Match", "*"}}).status, 304);
    EXPECT_EQ(fetch(u"/c"_s, {{"If-None-Match", "\"v1\""}}).status, 200);
    EXPECT_EQ(fetch(u"/c"_s, {{"If-Modified-Since", date}}).status, 304);
    EXPECT_EQ(
        fetch(u"/c"_s, {{"If-Modified-Since", ondes::test::httpDate(kServedModified.addDays(1))}})
            .status,
        304);
    EXPECT_EQ(
        fetch(u"/c"_s, {{"If-Modified-Since", ondes::test::httpDate(kServedModified.addSecs(-1))}})
            .status,
        200);
    // If-None-Match wins over If-Modified-Since.
    EXPECT_EQ(fetch(u"/c"_s, {{"If-None-Match", "\"v1\""}, {"If-Modified-Since", date}}).status,
              200);
}

TEST_F(TestHttpServerTest, AnswersHeadWithoutBody)
{
    server.setRoute(u"/h"_s, patternRoute(1000));
    const Fetched got = fetch(u"/h"_s, {}, "HEAD");
    EXPECT_EQ(got.status, 200);
    EXPECT_TRUE(got.body.isEmpty());
    EXPECT_EQ(got.header("Content-Length"), "1000");
    // The connection stays usable after a bodiless answer.
    EXPECT_EQ(fetch(u"/h"_s).body.size(), 1000);
    EXPECT_EQ(server.connectionCount(), 1);
}

TEST_F(TestHttpServerTest, Redirects)
{
    for (const int status : {301, 302, 307, 308}) {
        server.setRoute(u"/from"_s, Route::redirect(status, "/to"));
        const Fetched hop = fetch(u"/from"_s);
        EXPECT_EQ(hop.status, status);
        EXPECT_EQ(hop.header("Location"), "/to");
    }
    server.setRoute(u"/to"_s, Route::text("arrived"));
    server.setRoute(u"/abs"_s, Route::redirect(301, server.url(u"/from"_s).toEncoded()));
    const Fetched followed = fetch(u"/abs"_s, {}, "GET", QNetworkRequest::NoLessSafeRedirectPolicy);
    EXPECT_EQ(followed.status, 200);
    EXPECT_EQ(followed.body, "arrived");
    EXPECT_EQ(followed.url, server.url(u"/to"_s));

    server.setRoute(u"/loop-a"_s, Route::redirect(302, "/loop-b"));
    server.setRoute(u"/loop-b"_s, Route::redirect(302, "/loop-a"));
    const Fetched loop = fetch(u"/loop-a"_s, {}, "GET", QNetworkRequest::NoLessSafeRedirectPolicy);
    EXPECT_EQ(loop.error, QNetworkReply::TooManyRedirectsError);
    EXPECT_GT(server.requestCount(u"/loop-a"_s) + server.requestCount(u"/loop-b"_s), 2);
}

TEST_F(TestHttpServerTest, GzipsWhenTheClientAcceptsIt)
{
    QByteArray text;
    for (int i = 0; i < 2000; ++i)
        text += "line " + QByteArray::number(i) + " of a compressible document\n";
    Route route = Route::text(text);
    route.gzip = true;
    server.setRoute(u"/z"_s, route);

    // QNetworkAccessManager asks for gzip itself and decodes it.
    const Fetched decoded = fetch(u"/z"_s);
    EXPECT_EQ(decoded.body, text);
    EXPECT_TRUE(server.requests().at(0).header("Accept-Encoding").contains("gzip"));

    // Asking explicitly turns decoding off: the raw member arrives.
    const Fetched raw = fetch(u"/z"_s, {{"Accept-Encoding", "gzip"}});
    EXPECT_EQ(raw.header("Content-Encoding"), "gzip");
    EXPECT_TRUE(raw.body.startsWith("\x1f\x8b"));
    EXPECT_LT(raw.body.size(), text.size() / 4);

    const Fetched identity = fetch(u"/z"_s, {{"Accept-Encoding", "identity"}});
    EXPECT_EQ(identity.body, text);
    EXPECT_FALSE(identity.hasHeader("Content-Encoding"));
    EXPECT_EQ(identity.header("Vary"), "Accept-Encoding");
    EXPECT_EQ(fetch(u"/z"_s, {{"Accept-Encoding", "gzip;q=0"}}).body, text);

    Route empty = Route::text({});
    empty.gzip = true;
    server.setRoute(u"/empty"_s, empty);
    const Fetched nothing = fetch(u"/empty"_s);
    EXPECT_EQ(nothing.error, QNetworkReply::NoError);
    EXPECT_TRUE(nothing.body.isEmpty());
}

TEST_F(TestHttpServerTest, CutsTheBodyAndLiesAboutItsLength)
{
    Route cut = Route::generated(100000);
    cut.cutAfterBytes = 5000;
    server.setRoute(u"/cut"_s, cut);
    const Fetched broken = fetch(u"/cut"_s);
    EXPECT_EQ(broken.status, 200);
    EXPECT_NE(broken.error, QNetworkReply::NoError);
    EXPECT_EQ(broken.header("Content-Length"), "100000");
    EXPECT_EQ(broken.body, patternBytes(0, 5000));

    Route longer = Route::text("short");
    longer.lieContentLength = 100;
    server.setRoute(u"/longer"_s, longer);
    const Fetched truncated = fetch(u"/longer"_s);
    EXPECT_NE(truncated.error, QNetworkReply::NoError);
    EXPECT_EQ(truncated.body, "short");

    Route shorter = Route::text("short");
    shorter.lieContentLength = 3;
    server.setRoute(u"/shorter"_s, shorter);
    EXPECT_EQ(fetch(u"/shorter"_s).body, "sho");
}

TEST_F(TestHttpServerTest, PacesSlowBodiesAndDelaysAnswers)
{
    Route slow = Route::generated(3000);
    slow.bytesPerSecond = 10000;
    server.setRoute(u"/slow"_s, slow);
    QElapsedTimer clock;
    clock.start();
    EXPECT_EQ(fetch(u"/slow"_s).body, patternBytes(0, 3000));
    EXPECT_GE(clock.elapsed(), 250);
    EXPECT_LT(clock.elapsed(), 3000);

    Route late = Route::text("late");
    late.delayMs = 200;
    server.setRoute(u"/late"_s, late);
    clock.restart();
    EXPECT_EQ(fetch(u"/late"_s).body, "late");
    EXPECT_GE(clock.elapsed(), 190);
}

TEST_F(TestHttpServerTest, NeverRespondingRouteKeepsTheClientWaiting)
{
    Route silent;
    silent.neverRespond = true;
    server.setRoute(u"/silent"_s, silent);
    QNetworkRequest request(server.url(u"/silent"_s));
    request.setTransferTimeout(300);
    QNetworkReply* reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(reply->error(), QNetworkReply::OperationCanceledError);
    EXPECT_EQ(server.requestCount(u"/silent"_s), 1);
    EXPECT_EQ(server.requests().at(0).status, 0);
}

TEST_F(TestHttpServerTest, WalksARouteSequence)
{
    server.setRouteSequence(u"/flaky"_s, {Route::error(500), Route::error(503), Route::text("ok")});
    EXPECT_EQ(fetch(u"/flaky"_s).status, 500);
    EXPECT_EQ(fetch(u"/flaky"_s).status, 503);
    EXPECT_EQ(fetch(u"/flaky"_s).body, "ok");
    EXPECT_EQ(fetch(u"/flaky"_s).body, "ok");
}

TEST_F(TestHttpServerTest, ServesRangesOfAHugeGeneratedBody)
{
    const qint64 size = 500LL * 1024 * 1024;
    server.setRoute(u"/huge"_s, Route::generated(size));
    EXPECT_EQ(fetch(u"/huge"_s, {}, "HEAD").header("Content-Length"), QByteArray::number(size));
    const Fetched tail = fetch(u"/huge"_s, {{"Range", "bytes=-10"}});
    EXPECT_EQ(tail.status, 206);
    EXPECT_EQ(tail.body, patternBytes(size - 10, 10));
    const Fetched middle = fetch(u"/huge"_s, {{"Range", "bytes=300000000-300065535"}});
    EXPECT_EQ(middle.body, patternBytes(300000000, 65536));
}

TEST_F(TestHttpServerTest, StreamsALargeBodyInChunks)
{
    const qint64 size = 16LL * 1024 * 1024;
    server.setRoute(u"/big"_s, Route::generated(size));
    QNetworkReply* reply = manager.get(QNetworkRequest(server.url(u"/big"_s)));
    qint64 received = 0;
    QByteArray tail;
    QObject::connect(reply, &QIODevice::readyRead, reply, [&] {
        const QByteArray chunk = reply->readAll();
        received += chunk.size();
        tail = QByteArray(tail + chunk).right(16);
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    ASSERT_TRUE(finished.wait(15000));
    EXPECT_EQ(reply->error(), QNetworkReply::NoError);
    EXPECT_EQ(received, size);
    EXPECT_EQ(tail, patternBytes(size - 16, 16));
}

TEST_F(TestHttpServerTest, ServesAFileWithValidators)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"episode.mp3"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(patternBytes(0, 200000));
    file.close();
    server.serveFile(u"/episode.mp3"_s, path, "audio/mpeg");

    const Fetched whole = fetch(u"/episode.mp3"_s);
    EXPECT_EQ(whole.body, patternBytes(0, 200000));
    EXPECT_EQ(whole.header("Content-Type"), "audio/mpeg");
    const QByteArray etag = whole.header("ETag");
    EXPECT_FALSE(etag.isEmpty());
    const Fetched part = fetch(u"/episode.mp3"_s, {{"Range", "bytes=150000-"}, {"If-Range", etag}});
    EXPECT_EQ(part.status, 206);
    EXPECT_EQ(part.body, patternBytes(150000, 50000));
    EXPECT_EQ(fetch(u"/episode.mp3"_s, {{"If-None-Match", etag}}).status, 304);
}

TEST_F(TestHttpServerTest, ChunkedAndEndlessBodies)
{
    Route chunked = Route::generated(200000);
    chunked.chunked = true;
    server.setRoute(u"/chunked"_s, chunked);
    const Fetched got = fetch(u"/chunked"_s);
    EXPECT_EQ(got.body, patternBytes(0, 200000));
    EXPECT_EQ(got.header("Transfer-Encoding"), "chunked");
    EXPECT_FALSE(got.hasHeader("Content-Length"));

    server.setRoute(u"/endless"_s, Route::generated(-1));
    QNetworkReply* reply = manager.get(QNetworkRequest(server.url(u"/endless"_s)));
    qint64 received = 0;
    QObject::connect(reply, &QIODevice::readyRead, reply,
                     [&] { received += reply->readAll().size(); });
    EXPECT_TRUE(QTest::qWaitFor([&] { return received > 4 * 1024 * 1024; }, 10000));
    reply->abort();
    EXPECT_FALSE(reply->hasRawHeader("Content-Length"));
}

TEST_F(TestHttpServerTest, KeepsConnectionsAliveAndRecordsBodies)
{
    server.setRoute(u"/k"_s, Route::text("k"));
    fetch(u"/k"_s);
    fetch(u"/k"_s, {}, "POST");
    QNetworkRequest request(server.url(u"/k"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "text/plain"_ba);
    QNetworkReply* reply = manager.post(request, "payload"_ba);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(server.connectionCount(), 1);
    const auto requests = server.requests();
    ASSERT_EQ(requests.size(), 3);
    EXPECT_EQ(requests[2].method, "POST");
    EXPECT_EQ(requests[2].body, "payload");
    EXPECT_EQ(requests[2].connection, 1);
}

TEST_F(TestHttpServerTest, AnswersWhileTheTestThreadBlocks)
{
    server.setRoute(u"/blocking"_s, Route::text("still here"));
    QTcpSocket socket;
    socket.connectToHost(server.address(), server.port());
    ASSERT_TRUE(socket.waitForConnected(2000));
    socket.write("GET /blocking HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(2000))
        answer += socket.readAll();
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 200 OK\r\n"));
    EXPECT_TRUE(answer.endsWith("\r\n\r\nstill here"));
}

TEST_F(TestHttpServerTest, AnswersABadRequestWith400)
{
    QTcpSocket socket;
    socket.connectToHost(server.address(), server.port());
    ASSERT_TRUE(socket.waitForConnected(2000));
    socket.write("NONSENSE\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(2000))
        answer += socket.readAll();
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"));
}

TEST_F(TestHttpServerTest, ListensOnAnotherLoopbackAddress)
{
    TestHttpServer other(QHostAddress(u"127.0.0.2"_s));
    if (!other.isListening())
        ONDES_SKIP_OR_FAIL("127.0.0.2 is not available");
    other.setRoute(u"/x"_s, Route::text("other host"));
    EXPECT_EQ(other.url(u"/x"_s).host(), u"127.0.0.2"_s);
    QNetworkReply* reply = manager.get(QNetworkRequest(other.url(u"/x"_s)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(reply->readAll(), "other host");
}

TEST(HttpFormatTest, DatesRoundTripInTheThreeFormats)
{
    using ondes::test::parseHttpDate;
    EXPECT_EQ(ondes::test::httpDate(kServedModified), "Sun, 10 Mar 2024 08:30:00 GMT");
    EXPECT_EQ(parseHttpDate("Sun, 10 Mar 2024 08:30:00 GMT"), kServedModified);
    EXPECT_EQ(parseHttpDate("Sunday, 10-Mar-24 08:30:00 GMT"), kServedModified);
    EXPECT_EQ(parseHttpDate("Sun Mar 10 08:30:00 2024"), kServedModified);
    EXPECT_FALSE(parseHttpDate("yesterday").isValid());
}
