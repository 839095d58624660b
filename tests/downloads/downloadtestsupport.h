#pragma once

// Shared by the DownloadTransfer tests: runs one transfer against the loopback TestHttpServer
// and records everything it emits.

#include "downloads/downloadtransfer.h"
#include "support/qtprinters.h"
#include "support/testhttpserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <tuple>

namespace ondes::test {

// Everything one transfer emitted.
struct TransferLog
{
    std::optional<DownloadOutcome> outcome;
    QList<std::tuple<int, int, QString>> retries; // attempt, delay, reason
    QList<QPair<QByteArray, QString>> validators;
    QList<QPair<qint64, qint64>> progress;
};

inline QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

inline QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "(cannot open " + path.toUtf8() + ')';
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

class DownloadTransferTest : public ::testing::Test
{
protected:
    // A request for the server's path into target(), fast to fail.
    DownloadRequest request(const QString& path) const
    {
        DownloadRequest r;
        r.url = server.url(path);
        r.targetPath = target();
        r.retries = 0;
        r.retryDelayMs = 10;
        r.idleTimeoutMs = 5000;
        return r;
    }
    QString target() const { return dir.filePath(QStringLiteral("episode.mp3")); }
    QString part() const { return target() + QStringLiteral(".part"); }

    // A started transfer whose signals go to log; the test owns it.
    std::unique_ptr<DownloadTransfer> begin(const DownloadRequest& r,
                                            std::shared_ptr<TransferLog> log)
    {
        auto transfer = std::make_unique<DownloadTransfer>(&manager, r);
        QObject::connect(transfer.get(), &DownloadTransfer::finished,
                         [log](const DownloadOutcome& o) {
                             EXPECT_FALSE(log->outcome.has_value()) << "finished twice";
                             log->outcome = o;
                         });
        QObject::connect(transfer.get(), &DownloadTransfer::retrying,
                         [log](int attempt, int delay, const QString& reason) {
                             log->retries.append({attempt, delay, reason});
                         });
        QObject::connect(transfer.get(), &DownloadTransfer::validatorsChanged,
                         [log](const QByteArray& etag, const QString& lastModified) {
                             log->validators.append({etag, lastModified});
                         });
        QObject::connect(transfer.get(), &DownloadTransfer::progress,
                         [log](qint64 received, qint64 total) {
                             log->progress.append({received, total});
                         });
        transfer->start();
        EXPECT_FALSE(log->outcome.has_value()) << "finished from inside start()";
        return transfer;
    }

    // Runs r to its end.
    TransferLog run(const DownloadRequest& r, int timeoutMs = 10000)
    {
        auto log = std::make_shared<TransferLog>();
        const auto transfer = begin(r, log);
        EXPECT_TRUE(QTest::qWaitFor([&] { return log->outcome.has_value(); }, timeoutMs))
            << "no outcome for " << qPrintable(r.url.toString());
        if (!log->outcome)
            log->outcome = DownloadOutcome{};
        return *log;
    }

    TestHttpServer server;
    QNetworkAccessManager manager;
    QTemporaryDir dir;
};

} // namespace ondes::test
