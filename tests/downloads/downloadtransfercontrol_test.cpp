// DownloadTransfer under control: pause and resume, cancel (also while waiting to retry),
// finishPart on the complete .part (on a worker), progress pacing, and a final file that only ever
// appears whole.

#include "downloads/downloadtestsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using ondes::DownloadOutcome;
using ondes::DownloadRequest;
using ondes::test::DownloadTransferTest;
using ondes::test::fileSha256;
using ondes::test::patternBytes;
using ondes::test::readFile;
using ondes::test::Route;
using ondes::test::sha256;
using ondes::test::TransferLog;

namespace {

constexpr qint64 kControlSize = 400 * 1000;

Route controlEpisode(int bytesPerSecond = 0)
{
    Route route = Route::generated(kControlSize, "audio/mpeg");
    route.etag = "v1";
    route.bytesPerSecond = bytesPerSecond;
    return route;
}

} // namespace

TEST_F(DownloadTransferTest, PauseKeepsThePartAndALaterRunResumes)
{
    server.setRoute(u"/ep.mp3"_s, controlEpisode(1000 * 1000));
    auto log = std::make_shared<TransferLog>();
    const auto transfer = begin(request(u"/ep.mp3"_s), log);
    ASSERT_TRUE(QTest::qWaitFor([&] { return transfer->received() >= kControlSize / 4; }, 5000));

    transfer->pause();

    ASSERT_TRUE(log->outcome.has_value()); // before pause() returned
    EXPECT_EQ(log->outcome->status, DownloadOutcome::Status::Paused);
    const qint64 kept = QFileInfo(part()).size();
    EXPECT_GE(kept, kControlSize / 4);
    EXPECT_LT(kept, kControlSize);
    EXPECT_EQ(log->outcome->size, kept);
    EXPECT_EQ(readFile(part()), patternBytes(0, kept));
    EXPECT_FALSE(QFileInfo::exists(target()));
    transfer->pause(); // nothing more happens
    transfer->cancel();
    EXPECT_TRUE(QFileInfo::exists(part()));

    server.setRoute(u"/ep.mp3"_s, controlEpisode());
    DownloadRequest again = request(u"/ep.mp3"_s);
    again.etag = transfer->etag();
    const auto resumed = run(again);

    ASSERT_EQ(resumed.outcome->status, DownloadOutcome::Status::Done)
        << qPrintable(resumed.outcome->error);
    EXPECT_EQ(server.requests(u"/ep.mp3"_s).last().header("Range"),
              "bytes=" + QByteArray::number(kept) + '-');
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kControlSize)));
}

TEST_F(DownloadTransferTest, CancelDeletesThePart)
{
    server.setRoute(u"/ep.mp3"_s, controlEpisode(1000 * 1000));
    auto log = std::make_shared<TransferLog>();
    const auto transfer = begin(request(u"/ep.mp3"_s), log);
    ASSERT_TRUE(QTest::qWaitFor([&] { return transfer->received() > 0; }, 5000));
    ASSERT_TRUE(QFileInfo::exists(part()));

    transfer->cancel();

    ASSERT_TRUE(log->outcome.has_value());
    EXPECT_EQ(log->outcome->status, DownloadOutcome::Status::Cancelled);
    EXPECT_FALSE(QFileInfo::exists(part()));
    EXPECT_FALSE(QFileInfo::exists(target()));
    QTest::qWait(100);
    EXPECT_FALSE(QFileInfo::exists(part())); // nothing wrote it back
}

TEST_F(DownloadTransferTest, PauseAndCancelWorkWhileWaitingToRetry)
{
    server.setRoute(u"/ep.mp3"_s, Route::error(503));
    ASSERT_TRUE(ondes::test::writeFile(part(), patternBytes(0, 1000)));
    for (const bool cancel : {false, true}) {
        DownloadRequest r = request(u"/ep.mp3"_s);
        r.etag = "\"v1\"";
        r.retries = 5;
        r.retryDelayMs = 10000;
        auto log = std::make_shared<TransferLog>();
        const auto transfer = begin(r, log);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !log->retries.isEmpty(); }, 5000));
        const int requests = server.requestCount(u"/ep.mp3"_s);

        if (cancel)
            transfer->cancel();
        else
            transfer->pause();

        ASSERT_TRUE(log->outcome.has_value());
        EXPECT_EQ(log->outcome->status,
                  cancel ? DownloadOutcome::Status::Cancelled : DownloadOutcome::Status::Paused);
        EXPECT_EQ(QFileInfo::exists(part()), !cancel);
        QTest::qWait(50);
        EXPECT_EQ(server.requestCount(u"/ep.mp3"_s), requests);
    }
}

