// DownloadTransfer against the loopback TestHttpServer: whole downloads, resume with Range and
// If-Range, and every answer that must make it start again from 0 instead of appending.

#include "downloads/downloadtestsupport.h"

#include <QFileInfo>

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

constexpr qint64 kTransferSize = 300 * 1000;
const QDateTime modified = QDateTime(QDate(2024, 3, 10), QTime(8, 30, 0), Qt::UTC);

Route transferEpisode(QByteArray etag = "v1")
{
    Route route = Route::generated(kTransferSize, "audio/mpeg");
    route.etag = std::move(etag);
    route.lastModified = modified;
    return route;
}

Route cutHalfway(QByteArray etag = "v1")
{
    Route route = transferEpisode(std::move(etag));
    route.cutAfterBytes = kTransferSize / 2;
    return route;
}

} // namespace

TEST_F(DownloadTransferTest, DownloadsAWholeFileThroughThePartFile)
{
    server.setRoute(u"/ep.mp3"_s, transferEpisode());

    const auto log = run(request(u"/ep.mp3"_s));

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    EXPECT_EQ(log.outcome->filePath, target());
    EXPECT_EQ(log.outcome->size, kTransferSize);
    EXPECT_EQ(log.outcome->contentType, "audio/mpeg");
    EXPECT_EQ(log.outcome->httpStatus, 200);
    EXPECT_TRUE(log.outcome->error.isEmpty());
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kTransferSize)));
    EXPECT_FALSE(QFileInfo::exists(part()));
    ASSERT_FALSE(log.progress.isEmpty());
    EXPECT_EQ(log.progress.last(), qMakePair(kTransferSize, kTransferSize));
    ASSERT_EQ(log.validators.size(), 1);
    EXPECT_EQ(log.validators[0].first, "\"v1\"");
    EXPECT_EQ(log.validators[0].second, u"Sun, 10 Mar 2024 08:30:00 GMT"_s);

    const auto requests = server.requests(u"/ep.mp3"_s);
    ASSERT_EQ(requests.size(), 1);
    EXPECT_TRUE(requests[0].header("User-Agent").startsWith("Ondes/"));
    EXPECT_EQ(requests[0].header("Accept-Encoding"), "identity");
    EXPECT_TRUE(requests[0].header("Range").isEmpty());
}

TEST_F(DownloadTransferTest, ReplacesAnExistingTargetAtomically)
{
    ASSERT_TRUE(writeFile(target(), "an older file"));
    server.setRoute(u"/ep.mp3"_s, transferEpisode());

    const auto log = run(request(u"/ep.mp3"_s));

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kTransferSize)));
}

TEST_F(DownloadTransferTest, ACutAtHalfIsResumedWithRangeAndIfRange)
{
    server.setRouteSequence(u"/ep.mp3"_s, {cutHalfway(), transferEpisode()});

    const auto first = run(request(u"/ep.mp3"_s));
    ASSERT_EQ(first.outcome->status, DownloadOutcome::Status::Failed);
    EXPECT_TRUE(first.outcome->retryable);
    EXPECT_TRUE(first.outcome->error.contains(u"broke off"_s)) << qPrintable(first.outcome->error);
    EXPECT_EQ(QFileInfo(part()).size(), kTransferSize / 2);
    EXPECT_EQ(first.outcome->size, kTransferSize / 2);
    EXPECT_FALSE(QFileInfo::exists(target()));
    ASSERT_FALSE(first.validators.isEmpty());

    // A later run (say after a restart) with the validators the first one reported.
    DownloadRequest again = request(u"/ep.mp3"_s);
    again.etag = first.validators.last().first;
    again.lastModified = first.validators.last().second;
    const auto second = run(again);

    ASSERT_EQ(second.outcome->status, DownloadOutcome::Status::Done)
        << qPrintable(second.outcome->error);
    EXPECT_EQ(second.outcome->httpStatus, 206);
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kTransferSize)));
    EXPECT_FALSE(QFileInfo::exists(part()));
    // Qt may quietly send the first request again after the cut (its answer goes nowhere): the
    // resume is the last request.
    const auto requests = server.requests(u"/ep.mp3"_s);
    ASSERT_GE(requests.size(), 2);
    EXPECT_EQ(requests.last().header("Range"), "bytes=150000-");
    EXPECT_EQ(requests.last().header("If-Range"), "\"v1\"");
    EXPECT_EQ(requests.last().status, 206);
    // The progress went on from the half, it did not start again from 0.
    ASSERT_FALSE(second.progress.isEmpty());
    EXPECT_GE(second.progress.first().first, kTransferSize / 2);
}

