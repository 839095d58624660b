#include "library/database.h"
#include "library/episodelistmodel.h"
#include "library/library.h"
#include "library/transcriptlinks.h"
#include "library/transcriptstore.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

TranscriptCue transcriptCue(qint64 startMs, qint64 endMs, const QString& speaker,
                            const QString& text)
{
    return TranscriptCue{startMs, endMs, speaker, text};
}

TranscriptDocument riverTalk()
{
    TranscriptDocument doc;
    doc.format = TranscriptDocument::Format::WebVtt;
    doc.language = QStringLiteral("en");
    doc.cues << transcriptCue(0, 4000, QStringLiteral("Ines Varga"),
                              QStringLiteral("Welcome to Field Notes."))
             << transcriptCue(4000, 9000, QStringLiteral("TOMAS BRÜCKNER"),
                              QStringLiteral("The Danube starts in the Black Forest."))
             << transcriptCue(9000, 12000, QStringLiteral("TOMAS BRÜCKNER"),
                              QStringLiteral("And it ends in the Black Sea."))
             << transcriptCue(12000, 13000, QString(), QStringLiteral("[water]"))
             << transcriptCue(13000, 15000, QStringLiteral("Speaker 2"),
                              QStringLiteral("Is the Danube très long?"))
             << transcriptCue(15000, 20000, QStringLiteral("Ines Varga"),
                              QStringLiteral("About 2,850 kilometres."));
    return doc;
}

class TranscriptStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.open()) << m_db.errorString().toStdString();
        m_feed.title = QStringLiteral("Field Notes");
        for (int i = 2; i >= 1; --i) { // newest first, as feeds list them
            ParsedEpisode episode;
            episode.guid = QStringLiteral("e%1").arg(i);
            episode.title = QStringLiteral("Episode %1").arg(i);
            episode.published = 1000 * i;
            episode.enclosures << Enclosure{QStringLiteral("https://example.org/e%1.mp3").arg(i),
                                            QStringLiteral("audio/mpeg"), 1000};
            episode.persons << Person{QStringLiteral("Inès Varga"),
                                      QStringLiteral("host"),
                                      QStringLiteral("cast"),
                                      {},
                                      {}};
            episode.transcripts << Transcript{QStringLiteral("https://example.org/e%1.vtt").arg(i),
                                              QStringLiteral("text/vtt"), QStringLiteral("en"),
                                              QStringLiteral("captions")}
                                << Transcript{
                                       QStringLiteral("https://example.org/e%1.fr.srt").arg(i),
                                       QStringLiteral("application/x-subrip"),
                                       QStringLiteral("fr"),
                                       {}};
            m_feed.episodes << episode;
        }
        storeFeed();
    }

    void storeFeed()
    {
        QString error;
        const auto stored = m_library.storeFeed(QStringLiteral("https://example.org/feed"),
                                                ShowKind::Feed, m_feed, &error);
        ASSERT_TRUE(stored) << error.toStdString();
        const QList<EpisodeRow> episodes = m_library.episodes(stored->showId);
        ASSERT_EQ(episodes.size(), 2);
        m_first = episodes.last().id; // newest first
        m_second = episodes.first().id;
    }

    QStringList speakerNames(qint64 episodeId, const QString& source = {})
    {
        QStringList names;
        for (const SpeakerRow& row : m_library.speakers(episodeId)) {
            if (source.isEmpty() || row.source == source)
                names << row.name;
        }
        return names;
    }

    qint64 count(const QString& statement)
    {
        QSqlQuery q(m_db.connection());
        return q.exec(statement) && q.next() ? q.value(0).toLongLong() : -1;
    }

    test::TestDataDir m_dir;
    Database m_db{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_db};
    TranscriptStore m_store{m_db};
    ParsedFeed m_feed;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

} // namespace

