// The Transcript pane on its own (issue 20): following a position, pausing when the listener
// scrolls or moves and resuming, Enter and clicks asking to seek, finding, copying, what a
// screen reader reads, untimed and missing transcripts, and ticks that touch two lines only.

#include "transcriptfindbar.h"
#include "transcriptmodel.h"
#include "transcriptpane.h"
#include "transcriptview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

namespace ondes {
namespace {

// n cues of 2 s, voices taking turns every three lines, words to find here and there.
TranscriptDocument paneDocument(int count)
{
    TranscriptDocument document;
    document.format = TranscriptDocument::Format::WebVtt;
    const QString names[] = {QStringLiteral("Alice Martin"), QStringLiteral("Bob")};
    for (int i = 0; i < count; ++i) {
        TranscriptCue cue;
        cue.startMs = i * 2000;
        cue.endMs = i * 2000 + 1900;
        cue.speaker = names[(i / 3) % 2];
        cue.text = i % 50 == 7 ? QStringLiteral("Une école de musique, ligne %1").arg(i)
                               : QStringLiteral("Ligne numéro %1 de la conversation").arg(i);
        document.cues << cue;
    }
    return document;
}

class TranscriptPaneTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_pane.resize(420, 300);
        m_pane.show();
        m_pane.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_pane));
    }

    TranscriptView* view() const { return m_pane.view(); }
    // Whether row is inside the view's visible area.
    bool rowShown(int row) const
    {
        const QRect rect = view()->visualRect(m_pane.model()->index(row));
        return rect.isValid() && view()->viewport()->rect().intersects(rect);
    }

    TranscriptPane m_pane;
};

TEST_F(TranscriptPaneTest, WithoutATranscriptItSaysSo)
{
    EXPECT_FALSE(m_pane.hasTranscript());
    EXPECT_EQ(view()->placeholderText(), QStringLiteral("No transcript for this episode"));
    EXPECT_EQ(view()->accessibleDescription(), QStringLiteral("No transcript for this episode"));
    m_pane.setStatus(QStringLiteral("Loading the transcript…"));
    EXPECT_TRUE(m_pane.statusText().startsWith(QStringLiteral("Loading")));
    m_pane.setStatus(QString());
    EXPECT_TRUE(m_pane.statusText().isEmpty());

    m_pane.setTranscript(paneDocument(5));
    EXPECT_TRUE(m_pane.hasTranscript());
    EXPECT_TRUE(view()->placeholderText().isEmpty());
    m_pane.clear();
    EXPECT_EQ(m_pane.model()->rowCount(), 0);
    EXPECT_EQ(view()->placeholderText(), QStringLiteral("No transcript for this episode"));
}

TEST_F(TranscriptPaneTest, TheLinePlayingFollowsThePositionAndStaysInView)
{
    m_pane.setTranscript(paneDocument(300));
    m_pane.setPlaybackPosition(0);
    EXPECT_EQ(m_pane.playingRow(), 0);
    m_pane.setPlaybackPosition(4100);
    EXPECT_EQ(m_pane.playingRow(), 2);
    EXPECT_TRUE(m_pane.model()->index(2).data(TranscriptModel::PlayingRole).toBool());
    EXPECT_FALSE(m_pane.model()->index(0).data(TranscriptModel::PlayingRole).toBool());
    m_pane.setPlaybackPosition(250 * 2000 + 10);
    EXPECT_EQ(m_pane.playingRow(), 250);
    EXPECT_TRUE(rowShown(250));
    EXPECT_FALSE(rowShown(0));
    EXPECT_EQ(m_pane.model()->index(250).data(Qt::AccessibleDescriptionRole).toString(),
              QStringLiteral("Playing now"));
}

TEST_F(TranscriptPaneTest, APositionTickChangesTheTwoLinesConcernedOnly)
{
    m_pane.setTranscript(paneDocument(300));
    m_pane.setPlaybackPosition(1000);
    QSignalSpy changed(m_pane.model(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_pane.model(), &QAbstractItemModel::modelReset);
    m_pane.setPlaybackPosition(1200); // same line
    EXPECT_EQ(changed.size(), 0);
    m_pane.setPlaybackPosition(2100); // the next line
    ASSERT_EQ(changed.size(), 2);
    for (const QList<QVariant>& args : changed)
        EXPECT_EQ(args.at(0).toModelIndex(), args.at(1).toModelIndex()); // one row each
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 0);
    EXPECT_EQ(changed.at(1).at(0).toModelIndex().row(), 1);
    EXPECT_EQ(reset.size(), 0);
}

