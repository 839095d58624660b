// The Transcript panel gets what it shows from the library (issue 20): an episode whose audio has
// a WebVTT file beside it shows that transcript once the panel is open, the library keeps it and
// its voices become the episode's speakers; an episode without any transcript fetches nothing.

#include "downloads/transcriptfetcher.h"
#include "library/transcriptstore.h"
#include "playback/playbacktestsupport.h"
#include "support/skiporfail.h"
#include "transcriptcontroller.h"
#include "transcriptpane.h"
#include "ui/demowindowfixture.h"

#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

const char* const sidecarVtt = "WEBVTT\n\n"
                               "00:00:00.000 --> 00:00:01.500\n<v Alice Martin>Bonjour à tous\n\n"
                               "00:00:01.500 --> 00:00:03.000\n<v Bruno Keller>Et merci\n";

class TranscriptLoaderTest : public test::DemoWindowFixture
{
protected:
    QDockWidget* dock() const
    {
        return m_window->findChild<QDockWidget*>(QStringLiteral("transcriptDock"));
    }
    // An episode of a show of its own whose audio is audioPath.
    qint64 addEpisode(const QString& audioPath, const QString& feed)
    {
        const QList<qint64> ids = test::addTestShow(m_app.library(), feed,
                                                    {{QStringLiteral("Episode with a sidecar"),
                                                      QUrl::fromLocalFile(audioPath).toString()}});
        return ids.isEmpty() ? 0 : ids.first();
    }
    // As the episode list does when its current row changes (the new show is not the one
    // listed).
    void select(qint64 episodeId) { m_window->transcripts()->setSelectedEpisode(episodeId); }
    QTemporaryDir m_audioDir;
};

TEST_F(TranscriptLoaderTest, TheOpenPanelShowsTheSidecarTranscriptAndKeepsIt)
{
    const QString clip = test::generatedClip(QStringLiteral("ogg"));
    if (clip.isEmpty())
        ONDES_SKIP_OR_FAIL("espeak-ng or ffmpeg is missing");
    const QString audio = m_audioDir.filePath(QStringLiteral("interview.ogg"));
    ASSERT_TRUE(QFile::copy(clip, audio));
    QFile vtt(m_audioDir.filePath(QStringLiteral("interview.vtt")));
    ASSERT_TRUE(vtt.open(QIODevice::WriteOnly));
    vtt.write(sidecarVtt);
    vtt.close();
    const qint64 episode = addEpisode(audio, QStringLiteral("test:sidecar"));
    ASSERT_GT(episode, 0);
    ASSERT_TRUE(m_app.transcriptFetcher().hasTranscript(episode));

    QSignalSpy speakers(&m_app.library(), &Library::speakersChanged);
    select(episode);
    ASSERT_EQ(m_window->transcripts()->shownEpisode(), episode);
    TranscriptPane* pane = m_window->transcriptPane();
    EXPECT_FALSE(pane->hasTranscript()); // closed panel: nothing fetched yet
    EXPECT_FALSE(TranscriptStore(m_app.database()).contains(episode));

    dock()->show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return pane->hasTranscript(); }, 10000))
        << pane->statusText().toStdString();
    EXPECT_TRUE(pane->statusText().isEmpty()) << pane->statusText().toStdString();
    EXPECT_TRUE(TranscriptStore(m_app.database()).contains(episode));
    EXPECT_FALSE(speakers.isEmpty());
    QStringList names;
    for (const SpeakerRow& speaker : m_app.library().speakers(episode))
        names << speaker.name;
    EXPECT_TRUE(names.contains(QStringLiteral("Alice Martin"))) << names.join(u',').toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("Bruno Keller"))) << names.join(u',').toStdString();
}

TEST_F(TranscriptLoaderTest, AnEpisodeWithoutATranscriptFetchesNothing)
{
    const QString clip = test::generatedClip(QStringLiteral("ogg"));
    if (clip.isEmpty())
        ONDES_SKIP_OR_FAIL("espeak-ng or ffmpeg is missing");
    const QString audio = m_audioDir.filePath(QStringLiteral("plain.ogg"));
    ASSERT_TRUE(QFile::copy(clip, audio));
    const qint64 episode = addEpisode(audio, QStringLiteral("test:plain"));
    ASSERT_GT(episode, 0);
    dock()->show();
    select(episode);
    ASSERT_EQ(m_window->transcripts()->shownEpisode(), episode);
    QSignalSpy failed(&m_app.transcriptFetcher(), &TranscriptFetcher::failed);
    QTest::qWait(200);
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_FALSE(m_app.transcriptFetcher().isFetching(episode));
    EXPECT_FALSE(m_window->transcriptPane()->hasTranscript());
    EXPECT_TRUE(m_window->transcriptPane()->statusText().isEmpty());
}

} // namespace
} // namespace ondes