TEST_F(TranscriptStoreTest, KeepsTheFeedsTranscriptLinks)
{
    const QList<Transcript> links = TranscriptLinks::read(m_db.connection(), m_first);
    ASSERT_EQ(links.size(), 2);
    EXPECT_EQ(links[0].url, QStringLiteral("https://example.org/e1.vtt"));
    EXPECT_EQ(links[0].type, QStringLiteral("text/vtt"));
    EXPECT_EQ(links[0].rel, QStringLiteral("captions"));
    EXPECT_EQ(links[1].language, QStringLiteral("fr"));
    // A refresh that drops a link drops it here too.
    m_feed.episodes.last().transcripts.removeLast(); // the first episode
    storeFeed();
    EXPECT_EQ(TranscriptLinks::read(m_db.connection(), m_first).size(), 1);
}

TEST_F(TranscriptStoreTest, SavesAndLoadsATranscript)
{
    EXPECT_FALSE(m_store.contains(m_first));
    EXPECT_FALSE(m_store.load(m_first));
    QString error;
    ASSERT_TRUE(
        m_store.save(m_first, riverTalk(), QStringLiteral("https://example.org/e1.vtt"), &error))
        << error.toStdString();
    EXPECT_TRUE(m_store.contains(m_first));
    const std::optional<TranscriptDocument> doc = m_store.load(m_first);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->format, TranscriptDocument::Format::WebVtt);
    EXPECT_EQ(doc->language, QStringLiteral("en"));
    EXPECT_TRUE(doc->timed);
    const TranscriptDocument expected = riverTalk();
    ASSERT_EQ(doc->cues.size(), expected.cues.size());
    for (qsizetype i = 0; i < expected.cues.size(); ++i) {
        EXPECT_EQ(doc->cues[i].startMs, expected.cues[i].startMs);
        EXPECT_EQ(doc->cues[i].endMs, expected.cues[i].endMs);
        EXPECT_EQ(doc->cues[i].speaker, expected.cues[i].speaker);
        EXPECT_EQ(doc->cues[i].text, expected.cues[i].text);
    }
    const std::optional<TranscriptSource> source = m_store.source(m_first);
    ASSERT_TRUE(source);
    EXPECT_EQ(source->sourceUrl, QStringLiteral("https://example.org/e1.vtt"));
    EXPECT_GT(source->fetchedAt, 0);
    EXPECT_FALSE(m_store.save(424242, riverTalk(), {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("424242"))) << error.toStdString();
}

TEST_F(TranscriptStoreTest, SearchesWhatWasSaid)
{
    ASSERT_TRUE(m_store.save(m_first, riverTalk(), {}));
    TranscriptDocument other;
    other.cues << transcriptCue(61000, 62000, QStringLiteral("Ines Varga"),
                                QStringLiteral("Back to the Black Forest, again."));
    ASSERT_TRUE(m_store.save(m_second, other, {}));

    // Every word, the last one as a prefix from 4 characters, case and accents ignored; the
    // newest episode first.
    EXPECT_TRUE(m_store.search(QStringLiteral("blac forest")).isEmpty());
    EXPECT_TRUE(m_store.search(QStringLiteral("black fo")).isEmpty());
    QList<TranscriptHit> hits = m_store.search(QStringLiteral("black fore"));
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits[0].episodeId, m_second);
    EXPECT_EQ(hits[0].startMs, 61000);
    EXPECT_EQ(hits[0].speaker, QStringLiteral("Ines Varga"));
    EXPECT_EQ(hits[1].episodeId, m_first);
    EXPECT_EQ(hits[1].startMs, 4000);
    EXPECT_EQ(hits[1].line, QStringLiteral("The Danube starts in the Black Forest."));
    EXPECT_EQ(hits[1].speaker, QStringLiteral("TOMAS BRÜCKNER"));

    hits = m_store.search(QStringLiteral("TRES LONG"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].startMs, 13000);
    EXPECT_TRUE(m_store.search(QStringLiteral("danube pacific")).isEmpty());
    EXPECT_TRUE(m_store.search(QStringLiteral("\" * :")).isEmpty());
    EXPECT_EQ(m_store.search(QStringLiteral("black"), 1).size(), 1);

    hits = m_store.searchEpisode(m_first, QStringLiteral("danube"));
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits[0].startMs, 4000);
    EXPECT_EQ(hits[1].startMs, 13000);
    EXPECT_TRUE(m_store.searchEpisode(m_second, QStringLiteral("danube")).isEmpty());
}

