// Search what was said, in the window (issue 20): a word said only in a stored transcript
// lists the episode with the line and its time under the title, the words in bold; Enter plays
// the episode from that line and the Transcript pane shows it. A person's moments in the People
// view: listed by episode with their time and first words, reached with Tab, and Enter on one
// plays the episode from there. Real library file, real player on a generated spoken clip.

#include "episodeactions.h"
#include "library/episodelistmodel.h"
#include "library/library.h"
#include "library/transcriptstore.h"
#include "personmomentsview.h"
#include "playback/playbacktestsupport.h"
#include "saidlinedelegate.h"
#include "searchwords.h"
#include "support/skiporfail.h"
#include "transcriptpane.h"
#include "ui/demowindowfixture.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

// Alice 0–1.2 s, Bob 1.2–2.4 s, Alice 2.4–3.2 s: inside the 3–4 s clip. "Quetzalcoatl" is
// said, and written nowhere else.
TranscriptDocument searchClipTranscript()
{
    TranscriptDocument document;
    document.format = TranscriptDocument::Format::WebVtt;
    document.cues = {
        TranscriptCue{0, 1200, QStringLiteral("Alice Martin"), QStringLiteral("Bonjour, ceci")},
        TranscriptCue{1200, 2400, QStringLiteral("Bob"),
                      QStringLiteral("est un court extrait sur Quetzalcóatl")},
        TranscriptCue{2400, 3200, QStringLiteral("Alice Martin"),
                      QStringLiteral("pour tester la lecture")},
    };
    return document;
}

class TranscriptSearchTest : public test::DemoWindowFixture
{
protected:
    void SetUp() override
    {
        DemoWindowFixture::SetUp();
        if (HasFatalFailure())
            return;
        const QString clip = test::generatedClip(QStringLiteral("ogg"));
        if (clip.isEmpty())
            ONDES_SKIP_OR_FAIL("espeak-ng or ffmpeg is missing");
        const QList<qint64> ids = test::addTestShow(
            m_app.library(), QStringLiteral("test:said"),
            {{QStringLiteral("Transcribed episode"), QUrl::fromLocalFile(clip).toString()}});
        ASSERT_EQ(ids.size(), 1);
        m_episode = ids.first();
        QString error;
        ASSERT_TRUE(
            TranscriptStore(m_app.database())
                .save(m_episode, searchClipTranscript(), QStringLiteral("test.vtt"), &error))
            << error.toStdString();
    }

    Player& player() { return m_app.player(); }
    QDockWidget* transcriptDock() const
    {
        return m_window->findChild<QDockWidget*>(QStringLiteral("transcriptDock"));
    }
    QModelIndex titleAt(int row) const
    {
        return m_window->episodeView()->model()->index(row, EpisodeListModel::TitleColumn);
    }
    // Where the player is once it plays (a pending seek counts as where it is).
    qint64 firstPlayingPosition()
    {
        if (!QTest::qWaitFor([&] { return player().isPlaying() && player().isSeekable(); }, 10000))
            return -1;
        return player().position();
    }
    // How many pixels of the row's lower half differ from its first one: ink drawn there.
    int inkUnderTitle(const QModelIndex& index) const
    {
        QTreeView* view = m_window->episodeView();
        const QRect row = view->visualRect(index);
        const QImage image = view->viewport()->grab(row).toImage();
        const QRgb background = image.pixel(image.width() - 1, image.height() - 1);
        int ink = 0;
        for (int y = image.height() / 2 + 1; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                ink += image.pixel(x, y) != background ? 1 : 0;
        }
        return ink;
    }

    qint64 m_episode = 0;
};

