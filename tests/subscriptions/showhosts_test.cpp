// The show's hosts in the library: subscribing through the loopback server stores the channel's
// author and the recurring host once per episode, a refresh gives the same rows, and the
// listener's corrections win.

#include "subscriptions/refresher.h"
#include "subscriptions/subscriber.h"
#include "subscriptions/subscriptionfixture.h"
#include "support/qtprinters.h"

#include <QSignalSpy>

namespace ondes {
namespace {

using test::Route;

// Channel author "Jeanne Morel" (also named in episode 1's description); "Karim Haddad" in
// episodes 1–3 of 5 (a recurring host); "Léa Fontaine" in episode 4 only. `suffix` ends every
// description: a new one makes a refresh write every episode again.
QByteArray hostsFeed(const QString& suffix)
{
    QString items;
    const QStringList descriptions = {
        QStringLiteral("Avec Jeanne Morel (journaliste) et Karim Haddad (médiateur numérique)."),
        QStringLiteral("Avec Karim Haddad (médiateur numérique)."),
        QStringLiteral("Avec Karim Haddad (médiateur numérique)."),
        QStringLiteral("Avec Léa Fontaine (sociologue)."),
        QStringLiteral("Un épisode sans invité."),
    };
    for (qsizetype i = descriptions.size() - 1; i >= 0; --i) {
        items += QStringLiteral("<item><title>Épisode %1</title><guid>ep-%1</guid>"
                                "<pubDate>Mon, 0%1 Jun 2026 08:00:00 +0000</pubDate>"
                                "<description>%2</description>"
                                "<enclosure url=\"https://example.org/%1.mp3\" "
                                "type=\"audio/mpeg\" length=\"1000\"/></item>")
                     .arg(i + 1)
                     .arg(descriptions[i] + suffix);
    }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
                          "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><channel>"
                          "<title>Guichets fermés</title><itunes:author>Jeanne Morel"
                          "</itunes:author><itunes:owner><itunes:name>Radio Ondes Libres"
                          "</itunes:name></itunes:owner>%1</channel></rss>")
        .arg(items)
        .toUtf8();
}

// A show whose channel author is its two hosts and whose items' authors list them with the
// episode's guests (as Debug's do); one item's description names its own hosts.
QByteArray participantsFeed()
{
    struct Item
    {
        const char* author;
        const char* description;
    };
    const Item list[] = {
        {"Guy English, Rene Ritchie, Dave Wiskus", "Avec Dave Wiskus (designer)."},
        {"Guy English, Rene Ritchie, John Siracusa", "Avec Guy et John Siracusa (auteur)."},
        {"", "Présenté par Josh Walrath et Ken Addison. Avec Léa Fontaine (sociologue)."},
    };
    QString items;
    for (qsizetype i = 0; i < qsizetype(std::size(list)); ++i) {
        items +=
            QStringLiteral("<item><title>Épisode %1</title><guid>ep-%1</guid>"
                           "<pubDate>Mon, 0%1 Jun 2026 08:00:00 +0000</pubDate>"
                           "<itunes:author>%2</itunes:author><description>%3</description>"
                           "<enclosure url=\"https://example.org/%1.mp3\" "
                           "type=\"audio/mpeg\" length=\"1000\"/></item>")
                .arg(i + 1)
                .arg(QString::fromUtf8(list[i].author), QString::fromUtf8(list[i].description));
    }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
                          "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><channel>"
                          "<title>Debug</title><itunes:author>Guy English, Rene Ritchie"
                          "</itunes:author>%1</channel></rss>")
        .arg(items)
        .toUtf8();
}

class ShowHostsLibraryTest : public test::SubscriptionFixture
{
protected:
    void serve(const QString& suffix)
    {
        m_server.setRoute(QStringLiteral("/feed.xml"),
                          Route::text(hostsFeed(suffix), "application/rss+xml"));
    }

    qint64 subscribe()
    {
        Subscriber subscriber(m_http, m_library, m_workers);
        QSignalSpy done(&subscriber, &Subscriber::subscribed);
        QSignalSpy failed(&subscriber, &Subscriber::failed);
        subscriber.subscribe(m_server.url(QStringLiteral("/feed.xml")).toString());
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 15000) ||
            done.isEmpty())
            return 0;
        return done.first().at(1).toLongLong();
    }

    int refresh(qint64 showId)
    {
        Refresher refresher(m_http, m_library, m_workers);
        QSignalSpy finished(&refresher, &Refresher::finished);
        refresher.refresh({showId});
        if (finished.isEmpty() && !finished.wait(15000))
            return -1;
        return finished.first().at(0).toInt();
    }

    // "name/kind/source" of each speaker of each episode, oldest episode first.
    QList<QStringList> speakers(qint64 showId) const
    {
        QList<EpisodeRow> episodes = m_library.episodes(showId);
        std::sort(episodes.begin(), episodes.end(),
                  [](const EpisodeRow& a, const EpisodeRow& b) { return a.title < b.title; });
        QList<QStringList> all;
        for (const EpisodeRow& episode : episodes) {
            QStringList rows;
            for (const SpeakerRow& speaker : m_library.speakers(episode.id))
                rows << speaker.name + u'/' + speaker.kind + u'/' + speaker.source;
            all << rows;
        }
        return all;
    }

    qint64 episodeId(qint64 showId, const QString& title) const
    {
        for (const EpisodeRow& episode : m_library.episodes(showId)) {
            if (episode.title == title)
                return episode.id;
        }
        return 0;
    }
};