TEST_F(DownloadTransferTest, PauseBeforeTheAnswerKeepsAnExistingPart)
{
    Route silent;
    silent.neverRespond = true;
    server.setRoute(u"/ep.mp3"_s, silent);
    ASSERT_TRUE(ondes::test::writeFile(part(), patternBytes(0, 1000)));
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.etag = "\"v1\"";
    auto log = std::make_shared<TransferLog>();
    const auto transfer = begin(r, log);
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount(u"/ep.mp3"_s) == 1; }, 5000));

    transfer->pause();

    ASSERT_TRUE(log->outcome.has_value());
    EXPECT_EQ(log->outcome->status, DownloadOutcome::Status::Paused);
    EXPECT_EQ(readFile(part()), patternBytes(0, 1000));
}

TEST_F(DownloadTransferTest, FinishPartSeesTheWholePartBeforeTheRename)
{
    server.setRoute(u"/ep.mp3"_s, controlEpisode());
    DownloadRequest r = request(u"/ep.mp3"_s);
    std::atomic<bool> ran = false;
    QThread* jobThread = nullptr;
    r.finishPart = [&] {
        EXPECT_EQ(QThread::currentThread(), qApp->thread()); // where the tags are prepared
        return [&, expected = part()](const QString& partPath) {
            jobThread = QThread::currentThread();
            EXPECT_EQ(partPath, expected);
            EXPECT_FALSE(QFileInfo::exists(target()));
            EXPECT_EQ(fileSha256(partPath), sha256(patternBytes(0, kControlSize)));
            QFile file(partPath); // as a tagger would: rewrite it through its own descriptor
            EXPECT_TRUE(file.open(QIODevice::Append));
            file.write("TAGS");
            QThread::msleep(300);
            ran = true;
            return QString();
        };
    };
    QThreadPool pool;
    r.finishPool = &pool;
    int ticks = 0; // the transfer's thread stays free while the job runs
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ticks += ran ? 0 : 1; });
    ticker.start(20);

    const auto log = run(r);

    ASSERT_TRUE(ran);
    EXPECT_NE(jobThread, qApp->thread());
    EXPECT_GE(ticks, 5);
    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    EXPECT_TRUE(log.outcome->warning.isEmpty());
    EXPECT_EQ(log.outcome->size, kControlSize + 4);
    EXPECT_EQ(readFile(target()), patternBytes(0, kControlSize) + "TAGS");
    EXPECT_FALSE(QFileInfo::exists(part()));
    // The validators were withdrawn before tagging: a tagged .part is never resumed.
    ASSERT_EQ(log.validators.size(), 2);
    EXPECT_EQ(log.validators.last(), qMakePair(QByteArray(), QString()));
}

TEST_F(DownloadTransferTest, AFinishPartErrorIsAWarning)
{
    server.setRoute(u"/ep.mp3"_s, controlEpisode());
    DownloadRequest r = request(u"/ep.mp3"_s);
    r.finishPart = [] { return [](const QString&) { return u"cannot write the tags"_s; }; };

    const auto log = run(r);

    ASSERT_EQ(log.outcome->status, DownloadOutcome::Status::Done) << qPrintable(log.outcome->error);
    EXPECT_EQ(log.outcome->warning, u"cannot write the tags"_s);
    EXPECT_EQ(fileSha256(target()), sha256(patternBytes(0, kControlSize)));
}

