// The Transcript pane in the window with the real player (issue 20): a generated spoken clip
// played with a transcript whose cue times fall inside it; the line playing changes at the
// cue times, Enter on a line seeks there, the seek bar's band shows the voices' stretches,
// Alt+] / Alt+[ jump between a voice's turns, Ctrl+Shift+T shows the panel and Esc leaves it,
// Ctrl+Shift+F follows again, the details pane gives each voice's share.

#include "episodedetailsview.h"
#include "playback/playbacktestsupport.h"
#include "playerbar.h"
#include "speakerjumps.h"
#include "speakerlegend.h"
#include "speakertimeline.h"
#include "support/skiporfail.h"
#include "transcriptcontroller.h"
#include "transcriptmodel.h"
#include "transcriptpane.h"
#include "transcriptview.h"
#include "ui/demowindowfixture.h"
#include "voicecolours.h"

#include <QApplication>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QSlider>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

namespace ondes {
namespace {

// Alice 0–1.2 s, Bob 1.2–2.4 s, Alice 2.4–3.2 s: inside the 3–4 s clip.
TranscriptDocument clipTranscript()
{
    TranscriptDocument document;
    document.format = TranscriptDocument::Format::WebVtt;
    document.cues = {
        TranscriptCue{0, 1200, QStringLiteral("Alice Martin"), QStringLiteral("Bonjour, ceci")},
        TranscriptCue{1200, 2400, QStringLiteral("Bob"), QStringLiteral("est un court extrait")},
        TranscriptCue{2400, 3200, QStringLiteral("Alice Martin"),
                      QStringLiteral("pour tester la lecture")},
    };
    return document;
}

class TranscriptPlaybackTest : public test::DemoWindowFixture
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
            m_app.library(), QStringLiteral("test:transcript"),
            {{QStringLiteral("Transcribed episode"), QUrl::fromLocalFile(clip).toString()}});
        ASSERT_EQ(ids.size(), 1);
        m_episode = ids.first();
        m_window->setTranscriptLookup([this](qint64 episodeId) {
            return episodeId == m_episode ? std::optional<TranscriptDocument>(clipTranscript())
                                          : std::nullopt;
        });
    }

    Player& player() { return m_app.player(); }
    TranscriptPane* pane() const { return m_window->transcriptPane(); }
    QDockWidget* dock() const
    {
        return m_window->findChild<QDockWidget*>(QStringLiteral("transcriptDock"));
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget();
        ASSERT_TRUE(target);
        QTest::keyClick(target, key, modifiers);
    }
    // Plays the episode, then pauses at positionMs once it is there.
    void pauseAt(qint64 positionMs)
    {
        ASSERT_TRUE(player().play(m_episode));
        ASSERT_TRUE(test::waitPlayingPast(player(), 0));
        player().pause();
        ASSERT_TRUE(QTest::qWaitFor([&] { return player().state() == Player::State::Paused; }));
        player().seek(positionMs);
        ASSERT_TRUE(QTest::qWaitFor([&] { return qAbs(player().position() - positionMs) < 100; }))
            << player().position();
    }

    qint64 m_episode = 0;
};

TEST_F(TranscriptPlaybackTest, TheLinePlayingChangesAtTheCueTimes)
{
    dock()->show();
    EXPECT_EQ(pane()->view()->placeholderText(), QStringLiteral("No transcript for this episode"));
    // The rows as they became the playing one, with the position then.
    QList<QPair<int, qint64>> seen;
    QObject::connect(pane()->model(), &QAbstractItemModel::dataChanged, pane(),
                     [&](const QModelIndex& index) {
                         if (index.data(TranscriptModel::PlayingRole).toBool())
                             seen.append({index.row(), player().position()});
                     });
    ASSERT_TRUE(player().play(m_episode));
    EXPECT_EQ(pane()->model()->rowCount(), 3);
    ASSERT_TRUE(test::waitPlayingPast(player(), 2600));
    ASSERT_GE(seen.size(), 3);
    EXPECT_EQ(seen.at(0).first, 0);
    EXPECT_EQ(seen.at(1).first, 1);
    EXPECT_EQ(seen.at(2).first, 2);
    // Each line became the playing one once its start was reached, before the next one's.
    EXPECT_GE(seen.at(1).second, 1200);
    EXPECT_LT(seen.at(1).second, 2400);
    EXPECT_GE(seen.at(2).second, 2400);
    EXPECT_EQ(pane()->playingRow(), 2);
}