const QList<QStringList> kExpected = {
    {QStringLiteral("Jeanne Morel/host/show"), QStringLiteral("Karim Haddad/host/show")},
    {QStringLiteral("Karim Haddad/host/show"), QStringLiteral("Jeanne Morel/host/show")},
    {QStringLiteral("Karim Haddad/host/show"), QStringLiteral("Jeanne Morel/host/show")},
    {QStringLiteral("Léa Fontaine/guest/description"), QStringLiteral("Jeanne Morel/host/show")},
    {QStringLiteral("Jeanne Morel/host/show")},
};

TEST_F(ShowHostsLibraryTest, HostsStoredOncePerEpisodeAndRefreshKeepsThem)
{
    serve({});
    const qint64 showId = subscribe();
    ASSERT_NE(showId, 0);
    EXPECT_EQ(speakers(showId), kExpected);
    // The author and the description's Jeanne Morel are one person; the owner is no one.
    const auto jeanne = m_library.findPerson(QStringLiteral("Jeanne Morel"));
    ASSERT_TRUE(jeanne);
    EXPECT_EQ(m_library.episodesWithPerson(jeanne->id).size(), 5);
    const auto radio = m_library.findPerson(QStringLiteral("Radio Ondes Libres"));
    EXPECT_FALSE(radio);

    // Every description changes: every episode is written again, the recurring host is counted
    // again from the stored rows, and the rows come out the same, every time.
    serve(QStringLiteral(" Rediffusion."));
    ASSERT_EQ(refresh(showId), 0);
    EXPECT_EQ(speakers(showId), kExpected);
    serve({});
    ASSERT_EQ(refresh(showId), 0);
    EXPECT_EQ(speakers(showId), kExpected);
}

TEST_F(ShowHostsLibraryTest, TheListenersCorrectionsWin)
{
    serve({});
    const qint64 showId = subscribe();
    ASSERT_NE(showId, 0);
    const qint64 last = episodeId(showId, QStringLiteral("Épisode 5"));
    const qint64 fourth = episodeId(showId, QStringLiteral("Épisode 4"));
    const auto jeanne = m_library.findPerson(QStringLiteral("Jeanne Morel"));
    ASSERT_TRUE(jeanne);
    QString error;
    ASSERT_TRUE(m_library.removeSpeaker(last, jeanne->id, &error)) << error.toStdString();
    ASSERT_TRUE(m_library.setSpeakerRole(fourth, jeanne->id, QStringLiteral("productrice"), &error))
        << error.toStdString();

    serve(QStringLiteral(" Rediffusion."));
    ASSERT_EQ(refresh(showId), 0);
    EXPECT_TRUE(m_library.speakers(last).isEmpty());
    const QList<SpeakerRow> fourthSpeakers = m_library.speakers(fourth);
    ASSERT_EQ(fourthSpeakers.size(), 2);
    const auto it =
        std::find_if(fourthSpeakers.cbegin(), fourthSpeakers.cend(), [](const SpeakerRow& row) {
            return row.personId != 0 && row.source == u"user";
        });
    ASSERT_NE(it, fourthSpeakers.cend());
    EXPECT_EQ(it->role, QStringLiteral("productrice"));
}

TEST_F(ShowHostsLibraryTest, GuestsInTheAuthorFieldAFirstNameAndTheEpisodesOwnHosts)
{
    m_server.setRoute(QStringLiteral("/feed.xml"),
                      Route::text(participantsFeed(), "application/rss+xml"));
    const qint64 showId = subscribe();
    ASSERT_NE(showId, 0);
    // The same rows as `ondes dump-feed` gives (tests/app/showhostsdump_test.cpp).
    const QList<QStringList> expected = {
        {QStringLiteral("Dave Wiskus/guest/description"), QStringLiteral("Guy English/host/show"),
         QStringLiteral("Rene Ritchie/host/show")},
        {QStringLiteral("John Siracusa/guest/description"), QStringLiteral("Guy English/host/show"),
         QStringLiteral("Rene Ritchie/host/show")},
        {QStringLiteral("Josh Walrath/host/description"),
         QStringLiteral("Ken Addison/host/description"),
         QStringLiteral("Léa Fontaine/guest/description")},
    };
    EXPECT_EQ(speakers(showId), expected);
}

} // namespace
} // namespace ondes
