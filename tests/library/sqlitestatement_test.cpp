#include "library/database.h"
#include "library/sqlitestatement.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class SqliteStatementTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.open()) << m_db.errorString().toStdString();
        QSqlQuery q(m_db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, "
                                          "word TEXT NOT NULL, n INTEGER NOT NULL)")));
    }

    QVariantList row(qint64 id)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT word, n, typeof(word) FROM t WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return {};
        return {q.value(0), q.value(1), q.value(2)};
    }

    test::TestDataDir m_dir;
    Database m_db{m_dir.path() + QStringLiteral("/library.sqlite")};
};

TEST_F(SqliteStatementTest, WritesTextAsUtf8AndNumbersByPosition)
{
    SqliteStatement insert;
    ASSERT_TRUE(insert.prepare(m_db.connection(), "INSERT INTO t (word, n) VALUES (?, ?)"))
        << insert.errorString().toStdString();
    const QString word = QStringLiteral("Société générale \U0001F3A7");
    insert.bind(1, word);
    insert.bind(2, qint64(1) << 40);
    ASSERT_TRUE(insert.exec()) << insert.errorString().toStdString();
    const qint64 first = insert.lastInsertId();

    // The same statement again, text given as UTF-8 bytes this time.
    const QByteArray utf8 = QStringLiteral("Ça dépend").toUtf8();
    insert.bind(1, std::string_view(utf8.constData(), size_t(utf8.size())));
    insert.bind(2, 7);
    ASSERT_TRUE(insert.exec()) << insert.errorString().toStdString();
    const qint64 second = insert.lastInsertId();
    EXPECT_EQ(second, first + 1);

    EXPECT_EQ(row(first), (QVariantList{word, qint64(1) << 40, QStringLiteral("text")}));
    EXPECT_EQ(row(second), (QVariantList{QStringLiteral("Ça dépend"), 7, QStringLiteral("text")}));
}

TEST_F(SqliteStatementTest, ANullStringIsEmptyTextNotNull)
{
    SqliteStatement insert;
    ASSERT_TRUE(insert.prepare(m_db.connection(), "INSERT INTO t (word, n) VALUES (?, ?)"));
    insert.bind(1, QString());
    insert.bind(2, 0);
    ASSERT_TRUE(insert.exec()) << insert.errorString().toStdString();
    insert.bind(1, std::string_view());
    insert.bind(2, 0);
    ASSERT_TRUE(insert.exec()) << insert.errorString().toStdString();
    EXPECT_EQ(row(insert.lastInsertId() - 1), (QVariantList{QString(), 0, QStringLiteral("text")}));
    EXPECT_EQ(row(insert.lastInsertId()), (QVariantList{QString(), 0, QStringLiteral("text")}));
}

TEST_F(SqliteStatementTest, SaysWhyAStatementFails)
{
    SqliteStatement bad;
    EXPECT_FALSE(bad.prepare(m_db.connection(), "INSERT INTO nowhere (x) VALUES (?)"));
    EXPECT_TRUE(bad.errorString().contains(QStringLiteral("no such table: nowhere")))
        << bad.errorString().toStdString();
    EXPECT_FALSE(bad.isPrepared());
    EXPECT_FALSE(bad.exec());

    // A value left unbound is NULL, which the column refuses; the next run starts clean.
    SqliteStatement insert;
    ASSERT_TRUE(insert.prepare(m_db.connection(), "INSERT INTO t (word, n) VALUES (?, ?)"));
    insert.bind(1, QStringLiteral("x"));
    EXPECT_FALSE(insert.exec());
    EXPECT_TRUE(insert.errorString().contains(QStringLiteral("NOT NULL")))
        << insert.errorString().toStdString();
    insert.bind(1, QStringLiteral("y"));
    insert.bind(2, 2);
    EXPECT_TRUE(insert.exec()) << insert.errorString().toStdString();
    EXPECT_EQ(row(insert.lastInsertId()),
              (QVariantList{QStringLiteral("y"), 2, QStringLiteral("text")}));
}

TEST_F(SqliteStatementTest, RefusesAConnectionThatIsNotOpen)
{
    SqliteStatement statement;
    EXPECT_FALSE(statement.prepare(QSqlDatabase(), "SELECT 1"));
    EXPECT_FALSE(statement.errorString().isEmpty());
}

TEST_F(SqliteStatementTest, TakesPartInTheConnectionsTransaction)
{
    QSqlDatabase db = m_db.connection();
    ASSERT_TRUE(db.transaction());
    SqliteStatement insert;
    ASSERT_TRUE(insert.prepare(db, "INSERT INTO t (word, n) VALUES (?, ?)"));
    insert.bind(1, QStringLiteral("gone"));
    insert.bind(2, 1);
    ASSERT_TRUE(insert.exec());
    const qint64 id = insert.lastInsertId();
    ASSERT_TRUE(db.rollback());
    EXPECT_TRUE(row(id).isEmpty());
}

} // namespace
} // namespace ondes
