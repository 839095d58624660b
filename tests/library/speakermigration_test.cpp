// A library written before schema 8 (no kinds, no credits, spelling variants in separate rows)
// is upgraded whole: the variants of one show become one person, search follows, and the next
// refresh fills in kinds and credits.

#include "library/database.h"
#include "library/library.h"
#include "library/spellingvariants.h"
#include "library/sqlitesteps.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace ondes {
namespace {

// Writes a library with the migrations up to 7, then the given statements.
void createSchemaSevenLibrary(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (int version = 1; version <= 7; ++version) {
            QFile file(QStringLiteral(":/migrations/%1.sql").arg(version, 4, 10, QLatin1Char('0')));
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << version;
            for (const QString& statement : splitSqlStatements(QString::fromUtf8(file.readAll())))
                ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        }
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 7")));
        for (const QString& statement : statements)
            ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v7"));
}

TEST(SpeakerMigration, VariantsOfOneShowBecomeOnePersonAndARefreshAddsKindsAndCredits)
{
    test::TestDataDir dir;
    const QString path = dir.path() + QStringLiteral("/library.sqlite");
    createSchemaSevenLibrary(
        path,
        {QStringLiteral("INSERT INTO shows (id, feed_url, title) VALUES (1, 'https://a/feed', "
                        "'Lab'), (2, 'https://b/feed', 'Other')"),
         QStringLiteral("INSERT INTO episodes (id, show_id, guid, title, content_hash) VALUES "
                        "(10, 1, 'g10', 'One', 77), (11, 1, 'g11', 'Two', 77), "
                        "(12, 1, 'g12', 'Three', 77), (20, 2, 'g20', 'Elsewhere', 77)"),
         QStringLiteral("INSERT INTO people (id, key, name) VALUES "
                        "(1, 'jerome l pettaway', 'Jerome L. Pettaway'), "
                        "(2, 'jerome pettaway', 'Jerome Pettaway'), "
                        "(3, 'ada okafor', 'Ada Okafor'), "
                        "(4, 'ada n okafor', 'Ada N. Okafor')"),
         // Show 1 names Jerome both ways; Ada's variants are in two different shows.
         QStringLiteral("INSERT INTO episode_people (episode_id, person_id, role, source, "
                        "ordinal) VALUES (10, 1, 'host', 'feed', 0), (11, 2, 'host', 'feed', 0), "
                        "(12, 2, '', 'description', 0), (12, 1, '', 'description', 1), "
                        "(11, 3, 'guest', 'description', 1), (20, 4, 'guest', 'feed', 0)"),
         QStringLiteral("INSERT INTO episode_search (rowid, title, description, show, speakers) "
                        "SELECT e.id, e.title, '', s.title, COALESCE((SELECT group_concat(p.name, "
                        "' ') FROM episode_people ep JOIN people p ON p.id = ep.person_id WHERE "
                        "ep.episode_id = e.id), '') FROM episodes e JOIN shows s ON s.id = "
                        "e.show_id")});

    Database db(path);
    ASSERT_TRUE(db.open()) << db.errorString().toStdString();
    EXPECT_GE(db.schemaVersion(), 8); // and the migrations after it
    Library library(db);
    QStringList people;
    for (const PersonRow& person : library.people())
        people << QStringLiteral("%1 %2/%3")
                      .arg(person.name)
                      .arg(person.episodeCount)
                      .arg(person.showCount);
    // Jerome: one row, with all three episodes (episode 12 named him twice: once now). Both
    // spellings had two episodes: the fuller name is kept.
    EXPECT_EQ(people,
              (QStringList{QStringLiteral("Ada N. Okafor 1/1"), QStringLiteral("Ada Okafor 1/1"),
                           QStringLiteral("Jerome L. Pettaway 3/1")}));
    ASSERT_EQ(library.speakers(11).size(), 2);
    EXPECT_EQ(library.speakers(11).first().name, QStringLiteral("Jerome L. Pettaway"));
    EXPECT_EQ(library.speakers(10).first().role, QStringLiteral("host"));
    EXPECT_EQ(library.speakers(12).size(), 1);
    // The other spelling still finds him; search finds his episodes under the kept name.
    const auto jerome = library.findPerson(QStringLiteral("Jerome Pettaway"));
    ASSERT_TRUE(jerome);
    EXPECT_EQ(jerome->name, QStringLiteral("Jerome L. Pettaway"));
    EXPECT_EQ(library.searchEpisodes(QStringLiteral("jerome")).size(), 3);
    EXPECT_EQ(library.searchEpisodes(QStringLiteral("pettaway lab")).size(), 3);

    // Every episode is read again by the next refresh (kinds and credits were not stored).
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM episodes WHERE content_hash <> 0")) &&
                q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    ParsedFeed feed;
    feed.title = QStringLiteral("Lab");
    ParsedEpisode episode;
    episode.guid = QStringLiteral("g10");
    episode.title = QStringLiteral("One");
    episode.description = Utf8Text::fromString(
        QStringLiteral("Présentation : Jerome Pettaway. Réalisation : Paul Martin."));
    feed.episodes << episode;
    ASSERT_TRUE(library.storeFeed(QStringLiteral("https://a/feed"), ShowKind::Feed, feed, nullptr,
                                  FeedMerger::Coverage::Partial));
    const QList<SpeakerRow> speakers = library.speakers(10);
    ASSERT_EQ(speakers.size(), 1);
    EXPECT_EQ(speakers.first().personId, jerome->id);
    EXPECT_EQ(speakers.first().kind, QStringLiteral("host"));
    ASSERT_EQ(library.credits(10).size(), 1);
    EXPECT_EQ(library.credits(10).first().name, QStringLiteral("Paul Martin"));
}

// The SQLite steps the spelling-variant step of migration 8 takes on a schema-7 library of this
// many episodes, each with two hosts heard in every episode and a guest of their own.
qint64 variantMergeSteps(int episodes)
{
    test::TestDataDir dir;
    const QString path = dir.path() + QStringLiteral("/library.sqlite");
    QStringList statements{
        QStringLiteral("INSERT INTO shows (id, feed_url, title) VALUES (1, 'https://a/feed', 'A')"),
        QStringLiteral("INSERT INTO people (id, key, name) VALUES (1, 'jerome l pettaway', "
                       "'Jerome L. Pettaway'), (2, 'jerome pettaway', 'Jerome Pettaway'), "
                       "(3, 'ada okafor', 'Ada Okafor')")};
    for (int id = 1; id <= episodes; ++id) {
        statements << QStringLiteral("INSERT INTO episodes (id, show_id, guid, title) VALUES (%1, "
                                     "1, 'g%1', 'Episode %1')")
                          .arg(id + 10)
                   << QStringLiteral("INSERT INTO people (id, key, name) VALUES (%1, 'guest %1', "
                                     "'Guest %1')")
                          .arg(id + 10)
                   << QStringLiteral("INSERT INTO episode_people (episode_id, person_id) VALUES "
                                     "(%1, %2), (%1, 3), (%1, %1)")
                          .arg(id + 10)
                          .arg(id % 2 ? 1 : 2);
    }
    statements.prepend(QStringLiteral("BEGIN"));
    statements << QStringLiteral("COMMIT");
    createSchemaSevenLibrary(path, statements);
    qint64 steps = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v8"));
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        QFile file(QStringLiteral(":/migrations/0008.sql"));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_TRUE(db.transaction());
        for (const QString& statement : splitSqlStatements(QString::fromUtf8(file.readAll())))
            EXPECT_TRUE(q.exec(statement)) << statement.toStdString();
        {
            const test::SqliteSteps merge(db);
            QString error;
            EXPECT_TRUE(mergeSpellingVariants(db, &error)) << error.toStdString();
            steps = merge.count();
        }
        EXPECT_TRUE(db.commit());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM people WHERE id IN (1, 2)"));
        EXPECT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 1); // Jerome's two spellings are one person
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v8"));
    return steps;
}

// Counting each person's episodes once per speaker row made the upgrade of a library of 100,000
// episodes take 8 minutes (6 s now, most of it the backup copy).
TEST(SpeakerMigration, MergingVariantsTakesTimeInProportionToTheLibrary)
{
    const qint64 small = variantMergeSteps(300);
    const qint64 large = variantMergeSteps(3000);
    EXPECT_GT(small, 0);
    EXPECT_LT(large, small * 20) << "steps for 300 episodes: " << small << ", for 3,000: " << large;
}

} // namespace
} // namespace ondes
