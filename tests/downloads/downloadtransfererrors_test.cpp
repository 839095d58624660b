// DownloadTransfer's failures: HTTP errors, broken and silent servers, bad addresses, redirect
// loops, a full disk and an impossible folder. Each gives one readable line, is classified
// retryable or not, and keeps what was downloaded.

#include "downloads/downloadtestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>

using namespace Qt::Literals::StringLiterals;
using ondes::DownloadOutcome;
using ondes::DownloadRequest;
using ondes::test::DownloadTransferTest;
using ondes::test::fileSha256;
using ondes::test::patternBytes;
using ondes::test::readFile;
using ondes::test::Route;
using ondes::test::sha256;
using ondes::test::writeFile;

namespace {

constexpr qint64 kErrorsSize = 200 * 1000;

Route errorsEpisode()
{
    Route route = Route::generated(kErrorsSize, "audio/mpeg");
    route.etag = "v1";
    return route;
}

} // namespace

TEST_F(DownloadTransferTest, NotFoundIsNotRetried)
{
    server.setRoute(u"/gone.mp3"_s, Route::error(404));
    DownloadRequest r = request(u"/gone.mp3"_s);
    r.retries = 3;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Failed);
    EXPECT_EQ(log.outcome->error, u"not found (HTTP 404)"_s);
    EXPECT_EQ(log.outcome->httpStatus, 404);
    EXPECT_FALSE(log.outcome->retryable);
    EXPECT_TRUE(log.retries.isEmpty());
    EXPECT_EQ(server.requestCount(u"/gone.mp3"_s), 1);
    EXPECT_FALSE(QFileInfo::exists(part())); // the error page went nowhere
    EXPECT_FALSE(QFileInfo::exists(target()));
}

TEST_F(DownloadTransferTest, AServerErrorIsRetriedWithBackoffThenFails)
{
    server.setRoute(u"/ep.mp3"_s, Route::error(500));
    ASSERT_TRUE(writeFile(part(), patternBytes(0, 1000)));
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.etag = "\"v1\"";
    r.retries = 2;
    r.retryDelayMs = 20;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Failed);
    EXPECT_EQ(log.outcome->error, u"server error (HTTP 500)"_s);
    EXPECT_TRUE(log.outcome->retryable);
    EXPECT_EQ(server.requestCount(u"/ep.mp3"_s), 3);
    ASSERT_EQ(log.retries.size(), 2);
    EXPECT_EQ(std::get<1>(log.retries[0]), 20);
    EXPECT_EQ(std::get<1>(log.retries[1]), 40);         // doubled
    EXPECT_EQ(readFile(part()), patternBytes(0, 1000)); // kept for a later resume
}

TEST_F(DownloadTransferTest, BackoffIsCapped)
{
    server.setRoute(u"/ep.mp3"_s, Route::error(502));
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.retries = 3;
    r.retryDelayMs = 20;
    r.maxRetryDelayMs = 30;

    const auto log = run(r);

    ASSERT_EQ(log.retries.size(), 3);
    EXPECT_EQ(std::get<1>(log.retries[0]), 20);
    EXPECT_EQ(std::get<1>(log.retries[1]), 30);
    EXPECT_EQ(std::get<1>(log.retries[2]), 30);
}

TEST_F(DownloadTransferTest, RetryAfterIsHonouredAndCapped)
{
    Route busy = Route::error(503);
    busy.extraHeaders = {{"Retry-After", "1"}};
    Route limited = Route::error(429);
    limited.extraHeaders = {{"Retry-After", "3600"}};
    server.setRouteSequence(u"/ep.mp3"_s, {busy, limited, errorsEpisode()});
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.retries = 2;
    r.maxRetryDelayMs = 1200;

    QElapsedTimer clock;
    clock.start();
    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    ASSERT_EQ(log.retries.size(), 2);
    EXPECT_EQ(std::get<1>(log.retries[0]), 1000);
    EXPECT_EQ(std::get<1>(log.retries[1]), 1200); // an hour, capped
    EXPECT_TRUE(std::get<2>(log.retries[1]).contains(u"429"_s));
    EXPECT_GE(clock.elapsed(), 2000); // 2200, less the 5 % a coarse timer may fire early
}

TEST_F(DownloadTransferTest, ASlowServerStillWorks)
{
    Route slow = errorsEpisode();
    slow.bytesPerSecond = 400 * 1000;
    server.setRoute(u"/ep.mp3"_s, slow);
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.idleTimeoutMs = 1000;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kErrorsSize)));
    EXPECT_TRUE(log.retries.isEmpty());
}

