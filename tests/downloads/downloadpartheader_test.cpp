// DownloadTransfer with a header before the body in the .part (the room DownloadManager keeps
// for the tags): asked once per fresh body with its first bytes, written first, never counted as
// body; a resume asks for the body's own next byte, and a server that ignores the range gets a
// fresh header.

#include "downloads/downloadtestsupport.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;
using ondes::DownloadOutcome;
using ondes::DownloadRequest;
using ondes::test::DownloadTransferTest;
using ondes::test::patternBytes;
using ondes::test::readFile;
using ondes::test::RecordedRequest;
using ondes::test::Route;
using ondes::test::TransferLog;

namespace {

constexpr qint64 kHeaderSize = 300 * 1000;

Route headerEpisode()
{
    Route route = Route::generated(kHeaderSize, "audio/mpeg");
    route.etag = "v1";
    return route;
}

struct HeaderCalls
{
    QList<QPair<QByteArray, qint64>> calls; // the body's first bytes, its length
};

// A request whose body is preceded by header; calls records each time it is asked for.
DownloadRequest withHeader(DownloadRequest r, const QByteArray& header,
                           std::shared_ptr<HeaderCalls> calls)
{
    r.partHeader = [header, calls](QByteArrayView head, qint64 length) {
        calls->calls.append({head.toByteArray(), length});
        return header;
    };
    r.partHeaderSize = [header](const QString&) { return qint64(header.size()); };
    return r;
}

} // namespace

TEST_F(DownloadTransferTest, APartHeaderGoesBeforeTheBodyAndIsNotCountedAsBody)
{
    server.setRoute(u"/ep.mp3"_s, headerEpisode());
    const QByteArray header(4096, 'h');
    auto calls = std::make_shared<HeaderCalls>();

    const TransferLog log = run(withHeader(request(u"/ep.mp3"_s), header, calls));

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    ASSERT_EQ(calls->calls.size(), 1);
    EXPECT_EQ(calls->calls[0].first, patternBytes(0, 16));
    EXPECT_EQ(calls->calls[0].second, kHeaderSize);
    EXPECT_EQ(readFile(target()), header + patternBytes(0, kHeaderSize));
    EXPECT_FALSE(QFileInfo::exists(part()));
    // While the body comes, progress counts its bytes against its length; the final report is
    // the file's kHeaderSize.
    ASSERT_GE(log.progress.size(), 2);
    for (qsizetype i = 0; i + 1 < log.progress.size(); ++i) {
        EXPECT_LE(log.progress[i].first, kHeaderSize);
        EXPECT_EQ(log.progress[i].second, kHeaderSize);
    }
    EXPECT_EQ(log.progress.last(), qMakePair(kHeaderSize + 4096, kHeaderSize + 4096));
    EXPECT_EQ(log.outcome->size, kHeaderSize + 4096);
}

TEST_F(DownloadTransferTest, AResumeAsksForTheBodysNextByteAfterTheHeader)
{
    server.setRoute(u"/ep.mp3"_s, headerEpisode());
    const QByteArray header(4096, 'h');
    ASSERT_TRUE(ondes::test::writeFile(part(), header + patternBytes(0, 100'000)));
    auto calls = std::make_shared<HeaderCalls>();
    DownloadRequest r = withHeader(request(u"/ep.mp3"_s), header, calls);
    r.etag = "\"v1\"";

    const TransferLog log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    const RecordedRequest sent = server.requests(u"/ep.mp3"_s).last();
    EXPECT_EQ(sent.header("Range"), QByteArray("bytes=100000-"));
    EXPECT_EQ(sent.status, 206);
    EXPECT_TRUE(calls->calls.isEmpty()); // the header on disk stays
    EXPECT_EQ(readFile(target()), header + patternBytes(0, kHeaderSize));
}

TEST_F(DownloadTransferTest, ABodyFromByteZeroReplacesTheOldHeaderWithAFreshOne)
{
    Route ignoresRange = headerEpisode();
    ignoresRange.honourRange = false; // answers 200 with the whole body
    server.setRoute(u"/ep.mp3"_s, ignoresRange);
    ASSERT_TRUE(ondes::test::writeFile(part(), QByteArray(4096, 'o') + patternBytes(0, 100'000)));
    auto calls = std::make_shared<HeaderCalls>();
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.partHeaderSize = [](const QString&) { return qint64(4096); };
    r.partHeader = [calls](QByteArrayView head, qint64 length) {
        calls->calls.append({head.toByteArray(), length});
        return QByteArray(100, 'n');
    };
    r.etag = "\"v1\"";

    const TransferLog log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    EXPECT_EQ(server.requests(u"/ep.mp3"_s).last().header("Range"), QByteArray("bytes=100000-"));
    EXPECT_EQ(calls->calls.size(), 1);
    EXPECT_EQ(readFile(target()), QByteArray(100, 'n') + patternBytes(0, kHeaderSize));
}

TEST_F(DownloadTransferTest, ABrokenTransferKeepsTheHeaderAndCountsOnlyTheBody)
{
    Route cut = headerEpisode();
    cut.cutAfterBytes = 120'000;
    server.setRoute(u"/ep.mp3"_s, cut);
    const QByteArray header(4096, 'h');
    auto calls = std::make_shared<HeaderCalls>();

    const TransferLog log = run(withHeader(request(u"/ep.mp3"_s), header, calls));

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Failed);
    EXPECT_EQ(log.outcome->size, 120'000);
    EXPECT_EQ(readFile(part()), header + patternBytes(0, 120'000));
    EXPECT_FALSE(QFileInfo::exists(target()));
}

TEST_F(DownloadTransferTest, APartShorterThanItsHeaderStartsAgain)
{
    server.setRoute(u"/ep.mp3"_s, headerEpisode());
    ASSERT_TRUE(ondes::test::writeFile(part(), QByteArray(1000, 'h'))); // cut inside the header
    auto calls = std::make_shared<HeaderCalls>();
    DownloadRequest r = withHeader(request(u"/ep.mp3"_s), QByteArray(4096, 'h'), calls);
    r.etag = "\"v1\"";

    const TransferLog log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    EXPECT_TRUE(server.requests(u"/ep.mp3"_s).last().header("Range").isEmpty());
    EXPECT_EQ(readFile(target()), QByteArray(4096, 'h') + patternBytes(0, kHeaderSize));
}

TEST_F(DownloadTransferTest, ABodyShorterThanTheSniffedBytesStillGetsItsHeader)
{
    Route tiny = Route::generated(5, "audio/mpeg");
    tiny.etag = "v1";
    server.setRoute(u"/ep.mp3"_s, tiny);
    auto calls = std::make_shared<HeaderCalls>();

    const TransferLog log = run(withHeader(request(u"/ep.mp3"_s), "HEAD", calls));

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    ASSERT_EQ(calls->calls.size(), 1);
    EXPECT_EQ(calls->calls[0].first, patternBytes(0, 5));
    EXPECT_EQ(readFile(target()), "HEAD" + patternBytes(0, 5));
}