TEST_F(TranscriptPaneTest, ScrollingPausesFollowingAndTheFollowActionResumesIt)
{
    m_pane.setTranscript(paneDocument(300));
    m_pane.setPlaybackPosition(10);
    ASSERT_TRUE(m_pane.isFollowing());
    EXPECT_FALSE(m_pane.followButton()->isVisible());

    // The listener pages down with the scroll bar: following stops, the button shows.
    view()->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
    view()->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
    EXPECT_FALSE(m_pane.isFollowing());
    EXPECT_TRUE(m_pane.followButton()->isVisible());
    EXPECT_EQ(view()->accessibleDescription(), QStringLiteral("Not following playback"));
    const int shownTop = view()->verticalScrollBar()->value();
    // Playback moves on: the line changes, the view stays where the listener left it.
    m_pane.setPlaybackPosition(200 * 2000);
    EXPECT_EQ(m_pane.playingRow(), 200);
    EXPECT_EQ(view()->verticalScrollBar()->value(), shownTop);
    EXPECT_FALSE(rowShown(200));

    m_pane.followAction()->trigger();
    EXPECT_TRUE(m_pane.isFollowing());
    EXPECT_TRUE(rowShown(200));
    EXPECT_FALSE(m_pane.followButton()->isVisible());

    // Moving through the lines with the keys pauses it too; the button resumes it.
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Down);
    QTest::keyClick(view(), Qt::Key_PageDown);
    EXPECT_FALSE(m_pane.isFollowing());
    QTest::mouseClick(m_pane.followButton(), Qt::LeftButton);
    EXPECT_TRUE(m_pane.isFollowing());
}

TEST_F(TranscriptPaneTest, EnterAndAClickOnALineAskToSeekThere)
{
    m_pane.setTranscript(paneDocument(20));
    QSignalSpy seek(&m_pane, &TranscriptPane::seekRequested);
    view()->setFocus();
    view()->setCurrentIndex(m_pane.model()->index(4));
    QTest::keyClick(view(), Qt::Key_Return);
    ASSERT_EQ(seek.size(), 1);
    EXPECT_EQ(seek.at(0).at(0).toLongLong(), 8000);
    EXPECT_TRUE(m_pane.isFollowing()); // a seek from a line follows again

    const QRect line = view()->visualRect(m_pane.model()->index(6));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, line.center());
    ASSERT_EQ(seek.size(), 2);
    EXPECT_EQ(seek.at(1).at(0).toLongLong(), 12000);
    // Ctrl+click selects more lines: no seek.
    const QRect other = view()->visualRect(m_pane.model()->index(8));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ControlModifier, other.center());
    EXPECT_EQ(seek.size(), 2);
}

TEST_F(TranscriptPaneTest, CtrlFFindsF3AndShiftF3MoveBetweenMatches)
{
    m_pane.setTranscript(paneDocument(200)); // "école" at 7, 57, 107, 157
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit* field = m_pane.findBar()->field();
    ASSERT_TRUE(m_pane.findBar()->isVisible());
    EXPECT_TRUE(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("ecole")); // accents folded
    EXPECT_EQ(m_pane.findBar()->matches(), QList<int>({7, 57, 107, 157}));
    EXPECT_EQ(view()->currentIndex().row(), 7);
    EXPECT_EQ(m_pane.findBar()->resultText(), QStringLiteral("1 of 4"));
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(view()->currentIndex().row(), 57);
    QTest::keyClick(field, Qt::Key_F3);
    EXPECT_EQ(view()->currentIndex().row(), 107);
    EXPECT_TRUE(rowShown(107));
    QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
    EXPECT_EQ(view()->currentIndex().row(), 57);
    EXPECT_EQ(m_pane.findBar()->resultText(), QStringLiteral("2 of 4"));
    // Esc closes the bar, focus back in the lines, where F3 still finds the next one.
    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_FALSE(m_pane.findBar()->isVisible());
    EXPECT_TRUE(view()->hasFocus());
    QTest::keyClick(view(), Qt::Key_F3);
    EXPECT_EQ(view()->currentIndex().row(), 107);
    // Wrapping round at the end.
    QTest::keyClick(view(), Qt::Key_F3);
    QTest::keyClick(view(), Qt::Key_F3);
    EXPECT_EQ(view()->currentIndex().row(), 7);

    m_pane.openFind();
    field->setText(QStringLiteral("introuvable"));
    EXPECT_EQ(m_pane.findBar()->resultText(), QStringLiteral("No match"));
}

