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
}

TEST(Database, ForeignKeysCascade)
{
    test::TestDataDir dir;
    Database db(dbPath(dir));
    ASSERT_TRUE(db.open());
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO shows (id, feed_url, title) VALUES (1, 'u', 't')")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO episodes (id, show_id, title) VALUES (7, 1, 'e')")));
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO episodes (show_id, title) VALUES (99, 'orphan')")));
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
