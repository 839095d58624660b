#include "library/database.h"
#include "library/sqltransaction.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <sqlite3.h>
#include <thread>

namespace ondes {
namespace {

// Another process (or thread) writing to the same library: its own SQLite connection, waiting
// up to 5 s for a lock like the program's connections do.
int writeFromAnotherConnection(const QString& path, const char* statement)
{
    sqlite3* other = nullptr;
    int status = sqlite3_open_v2(path.toUtf8().constData(), &other, SQLITE_OPEN_READWRITE, nullptr);
    if (status == SQLITE_OK) {
        sqlite3_busy_timeout(other, 5000);
        status = sqlite3_exec(other, statement, nullptr, nullptr, nullptr);
    }
    sqlite3_close(other);
    return status;
}

// The first column of the first row a query gives, or -1.
int firstValue(QSqlDatabase db, const char* statement)
{
    QSqlQuery q(db);
    return q.exec(QString::fromLatin1(statement)) && q.next() ? q.value(0).toInt() : -1;
}

int showCount(QSqlDatabase db)
{
    return firstValue(db, "SELECT COUNT(*) FROM shows");
}

// A transaction that reads, then writes, while another connection writes to the same WAL file
// in between. Begun deferred, the read pinned a snapshot and the write then failed at once
// with "database is locked" (SQLITE_BUSY_SNAPSHOT: the busy timeout does not apply). A write
// transaction takes the write lock when it begins: the other writer waits, and both succeed.
TEST(SqlTransaction, AWriterCommittingBetweenOurReadAndWriteWaitsInsteadOfFailingUs)
{
    test::TestDataDir dir;
    const QString path = dir.path() + QStringLiteral("/library.sqlite");
    Database database(path);
    ASSERT_TRUE(database.open()) << database.errorString().toStdString();
    QSqlDatabase db = database.connection();

    sql::Transaction transaction(db);
    ASSERT_TRUE(transaction.begun()) << transaction.error().toStdString();
    EXPECT_EQ(showCount(db), 0); // the read

    std::future<int> other = std::async(std::launch::async, [&path] {
        return writeFromAnotherConnection(
            path, "INSERT INTO shows (feed_url, title) VALUES ('https://other/feed', 'Other')");
    });
    // The other writer commits now unless our transaction holds it off; give it the time to.
    const bool otherFinishedFirst =
        other.wait_for(std::chrono::milliseconds(500)) == std::future_status::ready;

    QSqlQuery write(db);
    EXPECT_TRUE(write.exec(
        QStringLiteral("INSERT INTO shows (feed_url, title) VALUES ('https://ours/feed', 'Ours')")))
        << write.lastError().text().toStdString();
    write.finish();
    EXPECT_TRUE(transaction.commit()) << transaction.error().toStdString();

    EXPECT_FALSE(otherFinishedFirst) << "the other writer did not wait for our transaction";
    EXPECT_EQ(other.get(), SQLITE_OK); // it waited, then wrote
    EXPECT_EQ(showCount(db), 2);
}

TEST(SqlTransaction, LeavingTheScopeWithoutCommitRollsBackAndFreesTheLock)
{
    test::TestDataDir dir;
    const QString path = dir.path() + QStringLiteral("/library.sqlite");
    Database database(path);
    ASSERT_TRUE(database.open()) << database.errorString().toStdString();
    QSqlDatabase db = database.connection();
    {
        sql::Transaction transaction(db);
        ASSERT_TRUE(transaction.begun());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(
            QStringLiteral("INSERT INTO shows (feed_url, title) VALUES ('https://a/feed', 'A')")));
    }
    EXPECT_EQ(showCount(db), 0);
    // The lock went with the transaction: another connection writes without waiting.
    EXPECT_EQ(writeFromAnotherConnection(
                  path, "INSERT INTO shows (feed_url, title) VALUES ('https://b/feed', 'B')"),
              SQLITE_OK);
    EXPECT_EQ(showCount(db), 1);
}

TEST(SqlTransaction, ASecondTransactionOnTheSameConnectionIsRefusedWithAReason)
{
    test::TestDataDir dir;
    Database database(dir.path() + QStringLiteral("/library.sqlite"));
    ASSERT_TRUE(database.open());
    sql::Transaction outer(database.connection());
    ASSERT_TRUE(outer.begun());
    sql::Transaction inner(database.connection());
    EXPECT_FALSE(inner.begun());
    EXPECT_FALSE(inner.error().isEmpty());
    EXPECT_FALSE(inner.commit());
    EXPECT_TRUE(outer.commit()) << outer.error().toStdString();
}

constexpr qint64 kMegabyte = 1024 * 1024;

// Writes a row of that many megabytes in one transaction (a megabyte is 64 pages of 16 KB:
// 20 MB pass SQLite's threshold of 1,000 pages of log on their own).
bool writeMegabytes(QSqlDatabase db, int megabytes, sql::Transaction::WalCopy copy)
{
    sql::Transaction transaction(db);
    QSqlQuery q(db);
    return transaction.begun() &&
           q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bulk (data BLOB)")) &&
           q.exec(QStringLiteral("INSERT INTO bulk VALUES (randomblob(%1))")
                      .arg(megabytes * kMegabyte)) &&
           (q.finish(), transaction.commit(copy));
}

qint64 fileSize(const QString& path)
{
    return QFileInfo(path).size();
}

// A big commit (a new show of 10,000 episodes) no longer waits for the log to be copied into
// the file and synced: the pages stay in the log, which holds them safely, until the copy.
TEST(SqlTransaction, ACommitThatLeavesTheCopyForLaterOnlyAppendsToTheLog)
{
    test::TestDataDir dir;
    const QString path = dir.path() + QStringLiteral("/library.sqlite");
    Database database(path);
    ASSERT_TRUE(database.open()) << database.errorString().toStdString();
    QSqlDatabase db = database.connection();
    // SQLite's own rule: the commit that passed 1,000 pages of log copied all of it.
    ASSERT_TRUE(writeMegabytes(db, 20, sql::Transaction::WalCopy::InCommit));
    const qint64 copied = fileSize(path);
    EXPECT_GT(copied, 20 * kMegabyte);

    ASSERT_TRUE(writeMegabytes(db, 20, sql::Transaction::WalCopy::Later));
    EXPECT_EQ(fileSize(path), copied);
    EXPECT_GT(fileSize(path + QStringLiteral("-wal")), 20 * kMegabyte);
    // The connection's own threshold is back for the commits that follow.
    EXPECT_EQ(firstValue(db, "PRAGMA wal_autocheckpoint"), 1000);
    EXPECT_EQ(firstValue(db, "SELECT COUNT(*) FROM bulk"), 2);
}

TEST(SqlTransaction, TheLogLeftByACommitIsCopiedIntoTheFileOnAnotherThreadWhenAsked)
{
    test::TestDataDir dir;
    const QString path = dir.path() + QStringLiteral("/library.sqlite");
    Database database(path);
    ASSERT_TRUE(database.open()) << database.errorString().toStdString();
    ASSERT_TRUE(writeMegabytes(database.connection(), 20, sql::Transaction::WalCopy::Later));
    ASSERT_LT(fileSize(path), 20 * kMegabyte);

    database.checkpointSoon();
    QElapsedTimer waited;
    waited.start();
    while (fileSize(path) < 20 * kMegabyte && waited.elapsed() < 10000)
        QThread::msleep(10);
    EXPECT_GT(fileSize(path), 20 * kMegabyte);
}

} // namespace
} // namespace ondes