TEST_F(TranscriptPaneTest, CtrlCCopiesTheSelectedLinesWithTheNamesAtEachTurn)
{
    m_pane.setTranscript(paneDocument(10));
    view()->setFocus();
    view()->selectionModel()->select(
        QItemSelection(m_pane.model()->index(2), m_pane.model()->index(3)),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(QApplication::clipboard()->text(),
              QStringLiteral("Alice Martin: Ligne numéro 2 de la conversation\n"
                             "Bob: Ligne numéro 3 de la conversation"));
}

TEST_F(TranscriptPaneTest, EscAsksToLeaveThePane)
{
    m_pane.setTranscript(paneDocument(3));
    QSignalSpy leave(&m_pane, &TranscriptPane::leaveRequested);
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Escape);
    EXPECT_EQ(leave.size(), 1);
}

TEST_F(TranscriptPaneTest, AScreenReaderReadsTimeSpeakerAndText)
{
    TranscriptDocument document = paneDocument(3);
    document.cues[1].startMs = 12 * 60 * 1000 + 3000;
    document.cues[2].startMs = 12 * 60 * 1000 + 9000;
    document.cues[1].text = QStringLiteral("Bonjour,\nbienvenue");
    m_pane.setTranscript(document);
    EXPECT_EQ(m_pane.model()->index(1).data(Qt::AccessibleTextRole).toString(),
              QStringLiteral("12:03, Alice Martin: Bonjour, bienvenue"));
    // The name is drawn at each change of voice only.
    EXPECT_TRUE(m_pane.model()->index(0).data(TranscriptModel::SpeakerChangeRole).toBool());
    EXPECT_FALSE(m_pane.model()->index(1).data(TranscriptModel::SpeakerChangeRole).toBool());
    EXPECT_EQ(m_pane.accessibleName(), QStringLiteral("Transcript"));
    EXPECT_EQ(view()->accessibleDescription(), QStringLiteral("Following playback"));
}

TEST_F(TranscriptPaneTest, AnUntimedTranscriptShowsItsTextWithoutTimesAndFollowsNothing)
{
    TranscriptDocument html;
    html.format = TranscriptDocument::Format::Html;
    html.timed = false;
    html.cues = {TranscriptCue{0, 0, QStringLiteral("Alice"), QStringLiteral("Bonjour")},
                 TranscriptCue{0, 0, QStringLiteral("Bob"), QStringLiteral("Salut")}};
    m_pane.setTranscript(html);
    QSignalSpy seek(&m_pane, &TranscriptPane::seekRequested);
    EXPECT_EQ(m_pane.model()->index(0).data(TranscriptModel::TimeTextRole).toString(), QString());
    EXPECT_EQ(m_pane.model()->index(1).data(Qt::AccessibleTextRole).toString(),
              QStringLiteral("Bob: Salut"));
    m_pane.setPlaybackPosition(5000);
    EXPECT_EQ(m_pane.playingRow(), -1);
    view()->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
    EXPECT_TRUE(m_pane.isFollowing());
    EXPECT_FALSE(m_pane.followButton()->isVisible());
    EXPECT_FALSE(m_pane.followAction()->isEnabled());
    view()->setFocus();
    view()->setCurrentIndex(m_pane.model()->index(1));
    QTest::keyClick(view(), Qt::Key_Return);
    EXPECT_EQ(seek.size(), 0);
    EXPECT_EQ(view()->accessibleDescription(), QStringLiteral("Transcript without times"));
}

TEST_F(TranscriptPaneTest, LinesWrapToTheWidthAndGrowWhenItNarrows)
{
    TranscriptDocument document = paneDocument(3);
    document.cues[1].text = QString(QStringLiteral("mot ")).repeated(60);
    m_pane.setTranscript(document);
    QTest::qWait(10);
    const int wide = view()->visualRect(m_pane.model()->index(1)).height();
    const int oneLine = view()->visualRect(m_pane.model()->index(2)).height();
    EXPECT_GT(wide, oneLine);
    m_pane.resize(260, 300);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return view()->visualRect(m_pane.model()->index(1)).height() > wide; }));
}

} // namespace
} // namespace ondes
