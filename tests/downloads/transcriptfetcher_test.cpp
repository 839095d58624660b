// TranscriptFetcher against the loopback TestHttpServer: the link it picks, one fetch stored for
// offline use, errors said plainly, and sidecar files beside local audio.

#include "downloads/transcriptfetcher.h"
#include "library/database.h"
#include "library/library.h"
#include "library/transcriptstore.h"
#include "net/httpclient.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"
#include "support/testdatapath.h"
#include "support/testhttpserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

QByteArray transcriptBytes(const char* name)
{
    QFile file(test::testDataPath(QStringLiteral("transcripts/") + QLatin1String(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

Transcript transcriptLink(const QString& url, const QString& type, const QString& language = {})
{
    return Transcript{url, type, language, {}};
}

class TranscriptFetcherTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_database.open()) << m_database.errorString().toStdString();
        ASSERT_TRUE(m_server.isListening());
        m_fetcher.setLanguage(QStringLiteral("en_GB"));
    }

    // One episode with these transcript links and this enclosure.
    qint64 addEpisode(const QList<Transcript>& links, const QString& enclosure = {})
    {
        ParsedFeed feed;
        feed.title = QStringLiteral("Field Notes");
        ParsedEpisode episode;
        episode.guid = QStringLiteral("river-%1").arg(++m_episodes);
        episode.title = QStringLiteral("The river");
        episode.published = 1700000000;
        episode.enclosures << Enclosure{
            enclosure.isEmpty() ? m_server.url(QStringLiteral("/river.mp3")).toString() : enclosure,
            QStringLiteral("audio/mpeg"), -1};
        episode.transcripts = links;
        feed.episodes << episode;
        const auto stored = m_library.storeFeed(m_server.url(QStringLiteral("/feed")).toString(),
                                                ShowKind::Feed, feed);
        EXPECT_TRUE(stored);
        if (!stored)
            return 0;
        for (const EpisodeRow& row : m_library.episodes(stored->showId)) {
            if (row.guid == episode.guid)
                return row.id;
        }
        return 0;
    }

    // Runs fetch and waits for its one signal: "" when ready, else the error.
    QString fetched(qint64 episodeId, bool again = false)
    {
        QSignalSpy ready(&m_fetcher, &TranscriptFetcher::ready);
        QSignalSpy failed(&m_fetcher, &TranscriptFetcher::failed);
        m_fetcher.fetch(episodeId, again);
        EXPECT_TRUE(ready.isEmpty() && failed.isEmpty()); // never from inside fetch()
        for (int waited = 0; waited < 5000 && ready.isEmpty() && failed.isEmpty(); waited += 10)
            QTest::qWait(10);
        if (!ready.isEmpty())
            return {};
        return failed.isEmpty() ? QStringLiteral("no signal") : failed.first().at(1).toString();
    }

    test::TestDataDir m_dir;
    test::TestHttpServer m_server;
    Database m_database{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_database};
    HttpClient m_http;
    TranscriptFetcher m_fetcher{m_database, m_library, m_http};
    TranscriptStore m_store{m_database};
    int m_episodes = 0;
};

} // namespace

TEST(TranscriptFetcherChoiceTest, PrefersTheInterfaceLanguageThenATimedFormat)
{
    const QList<Transcript> links = {
        transcriptLink(QStringLiteral("https://x.example/t.html"), QStringLiteral("text/html"),
                       QStringLiteral("fr")),
        transcriptLink(QStringLiteral("https://x.example/t.json"),
                       QStringLiteral("application/json"), QStringLiteral("fr-FR")),
        transcriptLink(QStringLiteral("https://x.example/t.vtt"), QStringLiteral("text/vtt"),
                       QStringLiteral("en")),
        transcriptLink(QStringLiteral("https://x.example/t.srt"), QStringLiteral("application/srt"),
                       {}),
        transcriptLink(QStringLiteral("ftp://x.example/t.vtt"), QStringLiteral("text/vtt"),
                       QStringLiteral("de")),
    };
    EXPECT_EQ(TranscriptFetcher::bestLink(links, QStringLiteral("fr_CA"))->url,
              QStringLiteral("https://x.example/t.json"));
    EXPECT_EQ(TranscriptFetcher::bestLink(links, QStringLiteral("en-US"))->url,
              QStringLiteral("https://x.example/t.vtt"));
    // No link in German (the ftp one cannot be fetched): one in no stated language first.
    EXPECT_EQ(TranscriptFetcher::bestLink(links, QStringLiteral("de"))->url,
              QStringLiteral("https://x.example/t.srt"));
    EXPECT_FALSE(TranscriptFetcher::bestLink({}, QStringLiteral("en")));
}

