#include "library/database.h"
#include "library/library.h"
#include "library/searchindex.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace ondes {
namespace {

ParsedEpisode searchableEpisode(const QString& guid, const QString& title, qint64 published,
                                const QString& description = {}, QList<Person> persons = {})
{
    ParsedEpisode episode;
    episode.guid = guid;
    episode.title = title;
    episode.description = Utf8Text::fromString(description);
    episode.published = published;
    episode.durationSeconds = 600;
    episode.enclosures << Enclosure{QStringLiteral("https://example.org/%1.mp3").arg(guid),
                                    QStringLiteral("audio/mpeg"), 1000};
    episode.persons = std::move(persons);
    return episode;
}

Person person(const QString& name)
{
    Person p;
    p.name = name;
    return p;
}

// Writes a library with the migrations up to version (their SQL), then the given statements.
void createLibrary(const QString& path, int version, const QStringList& statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (int step = 1; step <= version; ++step) {
            QFile file(QStringLiteral(":/migrations/%1.sql").arg(step, 4, 10, QLatin1Char('0')));
            if (!file.exists())
                continue; // a number without a migration
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            for (const QString& statement : splitSqlStatements(QString::fromUtf8(file.readAll())))
                ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        }
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        for (const QString& statement : statements)
            ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

// A show, an episode and its speaker, as an older library holds them.
const QStringList kOldEpisode = {
    QStringLiteral(
        "INSERT INTO shows (id, feed_url, title) VALUES (1, 'https://a/feed', 'Old show')"),
    QStringLiteral("INSERT INTO episodes (id, show_id, title, description) "
                   "VALUES (5, 1, 'Old episode', 'About tides')"),
    QStringLiteral(
        "INSERT INTO people (id, key, name) VALUES (7, 'jeanne riviere', 'Jeanne Rivière')"),
    QStringLiteral("INSERT INTO episode_people (episode_id, person_id) VALUES (5, 7)")};

class SearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.open()) << m_db.errorString().toStdString();
        m_radio.title = QStringLiteral("Les Guichets fermés");
        m_radio.episodes << searchableEpisode(
                                QStringLiteral("r1"),
                                QStringLiteral("Quand le guichet devient un écran"), 3000,
                                QStringLiteral("Les services publics passent en ligne."),
                                {person(QStringLiteral("Hélène Dupré")),
                                 person(QStringLiteral("Karim Haddad"))})
                         << searchableEpisode(
                                QStringLiteral("r2"), QStringLiteral("La file d'attente"), 1000,
                                QStringLiteral("Une heure au bureau de poste, avec ses habitués."));
        m_science.title = QStringLiteral("Sciences du dimanche");
        m_science.episodes << searchableEpisode(QStringLiteral("s1"), QStringLiteral("Les volcans"),
                                                2000,
                                                QStringLiteral("Magma, cendres et éruptions."));
        ASSERT_TRUE(store(m_radioUrl, m_radio));
        ASSERT_TRUE(store(m_scienceUrl, m_science));
    }

    std::optional<MergeResult> store(const QString& url, const ParsedFeed& feed)
    {
        return m_library.storeFeed(url, ShowKind::Feed, feed);
    }

    QStringList titles(const QString& text) const
    {
        QStringList result;
        for (const EpisodeRow& row : m_library.searchEpisodes(text))
            result << row.title;
        return result;
    }

    test::TestDataDir m_dir;
    Database m_db{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_db};
    const QString m_radioUrl = QStringLiteral("https://example.org/guichets");
    const QString m_scienceUrl = QStringLiteral("https://example.org/sciences");
    ParsedFeed m_radio;
    ParsedFeed m_science;
};

TEST_F(SearchTest, MatchExpressionQuotesEveryWordAsAPrefix)
{
    EXPECT_EQ(SearchIndex::matchExpression(QStringLiteral("  guichet   écran ")),
              QStringLiteral("\"guichet\"* \"écran\"*"));
    EXPECT_EQ(SearchIndex::matchExpression(QStringLiteral("say \"hi\"")),
              QStringLiteral("\"say\"* \"\"\"hi\"\"\"*"));
    EXPECT_EQ(SearchIndex::matchExpression(QStringLiteral(" - * ")), QString());
    EXPECT_EQ(SearchIndex::matchExpression(QString()), QString());
}