TEST_F(TranscriptStoreTest, SavingAgainReplacesAndRemovingForgets)
{
    ASSERT_TRUE(m_store.save(m_first, riverTalk(), {}));
    ASSERT_TRUE(m_store.save(m_first, riverTalk(), {}));
    EXPECT_EQ(m_store.search(QStringLiteral("danube")).size(), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM transcript_cues")), 6);

    TranscriptDocument shorter;
    shorter.cues << transcriptCue(0, 1000, {}, QStringLiteral("Only the sea."));
    ASSERT_TRUE(m_store.save(m_first, shorter, {}));
    EXPECT_TRUE(m_store.search(QStringLiteral("danube")).isEmpty());
    EXPECT_EQ(m_store.search(QStringLiteral("sea")).size(), 1);

    ASSERT_TRUE(m_store.remove(m_first));
    EXPECT_FALSE(m_store.contains(m_first));
    EXPECT_TRUE(m_store.search(QStringLiteral("sea")).isEmpty());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM transcript_cues")), 0);
    // The index agrees with the table it indexes.
    QSqlQuery check(m_db.connection());
    EXPECT_TRUE(check.exec(QStringLiteral(
        "INSERT INTO transcript_search (transcript_search) VALUES ('integrity-check')")));
}

TEST_F(TranscriptStoreTest, AnEpisodeThatGoesTakesItsTranscript)
{
    ASSERT_TRUE(m_store.save(m_first, riverTalk(), {}));
    ASSERT_TRUE(m_store.save(m_second, riverTalk(), {}));
    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM episodes WHERE id = %1").arg(m_first)));
    EXPECT_FALSE(m_store.contains(m_first));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM transcript_cues")), 6);
    const QList<TranscriptHit> hits = m_store.search(QStringLiteral("danube"));
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits[0].episodeId, m_second);
    EXPECT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO transcript_search (transcript_search) VALUES ('integrity-check')")));
}

TEST_F(TranscriptStoreTest, VoicesJoinTheEpisodesSpeakers)
{
    ASSERT_TRUE(m_store.save(m_first, riverTalk(), {}));
    // "Ines Varga" is the feed's "Inès Varga": one person, the feed's row. "Speaker 2" names no
    // one; the name in capitals is written in title case.
    EXPECT_EQ(speakerNames(m_first),
              (QStringList{QStringLiteral("Inès Varga"), QStringLiteral("Tomas Brückner")}));
    EXPECT_EQ(speakerNames(m_first, QStringLiteral("transcript")),
              QStringList{QStringLiteral("Tomas Brückner")});
    // Fetching again does not add him twice; a refresh of a changed episode keeps him.
    ASSERT_TRUE(m_store.save(m_first, riverTalk(), {}));
    m_feed.episodes.last().title = QStringLiteral("Episode 1, renamed");
    storeFeed();
    EXPECT_EQ(speakerNames(m_first, QStringLiteral("transcript")),
              QStringList{QStringLiteral("Tomas Brückner")});
    // The episode search knows him.
    const QList<EpisodeRow> found = m_library.searchEpisodes(QStringLiteral("bruckner"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].id, m_first);
}

