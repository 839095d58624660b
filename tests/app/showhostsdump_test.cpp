// `ondes dump-feed` lists the show's hosts among each episode's ondes_speakers (source "show"),
// decided once the whole feed is read: the channel's itunes:author may follow the items, and a
// host recurs across episodes. A station named as author is no one.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ondes {
namespace {

// The JSON ondes_speakers of each episode, as "name/kind/source", in the order dump-feed prints
// the episodes (newest first).
QList<QStringList> dumpedSpeakers(const QByteArray& rss)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.rss"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(rss) != rss.size())
        return {};
    file.close();
    QProcess process;
    process.start(QStringLiteral(ONDES_EXECUTABLE), {QStringLiteral("dump-feed"), path});
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return {};
    QList<QStringList> all;
    const QJsonArray episodes = QJsonDocument::fromJson(process.readAllStandardOutput())
                                    .object()
                                    .value(QStringLiteral("episodes"))
                                    .toArray();
    for (const QJsonValue& episode : episodes) {
        QStringList rows;
        for (const QJsonValue& speaker :
             episode.toObject().value(QStringLiteral("ondes_speakers")).toArray()) {
            const QJsonObject s = speaker.toObject();
            rows << s.value(u"name").toString() + u'/' + s.value(u"kind").toString() + u'/' +
                        s.value(u"source").toString();
        }
        all << rows;
    }
    return all;
}

QByteArray feedWithAuthor(const char* channelAuthorAfterItems, const QStringList& descriptions)
{
    QByteArray items;
    for (qsizetype i = 0; i < descriptions.size(); ++i) {
        items += QStringLiteral("<item><title>E%1</title><guid>g%1</guid><pubDate>Mon, 0%1 Jun "
                                "2026 08:00:00 +0000</pubDate><description>%2</description></item>")
                     .arg(i + 1)
                     .arg(descriptions[i])
                     .toUtf8();
    }
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
                      "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><channel>"
                      "<title>Le Café des luttes</title>") +
           items + "<itunes:author>" + channelAuthorAfterItems + "</itunes:author></channel></rss>";
}

TEST(DumpFeedHosts, TheChannelAuthorAfterTheItemsAndARecurringHost)
{
    const QList<QStringList> speakers = dumpedSpeakers(
        feedWithAuthor("Jeanne Morel", {
                                           QStringLiteral("Avec Karim Haddad (médiateur)."),
                                           QStringLiteral("Avec Karim Haddad (médiateur)."),
                                           QStringLiteral("Avec Karim Haddad (médiateur)."),
                                           QStringLiteral("Avec Léa Fontaine (sociologue)."),
                                       }));
    const QList<QStringList> expected = {
        {QStringLiteral("Léa Fontaine/guest/description"),
         QStringLiteral("Jeanne Morel/host/show")},
        {QStringLiteral("Karim Haddad/host/show"), QStringLiteral("Jeanne Morel/host/show")},
        {QStringLiteral("Karim Haddad/host/show"), QStringLiteral("Jeanne Morel/host/show")},
        {QStringLiteral("Karim Haddad/host/show"), QStringLiteral("Jeanne Morel/host/show")},
    };
    EXPECT_EQ(speakers, expected);
}

TEST(DumpFeedHosts, AStationIsNoOneAndAOneOffGuestStaysAGuest)
{
    const QList<QStringList> speakers = dumpedSpeakers(
        feedWithAuthor("Radio Parleur", {
                                            QStringLiteral("Avec Karim Haddad (médiateur)."),
                                            QStringLiteral("Un épisode."),
                                            QStringLiteral("Un autre épisode."),
                                        }));
    const QList<QStringList> expected = {
        {}, {}, {QStringLiteral("Karim Haddad/guest/description")}};
    EXPECT_EQ(speakers, expected);
}

TEST(DumpFeedHosts, GuestsInTheAuthorFieldAFirstNameAndTheEpisodesOwnHosts)
{
    // The feed of tests/subscriptions/showhosts_test.cpp's test of the same name: the library
    // stores these rows.
    const char* rss =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
        "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><channel><title>Debug</title>"
        "<itunes:author>Guy English, Rene Ritchie</itunes:author>"
        "<item><title>E1</title><guid>g1</guid><pubDate>Mon, 01 Jun 2026 08:00:00 +0000</pubDate>"
        "<itunes:author>Guy English, Rene Ritchie, Dave Wiskus</itunes:author>"
        "<description>Avec Dave Wiskus (designer).</description></item>"
        "<item><title>E2</title><guid>g2</guid><pubDate>Mon, 02 Jun 2026 08:00:00 +0000</pubDate>"
        "<itunes:author>Guy English, Rene Ritchie, John Siracusa</itunes:author>"
        "<description>Avec Guy et John Siracusa (auteur).</description></item>"
        "<item><title>E3</title><guid>g3</guid><pubDate>Mon, 03 Jun 2026 08:00:00 +0000</pubDate>"
        "<itunes:author></itunes:author><description>Présenté par Josh Walrath et Ken Addison. "
        "Avec Léa Fontaine (sociologue).</description></item></channel></rss>";
    const QList<QStringList> expected = {
        {QStringLiteral("Josh Walrath/host/description"),
         QStringLiteral("Ken Addison/host/description"),
         QStringLiteral("Léa Fontaine/guest/description")},
        {QStringLiteral("John Siracusa/guest/description"), QStringLiteral("Guy English/host/show"),
         QStringLiteral("Rene Ritchie/host/show")},
        {QStringLiteral("Dave Wiskus/guest/description"), QStringLiteral("Guy English/host/show"),
         QStringLiteral("Rene Ritchie/host/show")},
    };
    EXPECT_EQ(dumpedSpeakers(QByteArray(rss)), expected);
}

} // namespace
} // namespace ondes