TEST_F(SearchTest, MatchExpressionMakesAOneLetterWordWhole)
{
    // A one-letter prefix would merge the lists of every word it begins at each keystroke; the
    // letter the listener has just typed is searched as a word until the next one comes.
    EXPECT_EQ(SearchIndex::matchExpression(QStringLiteral("a")), QStringLiteral("\"a\""));
    EXPECT_EQ(SearchIndex::matchExpression(QStringLiteral("ab")), QStringLiteral("\"ab\"*"));
    EXPECT_EQ(SearchIndex::matchExpression(QStringLiteral("volcans a")),
              QStringLiteral("\"volcans\"* \"a\""));
    // What a star makes a prefix of is the word's last token: "e" in "l'e", "l" in "l'".
    EXPECT_EQ(SearchIndex::matchExpression(QStringLiteral("l'")), QStringLiteral("\"l'\""));
    EXPECT_EQ(SearchIndex::matchExpression(QStringLiteral("l'e")), QStringLiteral("\"l'e\""));
    EXPECT_EQ(SearchIndex::matchExpression(QStringLiteral("l'em")), QStringLiteral("\"l'em\"*"));
    EXPECT_EQ(SearchIndex::matchExpression(QStringLiteral("plan B.")),
              QStringLiteral("\"plan\"* \"B.\""));
    EXPECT_EQ(SearchIndex::matchExpression(QStringLiteral("É")), QStringLiteral("\"É\""));
    EXPECT_EQ(SearchIndex::matchExpression(QStringLiteral("Éc")), QStringLiteral("\"Éc\"*"));
}

TEST_F(SearchTest, OneLetterFindsThatWordAndTwoLettersBeginWords)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Histoires");
    feed.episodes << searchableEpisode(QStringLiteral("h1"), QStringLiteral("Le plan B"), 5000)
                  << searchableEpisode(QStringLiteral("h2"), QStringLiteral("L’empire du milieu"),
                                       6000)
                  << searchableEpisode(QStringLiteral("h3"), QStringLiteral("Écoles et écrans"),
                                       7000);
    ASSERT_TRUE(store(QStringLiteral("https://example.org/histoires"), feed));

    // One letter: the word "b", not "bureau" (in a description) nor anything beginning with b.
    EXPECT_EQ(titles(QStringLiteral("b")), QStringList{QStringLiteral("Le plan B")});
    EXPECT_TRUE(titles(QStringLiteral("v")).isEmpty());
    // Two letters begin words.
    EXPECT_EQ(titles(QStringLiteral("vo")), QStringList{QStringLiteral("Les volcans")});
    EXPECT_EQ(titles(QStringLiteral("bu")), QStringList{QStringLiteral("La file d'attente")});
    // An elided article, typed with a straight apostrophe, finds the typographic one.
    EXPECT_EQ(titles(QStringLiteral("l'emp")), QStringList{QStringLiteral("L’empire du milieu")});
    EXPECT_EQ(titles(QStringLiteral("l'em")), QStringList{QStringLiteral("L’empire du milieu")});
    EXPECT_EQ(titles(QStringLiteral("l'")), QStringList{QStringLiteral("L’empire du milieu")});
    EXPECT_TRUE(titles(QStringLiteral("l'e")).isEmpty());
    // Accents and case, with or without them in what is typed.
    const QStringList ec{QStringLiteral("Écoles et écrans"),
                         QStringLiteral("Quand le guichet devient un écran")};
    EXPECT_EQ(titles(QStringLiteral("ec")), ec);
    EXPECT_EQ(titles(QStringLiteral("éc")), ec);
    EXPECT_EQ(titles(QStringLiteral("ÉCR")), ec);
    EXPECT_TRUE(titles(QStringLiteral("é")).isEmpty());
}