TEST_F(TranscriptStoreTest, TheListenersCorrectionsWin)
{
    ASSERT_TRUE(m_store.save(m_first, riverTalk(), {}));
    const std::optional<SpeakerRow> tomas =
        m_library.findSpeaker(m_first, QStringLiteral("Tomas Brückner"));
    ASSERT_TRUE(tomas);
    ASSERT_TRUE(m_library.removeSpeaker(m_first, tomas->personId));
    ASSERT_TRUE(m_store.save(m_first, riverTalk(), {}));
    EXPECT_EQ(speakerNames(m_first), QStringList{QStringLiteral("Inès Varga")});
}

TEST_F(TranscriptStoreTest, FindsTheMomentsAPersonSpeaks)
{
    ASSERT_TRUE(m_store.save(m_first, riverTalk(), {}));
    const QList<SpeakerMoment> moments = m_store.moments(QStringLiteral("tomas bruckner"));
    ASSERT_EQ(moments.size(), 1); // two lines in a row: one stretch
    EXPECT_EQ(moments[0].episodeId, m_first);
    EXPECT_EQ(moments[0].startMs, 4000);
    EXPECT_EQ(moments[0].endMs, 12000);
    EXPECT_EQ(moments[0].line, QStringLiteral("The Danube starts in the Black Forest."));
    const QList<SpeakerMoment> ines = m_store.moments(QStringLiteral("Inès Varga"));
    ASSERT_EQ(ines.size(), 2);
    EXPECT_EQ(ines[0].line, QStringLiteral("Welcome to Field Notes."));
    EXPECT_EQ(ines[1].startMs, 15000);
    EXPECT_EQ(ines[1].line, QStringLiteral("About 2,850 kilometres."));
    EXPECT_TRUE(m_store.moments(QStringLiteral("Nobody Here")).isEmpty());
}

} // namespace ondes

namespace ondes {

TEST_F(TranscriptStoreTest, TheLibrarySearchMatchesWhatWasSaid)
{
    EXPECT_TRUE(m_library.searchEpisodes(QStringLiteral("kilometres")).isEmpty());
    ASSERT_TRUE(m_store.save(m_first, riverTalk(), {}));
    QList<EpisodeRow> found = m_library.searchEpisodes(QStringLiteral("kilom"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].id, m_first);
    // The words must share a line: these two are in different lines.
    EXPECT_TRUE(m_library.searchEpisodes(QStringLiteral("kilometres forest")).isEmpty());
    // A title match and a transcript match together, newest first, each once.
    found = m_library.searchEpisodes(QStringLiteral("episode"));
    EXPECT_EQ(found.size(), 2);
    ASSERT_TRUE(m_store.save(m_second, riverTalk(), {}));
    found = m_library.searchEpisodes(QStringLiteral("danube"));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].id, m_second);
    const QList<TranscriptHit> lines =
        m_store.searchEpisode(found[0].id, QStringLiteral("danube"), 1);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].startMs, 4000);
}

} // namespace ondes