TEST_F(TranscriptSearchTest, AWordSaidOnlyInATranscriptShowsTheLineAndItsTimeInTheRow)
{
    QLineEdit* field = m_window->searchField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("quetzalcoatl")); // no accent typed
    ASSERT_EQ(listedTitles(), QStringList{QStringLiteral("Transcribed episode")});
    const QModelIndex title = titleAt(0);
    // Read once the row was painted, a moment after the keystroke.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return title.data(EpisodeListModel::SaidLineRole).isValid(); }, 5000));
    EXPECT_EQ(title.data(EpisodeListModel::SaidLineRole).toString(),
              QStringLiteral("est un court extrait sur Quetzalcóatl"));
    EXPECT_EQ(title.data(EpisodeListModel::SaidAtRole).toLongLong(), 1200);
    // What the row shows under the title, the word searched for in bold.
    QList<std::pair<int, int>> bold;
    const QString shown = SaidLineDelegate::saidText(
        1200, QStringLiteral("est un court extrait sur Quetzalcóatl"), field->text(), &bold);
    EXPECT_EQ(shown, QStringLiteral("0:01 — “est un court extrait sur Quetzalcóatl”"));
    ASSERT_EQ(bold.size(), 1);
    EXPECT_EQ(shown.mid(bold[0].first, bold[0].second), QStringLiteral("Quetzalcóatl"));
    // Screen readers hear it with the title.
    EXPECT_EQ(title.data(Qt::AccessibleTextRole).toString(),
              QStringLiteral("Transcribed episode, said at 0:01: “est un court extrait sur "
                             "Quetzalcóatl”"));
    // The row is two lines high and the second one is drawn.
    QTreeView* view = m_window->episodeView();
    EXPECT_GE(view->visualRect(title).height(), 2 * view->fontMetrics().lineSpacing());
    EXPECT_GT(inkUnderTitle(title), 20);

    // A match on a title alone has no line: nothing is drawn under it.
    field->clear();
    QTest::keyClicks(field, QStringLiteral("transcribed"));
    ASSERT_EQ(listedTitles(), QStringList{QStringLiteral("Transcribed episode")});
    const EpisodeListModel* model = m_window->episodeList()->episodeModel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->saidLines().reads() == 1; }, 5000));
    EXPECT_FALSE(titleAt(0).data(EpisodeListModel::SaidLineRole).isValid());
    QApplication::processEvents();
    EXPECT_EQ(inkUnderTitle(titleAt(0)), 0);
}

TEST_F(TranscriptSearchTest, EnterOnAHitPlaysFromTheLineAndThePaneShowsIt)
{
    transcriptDock()->show();
    TranscriptPane* pane = m_window->transcriptPane();
    pane->setFollowing(false); // the listener had scrolled away
    QLineEdit* field = m_window->searchField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("court extrait quetz"));
    ASSERT_EQ(listedTitles(), QStringList{QStringLiteral("Transcribed episode")});
    // At once, before the line was read for the row: Enter reads it.
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(player().currentEpisode(), m_episode);
    const qint64 started = firstPlayingPosition();
    EXPECT_GE(started, 1150);
    EXPECT_LT(started, 2400);
    EXPECT_TRUE(pane->isFollowing());
    EXPECT_TRUE(QTest::qWaitFor([&] { return pane->playingRow() == 1; }, 5000))
        << pane->playingRow();
}

TEST_F(TranscriptSearchTest, ADoubleClickOnAHitPlaysFromTheLine)
{
    QLineEdit* field = m_window->searchField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("lecture"));
    const QStringList titles = listedTitles();
    const int row = static_cast<int>(titles.indexOf(QStringLiteral("Transcribed episode")));
    ASSERT_GE(row, 0) << titles.join(QLatin1Char('|')).toStdString();
    QTreeView* view = m_window->episodeView();
    const QRect rect = view->visualRect(titleAt(row));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_EQ(player().currentEpisode(), m_episode);
    const qint64 started = firstPlayingPosition();
    EXPECT_GE(started, 2350);
    EXPECT_LT(started, 3300);
}