TEST_F(DownloadTransferTest, RetriesResumeWithinOneTransfer)
{
    server.setRouteSequence(u"/ep.mp3"_s, {cutHalfway(), transferEpisode()});
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.retries = 1;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    ASSERT_EQ(log.retries.size(), 1);
    EXPECT_EQ(std::get<1>(log.retries[0]), 10);
    EXPECT_TRUE(std::get<2>(log.retries[0]).contains(u"broke off"_s));
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kTransferSize)));
    const auto requests = server.requests(u"/ep.mp3"_s);
    ASSERT_GE(requests.size(), 2); // Qt may resend the cut request itself
    EXPECT_EQ(requests.last().header("Range"), "bytes=150000-");
}

TEST_F(DownloadTransferTest, WithOnlyLastModifiedIfRangeCarriesTheDate)
{
    ASSERT_TRUE(writeFile(part(), patternBytes(0, 1000)));
    Route route = transferEpisode({});
    server.setRoute(u"/ep.mp3"_s, route);
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.lastModified = u"Sun, 10 Mar 2024 08:30:00 GMT"_s;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    const auto requests = server.requests(u"/ep.mp3"_s);
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].header("Range"), "bytes=1000-");
    EXPECT_EQ(requests[0].header("If-Range"), "Sun, 10 Mar 2024 08:30:00 GMT");
    EXPECT_EQ(requests[0].status, 206);
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kTransferSize)));
}

TEST_F(DownloadTransferTest, APartWithoutValidatorsStartsAgainFromZero)
{
    ASSERT_TRUE(writeFile(part(), QByteArray(5000, 'x'))); // not a prefix of the episode
    server.setRoute(u"/ep.mp3"_s, transferEpisode());

    const auto log = run(request(u"/ep.mp3"_s));

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    const auto requests = server.requests(u"/ep.mp3"_s);
    ASSERT_EQ(requests.size(), 1);
    EXPECT_TRUE(requests[0].header("Range").isEmpty());
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kTransferSize)));
}

TEST_F(DownloadTransferTest, AWeakEtagAloneIsNoReasonToResume)
{
    ASSERT_TRUE(writeFile(part(), QByteArray(5000, 'x')));
    server.setRoute(u"/ep.mp3"_s, transferEpisode());
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.etag = "W/\"v1\"";

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    EXPECT_TRUE(server.requests(u"/ep.mp3"_s).value(0).header("Range").isEmpty());
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kTransferSize)));
}

TEST_F(DownloadTransferTest, AServerIgnoringRangeGivesACleanRestart)
{
    Route cut = cutHalfway();
    cut.honourRange = false;
    Route whole = transferEpisode();
    whole.honourRange = false;
    server.setRouteSequence(u"/ep.mp3"_s, {cut, whole});
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.retries = 1;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    const auto requests = server.requests(u"/ep.mp3"_s);
    ASSERT_GE(requests.size(), 2); // Qt may resend the cut request itself
    EXPECT_EQ(requests.last().header("Range"), "bytes=150000-"); // asked…
    EXPECT_EQ(requests.last().status, 200);                      // …and got the whole body
    // No duplicated bytes: the full body replaced the half, it was not appended.
    EXPECT_EQ(QFileInfo(target()).size(), kTransferSize);
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kTransferSize)));
}

TEST_F(DownloadTransferTest, AnIfRangeMismatchRestartsWithTheNewVersion)
{
    ASSERT_TRUE(writeFile(part(), QByteArray(100000, 'o'))); // bytes of the old version
    server.setRoute(u"/ep.mp3"_s, transferEpisode("v2"));
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.etag = "\"v1\"";

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    const auto requests = server.requests(u"/ep.mp3"_s);
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].header("If-Range"), "\"v1\"");
    EXPECT_EQ(requests[0].status, 200);
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kTransferSize)));
    ASSERT_FALSE(log.validators.isEmpty());
    EXPECT_EQ(log.validators.first().first, "\"v2\"");
}