// pause() or cancel() while the finishing job runs on its worker: both wait for it (it works
// on the .part); pause() then completes the download, cancel() removes the .part.
TEST_F(DownloadTransferTest, PauseOrCancelWhileFinishingWaitForTheJob)
{
    for (const bool cancel : {false, true}) {
        SCOPED_TRACE(cancel ? "cancel" : "pause");
        QFile::remove(target());
        server.setRoute(u"/ep.mp3"_s, controlEpisode());
        DownloadRequest r = request(u"/ep.mp3"_s);
        std::atomic<bool> started = false;
        std::atomic<bool> done = false;
        r.finishPart = [&] {
            return [&](const QString&) {
                started = true;
                QThread::msleep(300);
                done = true;
                return QString();
            };
        };
        QThreadPool pool;
        r.finishPool = &pool;
        auto log = std::make_shared<TransferLog>();
        const auto transfer = begin(r, log);
        ASSERT_TRUE(QTest::qWaitFor([&] { return started.load(); }, 5000));
        EXPECT_FALSE(log->outcome.has_value());

        if (cancel)
            transfer->cancel();
        else
            transfer->pause();

        EXPECT_TRUE(done); // waited for the job
        ASSERT_TRUE(log->outcome.has_value());
        EXPECT_EQ(log->outcome->status,
                  cancel ? DownloadOutcome::Status::Cancelled : DownloadOutcome::Status::Done);
        EXPECT_FALSE(QFileInfo::exists(part()));
        EXPECT_EQ(QFileInfo::exists(target()), !cancel);
        QTest::qWait(50); // the watcher's own signal finishes nothing twice (begin() checks)
    }
}

TEST_F(DownloadTransferTest, TheFinalFileOnlyAppearsComplete)
{
    server.setRoute(u"/ep.mp3"_s, controlEpisode(2000 * 1000));
    QList<qint64> seen; // sizes of the target observed while downloading
    QTimer watcher;
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        if (QFileInfo::exists(target()))
            seen.append(QFileInfo(target()).size());
    });
    watcher.start(2);
    auto log = std::make_shared<TransferLog>();
    const auto transfer = begin(request(u"/ep.mp3"_s), log);
    int early = 0;
    QObject::connect(transfer.get(), &ondes::DownloadTransfer::progress, [&](qint64 received) {
        if (received < kControlSize && QFileInfo::exists(target()))
            ++early;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return log->outcome.has_value(); }, 5000));
    watcher.stop();

    ASSERT_EQ(log->outcome->status, DownloadOutcome::Status::Done)
        << qPrintable(log->outcome->error);
    EXPECT_GE(log->progress.size(), 2);
    EXPECT_EQ(early, 0);
    for (const qint64 observed : std::as_const(seen))
        EXPECT_EQ(observed, kControlSize);
    EXPECT_EQ(readFile(target()), patternBytes(0, kControlSize));
}

TEST_F(DownloadTransferTest, ProgressIsPacedAndRateIsMeasured)
{
    server.setRoute(u"/ep.mp3"_s, controlEpisode(800 * 1000)); // half a second
    auto log = std::make_shared<TransferLog>();
    QElapsedTimer clock;
    clock.start();
    const auto transfer = begin(request(u"/ep.mp3"_s), log);
    double rate = 0;
    QObject::connect(transfer.get(), &ondes::DownloadTransfer::progress,
                     [&] { rate = std::max(rate, transfer->bytesPerSecond()); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return log->outcome.has_value(); }, 5000));

    const qint64 elapsed = clock.elapsed();

    ASSERT_EQ(log->outcome->status, DownloadOutcome::Status::Done);
    // About ten a second (plus one at the start of the body and one at the end), although the
    // paced server sends a chunk every 20 ms.
    EXPECT_GE(log->progress.size(), 3);
    EXPECT_LE(log->progress.size(), elapsed / 100 + 3) << elapsed << " ms";
    EXPECT_EQ(log->progress.last(), qMakePair(kControlSize, kControlSize));
    EXPECT_EQ(transfer->received(), kControlSize);
    EXPECT_EQ(transfer->total(), kControlSize);
    EXPECT_GT(rate, 200 * 1000.0);
    EXPECT_LT(rate, 1600 * 1000.0);
}