TEST_F(TranscriptPlaybackTest, EnterOnALineSeeksThere)
{
    pauseAt(300);
    dock()->show();
    TranscriptView* view = pane()->view();
    view->setFocus();
    view->setCurrentIndex(pane()->model()->index(2));
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_TRUE(QTest::qWaitFor([&] { return qAbs(player().position() - 2400) < 150; }))
        << player().position();
    EXPECT_TRUE(QTest::qWaitFor([&] { return pane()->playingRow() == 2; }));
}

TEST_F(TranscriptPlaybackTest, ALineOfAnEpisodeNotPlayingPlaysItThere)
{
    // Nothing plays: the pane shows the selected episode's transcript; a line starts it.
    m_window->selectShow(*m_app.library().showIdForUrl(QStringLiteral("test:transcript")));
    ASSERT_TRUE(m_window->episodeList()->selectEpisode(m_episode));
    ASSERT_EQ(m_window->transcripts()->shownEpisode(), m_episode);
    ASSERT_EQ(pane()->model()->rowCount(), 3);
    EXPECT_EQ(pane()->playingRow(), -1);
    Q_EMIT pane()->view()->lineActivated(1);
    EXPECT_EQ(player().currentEpisode(), m_episode);
    EXPECT_TRUE(test::waitPlayingPast(player(), 1200));
    EXPECT_TRUE(QTest::qWaitFor([&] { return pane()->playingRow() >= 1; }));
}

TEST_F(TranscriptPlaybackTest, TheSeekBarShowsEachVoicesStretchesInItsColour)
{
    SpeakerTimeline* timeline = m_window->playerBar()->speakerTimeline();
    EXPECT_FALSE(timeline->isVisible());
    ASSERT_TRUE(player().play(m_episode));
    ASSERT_TRUE(QTest::qWaitFor([&] { return player().duration() > 3200; }));
    ASSERT_TRUE(timeline->isVisible());
    const QList<SpeakerTimeline::Band> bands = timeline->bands();
    ASSERT_EQ(bands.size(), 3);
    EXPECT_EQ(bands.at(0).speaker, 0);
    EXPECT_EQ(bands.at(1).speaker, 1);
    EXPECT_EQ(bands.at(2).speaker, 0);
    // In time order, touching, their widths in proportion to 1.2, 1.2 and 0.8 s.
    EXPECT_LE(bands.at(0).rect.right() + 1, bands.at(1).rect.left() + 1);
    EXPECT_NEAR(bands.at(0).rect.width(), bands.at(1).rect.width(), 2);
    EXPECT_NEAR(bands.at(2).rect.width() * 1.5, bands.at(1).rect.width(), 3);
    const double duration = static_cast<double>(player().duration());
    const QSlider* slider = m_window->playerBar()->positionSlider();
    const int inset = slider->style()->pixelMetric(QStyle::PM_SliderLength, nullptr, slider) / 2;
    const double groove = timeline->width() - 2 * inset;
    EXPECT_NEAR(bands.at(1).rect.left(), inset + groove * 1200 / duration, 2);

    // The pixels: each band in its voice's colour, two voices apart.
    const QImage image = timeline->grab().toImage();
    const QColor alice = voiceColour(0, timeline->palette());
    const QColor bob = voiceColour(1, timeline->palette());
    EXPECT_NE(alice, bob);
    EXPECT_EQ(QColor(image.pixel(bands.at(0).rect.center())), alice);
    EXPECT_EQ(QColor(image.pixel(bands.at(1).rect.center())), bob);
    EXPECT_EQ(QColor(image.pixel(bands.at(2).rect.center())), alice);
    EXPECT_EQ(timeline->speakerAt(bands.at(1).rect.center().x()), 1);

    // The legend names them with their share of the speech (1.2 of 3.2 s is Bob's).
    SpeakerLegend* legend = m_window->playerBar()->speakerLegend();
    ASSERT_EQ(legend->buttons().size(), 2);
    EXPECT_EQ(legend->buttons().at(0)->accessibleName(), QStringLiteral("Alice Martin 63 %"));
    EXPECT_EQ(legend->buttons().at(1)->accessibleName(), QStringLiteral("Bob 38 %"));
    // Tab goes from the slider to the legend.
    m_window->playerBar()->positionSlider()->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), legend->buttons().at(0));
    press(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), legend->buttons().at(1));
    press(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), m_window->playerBar()->speedBox());
}