namespace ondes {

// The window's search (EpisodeListModel over EpisodeQuery) lists an episode for what was said
// in it, and gives the line and its time for the rows asked about, a moment later.
TEST_F(TranscriptStoreTest, TheEpisodeListFindsWhatWasSaidAndShowsTheLine)
{
    EpisodeListModel model(m_library);
    model.setSearch(QStringLiteral("kilometres"));
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(m_store.save(m_first, riverTalk(), {}));
    model.setSearch(QStringLiteral("kilometres"));
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex title = model.index(0, EpisodeListModel::TitleColumn);
    EXPECT_EQ(title.data(EpisodeListModel::EpisodeIdRole).toLongLong(), m_first);
    // Asked for, read after the keystroke: nothing is known yet, nothing read yet.
    EXPECT_FALSE(title.data(EpisodeListModel::SaidLineRole).isValid());
    EXPECT_EQ(model.saidLines().reads(), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !changed.isEmpty(); }));
    EXPECT_EQ(changed.first().at(0).toModelIndex().row(), 0);
    EXPECT_EQ(title.data(EpisodeListModel::SaidLineRole).toString(),
              QStringLiteral("About 2,850 kilometres."));
    EXPECT_EQ(title.data(EpisodeListModel::SaidAtRole).toLongLong(), 15000);
    EXPECT_EQ(title.data(Qt::AccessibleTextRole).toString(),
              QStringLiteral("Episode 1, said at 0:15: “About 2,850 kilometres.”"));
    EXPECT_EQ(model.saidLines().reads(), 1);
    // The words must share a line.
    model.setSearch(QStringLiteral("kilometres forest"));
    EXPECT_EQ(model.rowCount(), 0);
    // A title match has no line; its row is read once, when asked about.
    model.setSearch(QStringLiteral("episode"));
    ASSERT_EQ(model.rowCount(), 2);
    QCoreApplication::processEvents();
    EXPECT_EQ(model.saidLines().reads(), 0); // nobody asked
    EXPECT_FALSE(model.index(1, 1).data(EpisodeListModel::SaidAtRole).isValid());
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.saidLines().reads() == 1; }));
    EXPECT_FALSE(model.index(1, 1).data(EpisodeListModel::SaidAtRole).isValid());
    EXPECT_EQ(model.index(1, 1).data(Qt::AccessibleTextRole).toString(),
              model.index(1, 1).data().toString());
    // Opening a hit reads its line at once when nothing asked before.
    model.setSearch(QStringLiteral("black sea"));
    ASSERT_EQ(model.rowCount(), 1);
    const std::optional<TranscriptHit> hit = model.saidLine(m_first);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->startMs, 9000);
    EXPECT_EQ(hit->line, QStringLiteral("And it ends in the Black Sea."));
    // Out of a search there is no line.
    model.setShow(m_library.episode(m_first)->showId);
    EXPECT_FALSE(model.saidLine(m_first));
    EXPECT_FALSE(model.index(0, 1).data(EpisodeListModel::SaidLineRole).isValid());
}

// Many rows asked about at once are read a batch per turn of the event loop, never all in the
// keystroke.
TEST_F(TranscriptStoreTest, SaidLinesAreReadABatchAtATime)
{
    SaidLines lines(m_db);
    ASSERT_TRUE(m_store.save(m_first, riverTalk(), {}));
    ASSERT_TRUE(m_store.save(m_second, riverTalk(), {}));
    lines.setSearch(QStringLiteral("danube"));
    QSignalSpy found(&lines, &SaidLines::found);
    for (qint64 id = 1; id <= SaidLines::kBatch + 3; ++id)
        lines.request(id == 1 ? m_first : id == 2 ? m_second : 1000 + id);
    lines.request(m_first); // asked twice, read once
    EXPECT_EQ(lines.reads(), 0);
    EXPECT_EQ(lines.pending(), SaidLines::kBatch + 3);
    QCoreApplication::processEvents();
    // One turn reads at most a batch, fewer when the turn's time budget runs out first (a
    // loaded machine): never every row at once.
    EXPECT_GE(lines.reads(), 1);
    EXPECT_LE(lines.reads(), SaidLines::kBatch);
    ASSERT_TRUE(QTest::qWaitFor([&] { return lines.pending() == 0; }));
    EXPECT_EQ(found.size(), SaidLines::kBatch + 3);
    ASSERT_TRUE(lines.known(m_second));
    ASSERT_TRUE(lines.known(m_second)->has_value());
    EXPECT_EQ((*lines.known(m_second))->startMs, 4000);
    ASSERT_TRUE(lines.known(1003));
    EXPECT_FALSE(lines.known(1003)->has_value());
    // A new search forgets the answers and what was waiting.
    lines.request(m_first + 500);
    lines.setSearch(QStringLiteral("black"));
    EXPECT_EQ(lines.pending(), 0);
    EXPECT_FALSE(lines.known(m_second));
}

} // namespace ondes