TEST_F(SearchTest, FindsByTitle)
{
    EXPECT_EQ(titles(QStringLiteral("volcans")), QStringList{QStringLiteral("Les volcans")});
}

TEST_F(SearchTest, FindsByDescription)
{
    EXPECT_EQ(titles(QStringLiteral("bureau de poste")),
              QStringList{QStringLiteral("La file d'attente")});
}

TEST_F(SearchTest, FindsEveryEpisodeOfAShowByItsNameNewestFirst)
{
    const QList<EpisodeRow> rows = m_library.searchEpisodes(QStringLiteral("guichets fermés"));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).title, QStringLiteral("Quand le guichet devient un écran"));
    EXPECT_EQ(rows.at(0).showTitle, QStringLiteral("Les Guichets fermés"));
    EXPECT_EQ(rows.at(1).title, QStringLiteral("La file d'attente"));
}

TEST_F(SearchTest, FindsTheEpisodesAPersonSpeaksIn)
{
    EXPECT_EQ(titles(QStringLiteral("Karim Haddad")),
              QStringList{QStringLiteral("Quand le guichet devient un écran")});
}

TEST_F(SearchTest, FindsSpeakersNamedOnlyInTheDescriptionByTheirWholeName)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Talk");
    feed.episodes << searchableEpisode(QStringLiteral("t1"), QStringLiteral("Débat"), 500,
                                       QStringLiteral("Un débat sur l'école. Avec Claire Dubois "
                                                      "(sociologue) et Marc Petit (juriste)."));
    ASSERT_TRUE(store(QStringLiteral("https://example.org/talk"), feed));
    ASSERT_EQ(
        m_library.speakers(m_library.searchEpisodes(QStringLiteral("débat")).value(0).id).size(),
        2);
    EXPECT_EQ(titles(QStringLiteral("marc petit")), QStringList{QStringLiteral("Débat")});
}

TEST_F(SearchTest, IgnoresCaseAndAccents)
{
    EXPECT_EQ(titles(QStringLiteral("helene")),
              QStringList{QStringLiteral("Quand le guichet devient un écran")});
    EXPECT_EQ(titles(QStringLiteral("ECRAN")),
              QStringList{QStringLiteral("Quand le guichet devient un écran")});
    EXPECT_EQ(titles(QStringLiteral("éruptiôns")), QStringList{QStringLiteral("Les volcans")});
}

TEST_F(SearchTest, EveryWordIsAPrefixAndAllAreRequired)
{
    EXPECT_EQ(titles(QStringLiteral("volc")), QStringList{QStringLiteral("Les volcans")});
    EXPECT_EQ(titles(QStringLiteral("gui ecr")),
              QStringList{QStringLiteral("Quand le guichet devient un écran")});
    EXPECT_TRUE(titles(QStringLiteral("volcans guichet")).isEmpty());
    // A prefix of a word, not a piece from its middle.
    EXPECT_TRUE(titles(QStringLiteral("olcan")).isEmpty());
}

TEST_F(SearchTest, QueryOperatorsAndQuotesAreJustText)
{
    for (const QString& text :
         {QStringLiteral("\""), QStringLiteral("\"volcans"), QStringLiteral("volcans\" OR \"x"),
          QStringLiteral("title:volcans"), QStringLiteral("NOT volcans"),
          QStringLiteral("(volcans"), QStringLiteral("volcans*"), QStringLiteral("^volcans"),
          QStringLiteral("NEAR(a b)"), QStringLiteral("'; DROP TABLE episodes; --"),
          QStringLiteral("*"), QStringLiteral("-"), QStringLiteral("AND"),
          QStringLiteral("volcans -")}) {
        SCOPED_TRACE(text.toStdString());
        m_library.searchEpisodes(text); // must neither fail nor misbehave
    }
    // Operators are words to find: "or" is a prefix of no word here, so nothing matches.
    EXPECT_TRUE(titles(QStringLiteral("volcans OR guichet")).isEmpty());
    EXPECT_TRUE(titles(QStringLiteral("NOT volcans")).isEmpty());
    // Punctuation around a word does not hide it.
    EXPECT_EQ(titles(QStringLiteral("\"volcans\"")), QStringList{QStringLiteral("Les volcans")});
    EXPECT_EQ(titles(QStringLiteral("title:volcans")), QStringList());
    EXPECT_EQ(m_library.episodes(*m_library.showIdForUrl(m_scienceUrl)).size(), 1);
}