TEST_F(TranscriptFetcherTest, FetchesOnceAndKeepsItForOffline)
{
    // Served as text/plain, as many servers do; the feed says text/vtt.
    m_server.setRoute(QStringLiteral("/river.vtt"),
                      test::Route::text(transcriptBytes("interview.vtt")));
    m_server.setRoute(QStringLiteral("/river.fr.srt"),
                      test::Route::text(transcriptBytes("interview.srt")));
    const qint64 id =
        addEpisode({transcriptLink(m_server.url(QStringLiteral("/river.fr.srt")).toString(),
                                   QStringLiteral("application/x-subrip"), QStringLiteral("fr")),
                    transcriptLink(m_server.url(QStringLiteral("/river.vtt")).toString(),
                                   QStringLiteral("text/vtt"), QStringLiteral("en"))});
    EXPECT_EQ(fetched(id), QString());
    EXPECT_EQ(m_server.requestCount(QStringLiteral("/river.vtt")), 1);
    EXPECT_EQ(m_server.requestCount(QStringLiteral("/river.fr.srt")), 0);
    const std::optional<TranscriptDocument> doc = m_store.load(id);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->format, TranscriptDocument::Format::WebVtt);
    EXPECT_EQ(doc->cues.size(), 6);
    EXPECT_EQ(m_store.source(id)->sourceUrl, m_server.url(QStringLiteral("/river.vtt")).toString());
    // Its voices are the episode's speakers now.
    QStringList names;
    for (const SpeakerRow& row : m_library.speakers(id))
        names << row.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("Ines Varga"), QStringLiteral("Tomas Brückner")}));

    // Stored: not fetched again, even with the server gone.
    m_server.setRoute(QStringLiteral("/river.vtt"), test::Route::error(500));
    EXPECT_EQ(fetched(id), QString());
    EXPECT_EQ(m_server.requestCount(QStringLiteral("/river.vtt")), 1);
    // Asked again, it fails and keeps what it had.
    EXPECT_FALSE(fetched(id, true).isEmpty());
    EXPECT_EQ(m_store.load(id)->cues.size(), 6);
}

TEST_F(TranscriptFetcherTest, SaysWhyItHasNoTranscript)
{
    const qint64 none = addEpisode({});
    EXPECT_EQ(fetched(none), QStringLiteral("This episode has no transcript."));

    m_server.setRoute(QStringLiteral("/gone.vtt"), test::Route::error(404));
    const qint64 gone = addEpisode({transcriptLink(
        m_server.url(QStringLiteral("/gone.vtt")).toString(), QStringLiteral("text/vtt"))});
    const QString error = fetched(gone);
    EXPECT_TRUE(error.startsWith(QStringLiteral("Cannot get the transcript: ")))
        << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("404"))) << error.toStdString();
    EXPECT_FALSE(m_store.contains(gone));

    m_server.setRoute(QStringLiteral("/chapters.json"),
                      test::Route::text("{\"chapters\": []}", "application/json"));
    const qint64 wrong =
        addEpisode({transcriptLink(m_server.url(QStringLiteral("/chapters.json")).toString(),
                                   QStringLiteral("application/json"))});
    EXPECT_TRUE(fetched(wrong).contains(QStringLiteral("segments")));
    EXPECT_FALSE(m_store.contains(wrong));
}

TEST_F(TranscriptFetcherTest, ReadsASidecarBesideLocalAudio)
{
    const QString audio = m_dir.path() + QStringLiteral("/river.mp3");
    QFile(audio).open(QIODevice::WriteOnly);
    QFile srt(m_dir.path() + QStringLiteral("/river.srt"));
    ASSERT_TRUE(srt.open(QIODevice::WriteOnly));
    srt.write(transcriptBytes("interview.srt"));
    srt.close();
    m_server.setRoute(QStringLiteral("/river.vtt"),
                      test::Route::text(transcriptBytes("interview.vtt")));
    const qint64 id =
        addEpisode({transcriptLink(m_server.url(QStringLiteral("/river.vtt")).toString(),
                                   QStringLiteral("text/vtt"))},
                   QUrl::fromLocalFile(audio).toString());
    EXPECT_EQ(TranscriptFetcher::sidecarFor(audio), srt.fileName());
    EXPECT_EQ(fetched(id), QString());
    EXPECT_EQ(m_server.requestCount(QStringLiteral("/river.vtt")), 0);
    EXPECT_EQ(m_store.load(id)->format, TranscriptDocument::Format::Srt);
    EXPECT_EQ(m_store.source(id)->sourceUrl, srt.fileName());
}

TEST_F(TranscriptFetcherTest, ReadsTheSidecarOfADownloadedFile)
{
    const qint64 id = addEpisode({});
    const QString audio = m_dir.path() + QStringLiteral("/Podcasts/river.ogg");
    QDir().mkpath(m_dir.path() + QStringLiteral("/Podcasts"));
    QFile vtt(m_dir.path() + QStringLiteral("/Podcasts/river.vtt"));
    ASSERT_TRUE(vtt.open(QIODevice::WriteOnly));
    vtt.write(transcriptBytes("interview.vtt"));
    vtt.close();
    QSignalSpy ready(&m_fetcher, &TranscriptFetcher::ready);
    m_fetcher.fetchAfterDownload(id, audio);
    ASSERT_TRUE(ready.wait(5000));
    EXPECT_EQ(m_store.load(id)->cues.size(), 6);
    // A download without a sidecar or a link says nothing.
    QSignalSpy failed(&m_fetcher, &TranscriptFetcher::failed);
    const qint64 other = addEpisode({}, m_server.url(QStringLiteral("/other.mp3")).toString());
    m_fetcher.fetchAfterDownload(other, m_dir.path() + QStringLiteral("/Podcasts/other.mp3"));
    EXPECT_FALSE(failed.wait(300));
}

} // namespace ondes
