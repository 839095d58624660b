#include "library/database.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace ondes {
namespace {

QString dbPath(const test::TestDataDir& dir)
{
    return dir.path() + QStringLiteral("/library.sqlite");
}

TEST(Database, FreshFileGetsEveryMigration)
{
    test::TestDataDir dir;
    Database db(dbPath(dir));
    ASSERT_TRUE(db.open()) << db.errorString().toStdString();
    EXPECT_GE(Database::latestSchemaVersion(), 1);
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());

    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    // A new library's pages hold an episode row whole (SQLite's default is 4 KB).
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), Database::kNewLibraryPageSize);
    EXPECT_NE(Database::kNewLibraryPageSize, 4096);
    // Every index of episodes is read by some list, view or count; each costs every new episode.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND "
                                      "tbl_name = 'episodes' ORDER BY name")));
    QStringList indexes;
    while (q.next())
        indexes << q.value(0).toString();
    EXPECT_EQ(
        indexes,
        (QStringList{QStringLiteral("episodes_duration"), QStringLiteral("episodes_local_file"),
                     QStringLiteral("episodes_new"), QStringLiteral("episodes_published"),
                     QStringLiteral("episodes_show_played"),
                     QStringLiteral("episodes_show_published"), QStringLiteral("episodes_title")}));
}

TEST(Database, ForeignKeysCascade)
{
    test::TestDataDir dir;
    Database db(dbPath(dir));
    ASSERT_TRUE(db.open());
    QSqlQuery q(db.connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO shows (id, feed_url, title) VALUES (1, 'u', 't')")));
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO episodes (id, show_id, title) VALUES (7, 1, 'e')")));
    EXPECT_FALSE(
        q.exec(QStringLiteral("INSERT INTO episodes (show_id, title) VALUES (99, 'orphan')")));
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM shows WHERE id = 1")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM episodes")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST(Database, NewerSchemaIsRefusedAndLeftUntouched)
{
    test::TestDataDir dir;
    {
        Database db(dbPath(dir));
        ASSERT_TRUE(db.open());
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    QFile file(dbPath(dir));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    Database db(dbPath(dir));
    EXPECT_FALSE(db.open());
    EXPECT_TRUE(db.errorString().contains(QStringLiteral("newer version")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
}

TEST(Database, ForeignFileIsRefused)
{
    test::TestDataDir dir;
    QFile file(dbPath(dir));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not a database, only some text that a user put here\n");
    file.close();
    Database db(dbPath(dir));
    EXPECT_FALSE(db.open());
    EXPECT_FALSE(db.errorString().isEmpty());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("this is not a database"));
}

// Writes a library as the first release did: schema 1 only, then the given statements.
void createSchemaOneLibrary(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QFile v1(QStringLiteral(":/migrations/0001.sql"));
        ASSERT_TRUE(v1.open(QIODevice::ReadOnly));
        QSqlQuery q(db);
        for (const QString& statement : splitSqlStatements(QString::fromUtf8(v1.readAll())))
            ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        for (const QString& statement : statements)
            ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
}

TEST(Database, UpgradesAnOlderLibraryKeepingItsDataAndACopy)
{
    test::TestDataDir dir;
    createSchemaOneLibrary(
        dbPath(dir),
        {QStringLiteral(
             "INSERT INTO shows (id, feed_url, title) VALUES (1, 'https://a/feed', 'Old show')"),
         QStringLiteral(
             "INSERT INTO episodes (id, show_id, title, played) VALUES (5, 1, 'Old episode', 1)"),
         QStringLiteral("INSERT INTO playback_positions VALUES (5, 123456, 1700000000)")});

    Database db(dbPath(dir));
    ASSERT_TRUE(db.open()) << db.errorString().toStdString();
    EXPECT_EQ(db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT s.title, e.title, e.played, p.position_ms, e.content_hash FROM shows s "
        "JOIN episodes e ON e.show_id = s.id JOIN playback_positions p ON p.episode_id = e.id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("Old show"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("Old episode"));
    EXPECT_EQ(q.value(2).toInt(), 1);
    EXPECT_EQ(q.value(3).toLongLong(), 123456);
    EXPECT_EQ(q.value(4).toLongLong(), 0); // the new column, with its default
    // Only an empty file chooses its page size: this library keeps SQLite's default.
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 4096);
    // The copy taken before the upgrade is the old library, whole.
    const QString backup =
        dbPath(dir) + QStringLiteral(".before-v%1").arg(Database::latestSchemaVersion());
    ASSERT_TRUE(QFile::exists(backup));
    {
        QSqlDatabase copy =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
        copy.setDatabaseName(backup);
        ASSERT_TRUE(copy.open());
        QSqlQuery c(copy);
        ASSERT_TRUE(c.exec(QStringLiteral("PRAGMA user_version")) && c.next());
        EXPECT_EQ(c.value(0).toInt(), 1);
        ASSERT_TRUE(c.exec(QStringLiteral("SELECT title FROM episodes")) && c.next());
        EXPECT_EQ(c.value(0).toString(), QStringLiteral("Old episode"));
        c.finish();
        copy.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
}

TEST(Database, FailedMigrationLeavesTheLibraryAsItWas)
{
    test::TestDataDir dir;
    // A table migration 2 is about to create is in the way: migration 2 must fail whole.
    createSchemaOneLibrary(dbPath(dir), {QStringLiteral("CREATE TABLE queue (x)")});
    Database db(dbPath(dir));
    EXPECT_FALSE(db.open());
    EXPECT_TRUE(db.errorString().contains(QStringLiteral("Migration 2 failed")))
        << db.errorString().toStdString();
    EXPECT_EQ(db.schemaVersion(), 1);
    QSqlQuery q(db.connection());
    // Nothing of migration 2 stayed: the shows table has no playback_rate column.
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT playback_rate FROM shows")));
}

TEST(SqlStatements, SplitsStatementsAndKeepsTriggersWhole)
{
    const QStringList statements = splitSqlStatements(QStringLiteral(
        "-- a comment\nCREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "  INSERT INTO b VALUES (1);\n  DELETE FROM c;\nEND;\nCREATE INDEX i ON a(x);\n"));
    ASSERT_EQ(statements.size(), 3);
    EXPECT_TRUE(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    EXPECT_TRUE(statements.at(1).endsWith(QStringLiteral("END;")));
}

} // namespace
} // namespace ondes