TEST_F(SearchTest, EmptyTextFindsNothing)
{
    EXPECT_TRUE(titles(QString()).isEmpty());
    EXPECT_TRUE(titles(QStringLiteral("   ")).isEmpty());
}

TEST_F(SearchTest, AnUpdatedEpisodeIsFoundByItsNewTitleOnly)
{
    m_science.episodes[0].title = QStringLiteral("Les séismes");
    ASSERT_TRUE(store(m_scienceUrl, m_science));
    EXPECT_TRUE(titles(QStringLiteral("volcans")).isEmpty());
    EXPECT_EQ(titles(QStringLiteral("seismes")), QStringList{QStringLiteral("Les séismes")});
}

TEST_F(SearchTest, ChangedSpeakersAndShowNamesAreFollowed)
{
    m_radio.title = QStringLiteral("Guichets ouverts");
    m_radio.episodes[0].persons = {person(QStringLiteral("Jeanne Rivière"))};
    ASSERT_TRUE(store(m_radioUrl, m_radio));
    EXPECT_TRUE(titles(QStringLiteral("fermés")).isEmpty());
    EXPECT_EQ(titles(QStringLiteral("ouverts")).size(), 2);
    EXPECT_TRUE(titles(QStringLiteral("haddad")).isEmpty());
    EXPECT_EQ(titles(QStringLiteral("riviere")),
              QStringList{QStringLiteral("Quand le guichet devient un écran")});
}

TEST_F(SearchTest, ANewEpisodesRowHoldsWhatItsTablesHold)
{
    // The merge writes a new episode's search row from the feed's values: it must hold what
    // the tables hold. Hélène Dupré is already stored (the radio show), so an episode naming
    // her in capitals and without accents gets her stored spelling; a name given twice counts
    // once; the show's name comes from the feed; an episode without people has none.
    ParsedFeed talks;
    talks.title = QStringLiteral("Causeries");
    talks.episodes << searchableEpisode(QStringLiteral("t1"), QStringLiteral("Le guichet vu de"),
                                        5000, QStringLiteral("Retour au bureau."),
                                        {person(QStringLiteral("Zoé Martin")),
                                         person(QStringLiteral("HELENE DUPRE")),
                                         person(QStringLiteral("Zoé Martin"))})
                   << searchableEpisode(QStringLiteral("t2"), QStringLiteral("Sans invités"), 4000);
    ASSERT_TRUE(store(QStringLiteral("https://example.org/causeries"), talks));

    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT f.rowid, f.title, f.description, f.show, f.speakers, e.title, e.description, "
        "s.title, COALESCE((SELECT group_concat(p.name, ' ') FROM episode_people ep JOIN people "
        "p ON p.id = ep.person_id WHERE ep.episode_id = e.id), '') FROM episode_search f JOIN "
        "episodes e ON e.id = f.rowid JOIN shows s ON s.id = e.show_id ORDER BY f.rowid")));
    int rows = 0;
    QStringList speakers;
    while (q.next()) {
        ++rows;
        for (int column = 1; column <= 4; ++column)
            EXPECT_EQ(q.value(column).toString(), q.value(column + 4).toString())
                << "episode " << q.value(0).toLongLong() << ", column " << column;
        speakers << q.value(4).toString();
    }
    EXPECT_EQ(rows, 5);
    ASSERT_EQ(speakers.size(), 5);
    EXPECT_EQ(speakers.at(3), QString()); // written first: the older episode
    EXPECT_EQ(speakers.at(4), QStringLiteral("Hélène Dupré Zoé Martin"));
    EXPECT_EQ(titles(QStringLiteral("dupre guichet")),
              (QStringList{QStringLiteral("Le guichet vu de"),
                           QStringLiteral("Quand le guichet devient un écran")}));
}