TEST_F(DownloadTransferTest, A206WithTheWrongStartIsNotAppended)
{
    ASSERT_TRUE(writeFile(part(), patternBytes(0, 1000)));
    // A broken server: asked for bytes=1000-, it answers 206 with the range from 0.
    Route wrong = Route::text(patternBytes(0, kTransferSize), "audio/mpeg");
    wrong.status = 206;
    wrong.etag = "v1";
    wrong.extraHeaders = {{"Content-Range", "bytes 0-299999/300000"}};
    server.setRouteSequence(u"/ep.mp3"_s, {wrong, transferEpisode()});
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.etag = "\"v1\"";

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    const auto requests = server.requests(u"/ep.mp3"_s);
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests[0].header("Range"), "bytes=1000-");
    EXPECT_TRUE(requests[1].header("Range").isEmpty()); // the fresh request
    EXPECT_EQ(QFileInfo(target()).size(), kTransferSize);
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kTransferSize)));
}

TEST_F(DownloadTransferTest, A206ForAnotherVersionIsNotAppended)
{
    ASSERT_TRUE(writeFile(part(), patternBytes(0, 1000)));
    // Ignores If-Range and serves the range of a changed file.
    Route other = Route::text(QByteArray(kTransferSize - 1000, 'n'), "audio/mpeg");
    other.status = 206;
    other.etag = "v2";
    other.extraHeaders = {{"Content-Range", "bytes 1000-299999/300000"}};
    server.setRouteSequence(u"/ep.mp3"_s, {other, transferEpisode("v2")});
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.etag = "\"v1\"";

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    EXPECT_EQ(server.requestCount(u"/ep.mp3"_s), 2);
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kTransferSize)));
}

TEST_F(DownloadTransferTest, A416ForACompletePartStartsAgain)
{
    ASSERT_TRUE(writeFile(part(), patternBytes(0, kTransferSize))); // complete, but never renamed
    server.setRoute(u"/ep.mp3"_s, transferEpisode());
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.etag = "\"v1\"";

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    const auto requests = server.requests(u"/ep.mp3"_s);
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests[0].status, 416);
    EXPECT_TRUE(requests[1].header("Range").isEmpty());
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kTransferSize)));
}

TEST_F(DownloadTransferTest, FollowsRedirectsWithTheRange)
{
    server.setRoute(u"/old"_s, Route::redirect(302, "/new"));
    server.setRoute(u"/new"_s, transferEpisode());
    ASSERT_TRUE(writeFile(part(), patternBytes(0, 2000)));
    DownloadRequest r = request(u"/old"_s);
    r.etag = "\"v1\"";

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    const auto requests = server.requests(u"/new"_s);
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].header("Range"), "bytes=2000-");
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kTransferSize)));
}

TEST_F(DownloadTransferTest, AChunkedBodyOfUnknownLengthIsKept)
{
    Route route = transferEpisode();
    route.chunked = true;
    server.setRoute(u"/ep.mp3"_s, route);

    const auto log = run(request(u"/ep.mp3"_s));

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    EXPECT_EQ(readFile(target()), patternBytes(0, kTransferSize));
}

TEST_F(DownloadTransferTest, ProgressingAttemptsDoNotUseUpTheRetries)
{
    Route quarter = transferEpisode();
    quarter.cutAfterBytes = kTransferSize / 4;
    server.setRoute(u"/ep.mp3"_s, quarter); // every answer breaks after a quarter of the file
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.retries = 1;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    // With retries = 1 it still finished: each attempt moved the file on. (How many attempts it
    // took depends on whether Qt re-sent a cut request on a fresh connection by itself.)
    EXPECT_GE(log.retries.size(), 2);
    const QByteArray lastRange = server.requests(u"/ep.mp3"_s).last().header("Range");
    EXPECT_TRUE(lastRange == "bytes=150000-" || lastRange == "bytes=225000-")
        << lastRange.constData();
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kTransferSize)));
}

TEST_F(DownloadTransferTest, AttemptsWithoutProgressUseUpTheRetries)
{
    Route cut = cutHalfway();
    cut.honourRange = false; // every attempt starts again from 0 and breaks at the same place
    server.setRoute(u"/ep.mp3"_s, cut);
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.retries = 2;

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Failed);
    EXPECT_EQ(log.retries.size(), 2);
    EXPECT_EQ(QFileInfo(part()).size(), kTransferSize / 2);
}