TEST_F(DownloadTransferTest, AStalledServerTimesOutAndIsRetried)
{
    Route silent;
    silent.neverRespond = true;
    server.setRouteSequence(u"/ep.mp3"_s, {silent, errorsEpisode()});
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.idleTimeoutMs = 500;
    r.retries = 1;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    ASSERT_EQ(log.retries.size(), 1);
    EXPECT_TRUE(std::get<2>(log.retries[0]).startsWith(u"timed out: no data from 127.0.0.1:"_s))
        << qPrintable(std::get<2>(log.retries[0]));
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kErrorsSize)));
}

TEST_F(DownloadTransferTest, AStallInTheMiddleOfTheBodyTimesOutKeepingThePart)
{
    Route stalls = errorsEpisode();
    stalls.stallAfterBytes = kErrorsSize / 3;
    server.setRoute(u"/ep.mp3"_s, stalls);
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.idleTimeoutMs = 500;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Failed);
    EXPECT_TRUE(log.outcome->retryable);
    EXPECT_TRUE(log.outcome->error.startsWith(u"timed out"_s)) << qPrintable(log.outcome->error);
    EXPECT_EQ(readFile(part()), patternBytes(0, kErrorsSize / 3));
    EXPECT_FALSE(QFileInfo::exists(target()));
}

TEST_F(DownloadTransferTest, AStallInTheMiddleIsResumedOnRetry)
{
    Route stalls = errorsEpisode();
    stalls.stallAfterBytes = kErrorsSize / 3;
    server.setRouteSequence(u"/ep.mp3"_s, {stalls, errorsEpisode()});
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.idleTimeoutMs = 500;
    r.retries = 1;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    EXPECT_EQ(server.requests(u"/ep.mp3"_s).value(1).header("Range"), "bytes=66666-");
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kErrorsSize)));
}

TEST_F(DownloadTransferTest, AConnectionResetIsRetryable)
{
    // Accepts, then resets the connection (SO_LINGER 0 makes close() send RST).
    QTcpServer resetter;
    ASSERT_TRUE(resetter.listen(QHostAddress::LocalHost));
    QObject::connect(&resetter, &QTcpServer::newConnection, [&resetter] {
        while (QTcpSocket* socket = resetter.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                const linger hard = {1, 0};
                ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                             sizeof hard);
                socket->abort();
                socket->deleteLater();
            });
        }
    });
    DownloadRequest r = request({});
    r.url = QUrl(u"http://127.0.0.1:%1/ep.mp3"_s.arg(resetter.serverPort()));
    r.retries = 1;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Failed);
    EXPECT_TRUE(log.outcome->retryable);
    EXPECT_EQ(log.retries.size(), 1);
    EXPECT_FALSE(log.outcome->error.isEmpty());
    EXPECT_FALSE(log.outcome->error.contains(u'\n'));
}

TEST_F(DownloadTransferTest, ARefusedConnectionIsRetryable)
{
    quint16 port = 0;
    {
        QTcpServer closed;
        ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }
    DownloadRequest r = request({});
    r.url = QUrl(u"http://127.0.0.1:%1/ep.mp3"_s.arg(port));

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Failed);
    EXPECT_TRUE(log.outcome->retryable);
    EXPECT_EQ(log.outcome->error, u"connection refused by 127.0.0.1:%1"_s.arg(port));
}

TEST_F(DownloadTransferTest, AShortBodyIsAnErrorAndThePartIsKept)
{
    Route liar = errorsEpisode();
    liar.lieContentLength = kErrorsSize + 5000;
    server.setRoute(u"/ep.mp3"_s, liar);

    const auto log = run(request(u"/ep.mp3"_s));

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Failed);
    EXPECT_TRUE(log.outcome->retryable);
    EXPECT_TRUE(log.outcome->error.contains(u"after 200000 of 205000 bytes"_s))
        << qPrintable(log.outcome->error);
    EXPECT_FALSE(QFileInfo::exists(target()));
    EXPECT_EQ(readFile(part()), patternBytes(0, kErrorsSize));
}

TEST_F(DownloadTransferTest, ARedirectLoopEndsReadably)
{
    server.setRoute(u"/a"_s, Route::redirect(302, "/b"));
    server.setRoute(u"/b"_s, Route::redirect(301, "/a"));
    DownloadRequest r = request(u"/a"_s);
    r.retries = 2;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Failed);
    EXPECT_TRUE(log.outcome->error.startsWith(u"redirect loop at "_s))
        << qPrintable(log.outcome->error);
    EXPECT_FALSE(log.outcome->retryable);
    EXPECT_EQ(server.requests().size(), 2);
}