TEST_F(TranscriptSearchTest, APersonsMomentsAreListedAndEnterOnOnePlaysFromThere)
{
    const auto alice = m_app.library().findSpeaker(m_episode, QStringLiteral("Alice Martin"));
    ASSERT_TRUE(alice);
    m_window->selectPerson(alice->personId);
    PersonMomentsView* moments = m_window->momentsView();
    ASSERT_TRUE(QTest::qWaitFor([&] { return moments->isVisible(); }, 2000));
    EXPECT_EQ(moments->momentCount(), 2);
    const QStandardItemModel* model = moments->momentModel();
    EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(),
              QStringLiteral("When Alice Martin speaks"));
    EXPECT_EQ(moments->accessibleName(), QStringLiteral("Moments Alice Martin speaks"));
    ASSERT_EQ(model->rowCount(), 1);
    const QModelIndex episode = model->index(0, 0);
    EXPECT_EQ(episode.data().toString(), QStringLiteral("Transcribed episode"));
    EXPECT_EQ(episode.data(Qt::AccessibleTextRole).toString(),
              QStringLiteral("Transcribed episode, 2 moment(s)"));
    ASSERT_EQ(model->rowCount(episode), 2);
    EXPECT_EQ(model->index(0, 0, episode).data().toString(), QStringLiteral("0:00  Bonjour, ceci"));
    const QModelIndex second = model->index(1, 0, episode);
    EXPECT_EQ(second.data().toString(), QStringLiteral("0:02  pour tester la lecture"));
    EXPECT_EQ(
        second.data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Transcribed episode, at 0:02 for 1 second(s): pour tester la lecture"));

    // Tab from the people reaches the moments; ↓ and Enter play one.
    m_window->peopleView()->setFocus();
    QTest::keyClick(m_window->peopleView(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), moments);
    EXPECT_EQ(moments->currentIndex(), model->index(0, 0, episode));
    QTest::keyClick(moments, Qt::Key_Down);
    ASSERT_EQ(moments->currentIndex(), second);
    QTest::keyClick(moments, Qt::Key_Return);
    EXPECT_EQ(player().currentEpisode(), m_episode);
    const qint64 started = firstPlayingPosition();
    EXPECT_GE(started, 2350);
    EXPECT_LT(started, 3300);

    // The shows in the tab: the moments go with the people.
    auto* tabs = m_window->findChild<QTabWidget*>();
    ASSERT_TRUE(tabs);
    tabs->setCurrentWidget(m_window->showView());
    EXPECT_FALSE(moments->isVisible());
    tabs->setCurrentWidget(m_window->peopleView());
    EXPECT_TRUE(moments->isVisible());
    // Someone who says nothing in a transcript has no moments to show.
    qint64 demoPerson = 0;
    for (const EpisodeRow& row : test::demoEpisodes(m_app.library())) {
        if (const QList<SpeakerRow> speakers = m_app.library().speakers(row.id);
            !speakers.isEmpty())
            demoPerson = speakers.first().personId;
    }
    ASSERT_NE(demoPerson, 0);
    m_window->selectPerson(demoPerson);
    EXPECT_EQ(moments->momentCount(), 0);
    EXPECT_FALSE(moments->isVisible());
}

TEST(PersonMomentsText, KeepsTheFirstWordsOfALine)
{
    EXPECT_EQ(PersonMomentsView::firstWords(QStringLiteral("  un   deux trois "), 8),
              QStringLiteral("un deux trois"));
    EXPECT_EQ(PersonMomentsView::firstWords(QStringLiteral("a b c d e f g h i j"), 8),
              QStringLiteral("a b c d e f g h…"));
}

TEST(SearchWordsTest, FindsTheWordsTheTranscriptSearchMatched)
{
    // Whole words, case and accents ignored; the last word also as a prefix from 4 letters.
    const SearchWords words(QStringLiteral("the danu"));
    const QString line = QStringLiteral("The Danube, the Danúbio and theory");
    QStringList found;
    for (const auto& [start, length] : words.find(line))
        found << line.mid(start, length);
    EXPECT_EQ(found, (QStringList{QStringLiteral("The"), QStringLiteral("Danube"),
                                  QStringLiteral("the"), QStringLiteral("Danúbio")}));
    // A short last word is whole.
    EXPECT_TRUE(SearchWords(QStringLiteral("dan")).find(line).isEmpty());
    // A long line is cut to show its first match.
    const QString longLine =
        QString(QStringLiteral("word ")).repeated(30) + QStringLiteral("Quetzalcoatl");
    const int cut = SearchWords(QStringLiteral("quetzalcoatl")).cutBefore(longLine, 90);
    EXPECT_GT(cut, 0);
    EXPECT_TRUE(longLine.mid(cut).endsWith(QStringLiteral("Quetzalcoatl")));
    EXPECT_LE(longLine.size() - cut, 90);
    EXPECT_EQ(SearchWords(QStringLiteral("word")).cutBefore(longLine, 90), 0);
}

} // namespace
} // namespace ondes