TEST_F(TranscriptPlaybackTest, ALastCueWithoutAnEndLastsUntilTheEpisodesEnd)
{
    // SRT-like: no ends; the last voice speaks until the end of the audio.
    TranscriptDocument open = clipTranscript();
    for (TranscriptCue& cue : open.cues)
        cue.endMs = cue.startMs;
    m_window->setTranscriptLookup([this, open](qint64 episodeId) {
        return episodeId == m_episode ? std::optional<TranscriptDocument>(open) : std::nullopt;
    });
    ASSERT_TRUE(player().play(m_episode));
    ASSERT_TRUE(QTest::qWaitFor([&] { return player().duration() > 3200; }));
    SpeakerTimeline* timeline = m_window->playerBar()->speakerTimeline();
    const QList<SpeakerTimeline::Band> bands = timeline->bands();
    ASSERT_EQ(bands.size(), 3);
    const QSlider* slider = m_window->playerBar()->positionSlider();
    const int inset = slider->style()->pixelMetric(QStyle::PM_SliderLength, nullptr, slider) / 2;
    EXPECT_NEAR(bands.at(2).rect.right() + 1, timeline->width() - inset, 2);
    EXPECT_NEAR(bands.at(0).rect.right() + 1, bands.at(1).rect.left(), 1);
}

TEST_F(TranscriptPlaybackTest, KeysJumpToTheNextAndPreviousTurnOfAVoice)
{
    pauseAt(300); // Alice speaks
    QAction* next = m_window->transcripts()->jumps()->nextTurnAction();
    EXPECT_EQ(next->shortcut(), QKeySequence(Qt::ALT | Qt::Key_BracketRight));
    m_window->episodeView()->setFocus();
    press(Qt::Key_BracketRight, Qt::AltModifier); // Alice's next turn
    EXPECT_TRUE(QTest::qWaitFor([&] { return qAbs(player().position() - 2400) < 150; }))
        << player().position();
    press(Qt::Key_BracketLeft, Qt::AltModifier); // back to her first
    EXPECT_TRUE(QTest::qWaitFor([&] { return qAbs(player().position()) < 150; }))
        << player().position();

    // Bob chosen in the legend: his turn, from anywhere.
    QToolButton* bob = m_window->playerBar()->speakerLegend()->buttons().at(1);
    QTest::mouseClick(bob, Qt::LeftButton);
    EXPECT_EQ(m_window->transcripts()->jumps()->chosenSpeaker(), 1);
    m_window->episodeView()->setFocus();
    press(Qt::Key_BracketRight, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return qAbs(player().position() - 1200) < 150; }))
        << player().position();
    // He has no turn after this one: nothing moves.
    press(Qt::Key_BracketRight, Qt::AltModifier);
    QTest::qWait(200);
    EXPECT_LT(qAbs(player().position() - 1200), 150);
}

TEST_F(TranscriptPlaybackTest, CtrlShiftTShowsThePanelEscReturnsAndCtrlShiftFFollowsAgain)
{
    ASSERT_FALSE(dock()->isVisible());
    m_window->episodeView()->setFocus();
    press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(dock()->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), pane()->view());
    press(Qt::Key_Escape);
    EXPECT_EQ(QApplication::focusWidget(), m_window->episodeView());
    EXPECT_TRUE(dock()->isVisible());
    press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(QApplication::focusWidget(), pane()->view());
    press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier); // again, from inside: hides
    EXPECT_FALSE(dock()->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), m_window->episodeView());

    pauseAt(300);
    press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(pane()->model()->rowCount(), 3);
    press(Qt::Key_Down); // the listener moves in the lines: following pauses
    press(Qt::Key_Down);
    EXPECT_FALSE(pane()->isFollowing());
    EXPECT_TRUE(pane()->followButton()->isVisible());
    press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(pane()->isFollowing());
    // Ctrl+F in the pane finds in the transcript, not in the library.
    press(Qt::Key_F, Qt::ControlModifier);
    EXPECT_FALSE(m_window->searchField()->hasFocus());
}

TEST_F(TranscriptPlaybackTest, TheDetailsPaneGivesEachVoicesShare)
{
    m_window->selectShow(*m_app.library().showIdForUrl(QStringLiteral("test:transcript")));
    ASSERT_TRUE(m_window->episodeList()->selectEpisode(m_episode));
    EXPECT_EQ(m_window->detailsView()->voiceSharesText(),
              QStringLiteral("Who speaks how much: Alice Martin 63 %, Bob 38 %"));
    // An episode without a transcript: no shares.
    m_window->selectShow(*m_app.library().showIdForUrl(DemoShow::feedUrl()));
    ASSERT_TRUE(m_window->episodeList()->selectEpisode(episodeIdAt(0)));
    ASSERT_NE(m_window->detailsView()->episodeId(), m_episode);
    EXPECT_TRUE(m_window->detailsView()->voiceSharesText().isEmpty());
}

} // namespace
} // namespace ondes