TEST_F(DownloadTransferTest, TooManyRedirectsEndReadably)
{
    for (int i = 0; i < 6; ++i)
        server.setRoute(u"/r%1"_s.arg(i), Route::redirect(307, "/r" + QByteArray::number(i + 1)));
    DownloadRequest r = request(u"/r0"_s);
    r.maxRedirects = 3;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Failed);
    EXPECT_EQ(log.outcome->error, u"too many redirects (more than 3)"_s);
    EXPECT_EQ(server.requests().size(), 4);
}

TEST_F(DownloadTransferTest, OnlyHttpAndHttpsAreFetched)
{
    for (const QString& address :
         {u"file:///etc/passwd"_s, u"ftp://example.org/a.mp3"_s, u"data:audio/mpeg,abc"_s,
          u"/etc/passwd"_s, u"javascript:alert(1)"_s}) {
        DownloadRequest r = request({});
        r.url = QUrl(address);
        const auto log = run(r);
        ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Failed) << qPrintable(address);
        EXPECT_FALSE(log.outcome->retryable);
        EXPECT_FALSE(log.outcome->error.isEmpty());
        EXPECT_FALSE(QFileInfo::exists(part()));
        EXPECT_FALSE(QFileInfo::exists(target()));
    }
    DownloadRequest r = request({});
    r.url = QUrl(u"file:///etc/passwd"_s);
    EXPECT_EQ(run(r).outcome->error,
              u"unsupported address scheme \"file:\" (only http and https)"_s);
}

TEST_F(DownloadTransferTest, ARedirectToAFileIsRefused)
{
    server.setRoute(u"/ep.mp3"_s, Route::redirect(302, "file:///etc/passwd"));

    const auto log = run(request(u"/ep.mp3"_s));

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Failed);
    EXPECT_TRUE(log.outcome->error.startsWith(u"redirected to an address that cannot be"_s))
        << qPrintable(log.outcome->error);
    EXPECT_FALSE(QFileInfo::exists(target()));
}

TEST_F(DownloadTransferTest, AFullDiskIsReportedAndNotRetried)
{
    ASSERT_TRUE(QFile::link(u"/dev/full"_s, part())); // writes fail with ENOSPC
    server.setRoute(u"/ep.mp3"_s, errorsEpisode());
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.retries = 3;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Failed);
    EXPECT_EQ(log.outcome->error, u"disk full while writing "_s + part());
    EXPECT_FALSE(log.outcome->retryable);
    EXPECT_TRUE(log.retries.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(target()));
    EXPECT_TRUE(QFileInfo(part()).isSymLink()); // left as it was
}

TEST_F(DownloadTransferTest, AWriteErrorMidwayKeepsWhatWasWritten)
{
    // A real write error half-way through a resumed body: the file kErrorsSize limit (EFBIG).
    ASSERT_TRUE(writeFile(part(), patternBytes(0, 50000)));
    server.setRoute(u"/ep.mp3"_s, errorsEpisode());
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.etag = "\"v1\"";
    r.retries = 3;
    rlimit saved = {};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 120000;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    const auto log = run(r);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Failed);
    EXPECT_EQ(log.outcome->error, u"cannot write %1: File too large"_s.arg(part()));
    EXPECT_FALSE(log.outcome->retryable);
    EXPECT_TRUE(log.retries.isEmpty());
    EXPECT_EQ(readFile(part()), patternBytes(0, 120000)); // the old bytes and what fitted

    const auto resumed = run(r);
    ASSERT_EQ(resumed.outcome->status, DownloadOutcome::Status::Done)
        << qPrintable(resumed.outcome->error);
    EXPECT_EQ(server.requests(u"/ep.mp3"_s).last().header("Range"), "bytes=120000-");
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kErrorsSize)));
}

TEST_F(DownloadTransferTest, AFolderThatIsAFileIsReported)
{
    const QString blocker = dir.filePath(u"Show"_s);
    ASSERT_TRUE(writeFile(blocker, "a file, not a folder"));
    server.setRoute(u"/ep.mp3"_s, errorsEpisode());
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.targetPath = blocker + u"/episode.mp3"_s;
    r.retries = 3;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Failed);
    EXPECT_EQ(log.outcome->error,
              u"cannot create %1/episode.mp3.part: Not a directory"_s.arg(blocker));
    EXPECT_FALSE(log.outcome->retryable);
    EXPECT_TRUE(log.retries.isEmpty());
    EXPECT_EQ(readFile(blocker), "a file, not a folder");
}

TEST_F(DownloadTransferTest, CreatesTheShowFolder)
{
    server.setRoute(u"/ep.mp3"_s, errorsEpisode());
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.targetPath = dir.filePath(u"A show/2024-03-10 - An episode.mp3"_s);

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    EXPECT_EQ(fileSha256(r.targetPath), sha256(patternBytes(0, kErrorsSize)));
}