TEST_F(SearchTest, DeletedEpisodesVanish)
{
    m_science.episodes.clear();
    m_science.episodes << searchableEpisode(QStringLiteral("s2"), QStringLiteral("Les marées"),
                                            4000);
    ASSERT_TRUE(store(m_scienceUrl, m_science));
    EXPECT_TRUE(titles(QStringLiteral("volcans")).isEmpty());
    EXPECT_EQ(titles(QStringLiteral("marées")), QStringList{QStringLiteral("Les marées")});

    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM shows")));
    EXPECT_TRUE(titles(QStringLiteral("guichet")).isEmpty());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM episode_search")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST_F(SearchTest, ResultsAreCappedNewestFirst)
{
    const QList<EpisodeRow> rows = m_library.searchEpisodes(QStringLiteral("les"), 2);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).title, QStringLiteral("Quand le guichet devient un écran"));
    EXPECT_EQ(rows.at(1).title, QStringLiteral("Les volcans"));
}

TEST(SearchMigration, IndexesTheEpisodesALibraryAlreadyHad)
{
    test::TestDataDir dir;
    const QString path = dir.path() + QStringLiteral("/library.sqlite");
    // A library at schema 3, from before search.
    createLibrary(path, 3, kOldEpisode);

    Database db(path);
    ASSERT_TRUE(db.open()) << db.errorString().toStdString();
    Library library(db);
    for (const QString& text : {QStringLiteral("old epi"), QStringLiteral("tides"),
                                QStringLiteral("old show"), QStringLiteral("riviere")}) {
        SCOPED_TRACE(text.toStdString());
        const QList<EpisodeRow> rows = library.searchEpisodes(text);
        ASSERT_EQ(rows.size(), 1);
        EXPECT_EQ(rows.at(0).id, 5);
    }
}

TEST(SearchMigration, FourteenKeepsPrefixListsForTwoToFourLetters)
{
    test::TestDataDir dir;
    const QString path = dir.path() + QStringLiteral("/library.sqlite");
    // A library at schema 13: its index has prefix lists for one to six letters.
    QStringList statements = kOldEpisode;
    statements << QStringLiteral(
        "INSERT INTO episode_search (rowid, title, description, show, speakers) "
        "SELECT e.id, e.title, e.description, s.title, COALESCE((SELECT group_concat(p.name, "
        "' ') FROM episode_people ep JOIN people p ON p.id = ep.person_id WHERE ep.episode_id = "
        "e.id), '') FROM episodes e JOIN shows s ON s.id = e.show_id");
    createLibrary(path, 13, statements);

    Database db(path);
    ASSERT_TRUE(db.open()) << db.errorString().toStdString();
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = "
                                      "'episode_search'")) &&
                q.next());
    EXPECT_TRUE(q.value(0).toString().contains(QStringLiteral("prefix = '2 3 4'")))
        << q.value(0).toString().toStdString();
    // FTS5 gathers 4 MB of terms before writing a segment (a large show, fewer segments).
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT v FROM episode_search_config WHERE k = 'hashsize'")) &&
        q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 4 * 1024 * 1024);
    q.finish();
    Library library(db);
    for (const QString& text :
         {QStringLiteral("ol"), QStringLiteral("old epi"), QStringLiteral("tid"),
          QStringLiteral("old show"), QStringLiteral("rivi"), QStringLiteral("jeanne riviè")}) {
        SCOPED_TRACE(text.toStdString());
        const QList<EpisodeRow> rows = library.searchEpisodes(text);
        ASSERT_EQ(rows.size(), 1);
        EXPECT_EQ(rows.at(0).id, 5);
    }
}

} // namespace
} // namespace ondes
